import Foundation

/// Turns command-line paths into the list of article files to read: files as given, folders
/// searched recursively for `*.txt` in name order, each file once, symbolic-link loops cut.
///
/// What cannot be followed is reported, not skipped silently: a folder that cannot be listed,
/// a `*.txt` link that loops or points nowhere (errors: that article is lost), a folder link
/// leading back into a folder already read (a warning: nothing is lost).
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let files = ArticleCollector().collect(["articles/", "extra.txt"], diagnostics: &diagnostics)
/// ```
public struct ArticleCollector: Sendable {
    public var fileExtension: String

    public init(fileExtension: String = "txt") { self.fileExtension = fileExtension }

    public func collect(_ paths: [String], diagnostics: inout Diagnostics) -> [String] {
        var state = State()
        for path in paths {
            switch Self.kind(path) {
            case .folder(let identity):
                walk(path, identity: identity, state: &state, diagnostics: &diagnostics)
            case .file(let identity), .other(let identity):
                // Named explicitly: the reader says what is wrong with a non-regular file.
                if state.files.insert(identity).inserted { state.result.append(path) }
            case .missing(let code):
                let message = code == ELOOP ? "symbolic link loop" : (code == ENOENT ? "no such file or folder" : Self.reason(code))
                diagnostics.add(Diagnostic(.error, file: path, message))
            }
        }
        return state.result
    }

    private struct State {
        var result: [String] = []
        var files = Set<Identity>()
        var folders = Set<Identity>()
    }

    struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    enum Kind {
        case folder(Identity), file(Identity), other(Identity), missing(errno: Int32)
    }

    /// What `path` is after following links (`stat`), with its device and inode.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing(errno: errno) }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder(identity)
        case S_IFREG: return .file(identity)
        default: return .other(identity)
        }
    }

    private func walk(_ folder: String, identity: Identity, state: inout State, diagnostics: inout Diagnostics) {
        guard state.folders.insert(identity).inserted else {
            diagnostics.add(Diagnostic(.warning, file: folder, "folder already read (symbolic link loop or repeat); skipped"))
            return
        }
        guard let names = Self.list(folder, diagnostics: &diagnostics) else { return }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let suffix = "." + fileExtension.lowercased()
        for name in names where !name.hasPrefix(".") {
            let path = base + "/" + name
            let isArticleName = name.lowercased().hasSuffix(suffix)
            switch Self.kind(path) {
            case .folder(let id):
                walk(path, identity: id, state: &state, diagnostics: &diagnostics)
            case .file(let id):
                if isArticleName, state.files.insert(id).inserted { state.result.append(path) }
            case .other(let id):
                // A FIFO, socket or device named like an article: the reader refuses it by name.
                if isArticleName, state.files.insert(id).inserted { state.result.append(path) }
            case .missing(let code):
                guard isArticleName else { continue }
                let message = code == ELOOP ? "symbolic link loop" : (code == ENOENT ? "dangling symbolic link" : Self.reason(code))
                diagnostics.add(Diagnostic(.error, file: path, "cannot read: \(message)"))
            }
        }
    }

    /// The entry names of a folder in byte order, or `nil` after reporting why it cannot be listed.
    static func list(_ folder: String, diagnostics: inout Diagnostics) -> [String]? {
        guard let dir = opendir(folder) else {
            diagnostics.add(Diagnostic(.error, file: folder, "cannot list folder: \(reason(errno))"))
            return nil
        }
        defer { closedir(dir) }
        var names: [String] = []
        var failure: Int32 = 0
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while true {
            errno = 0
            guard let entry = readdir(dir) else { failure = errno; break }
            // Read the name in place, up to its NUL: an entry is only as long as its name, so
            // copying the whole `d_name` field may read past the end of the buffer (and crash).
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        if failure != 0 {
            diagnostics.add(Diagnostic(.error, file: folder, "cannot list folder completely: \(reason(failure))"))
        }
        // Byte order (not locale order), so the same folder gives the same order everywhere.
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
