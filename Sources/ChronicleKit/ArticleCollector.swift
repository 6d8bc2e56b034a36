import Foundation

/// Turns command-line paths into the list of article files to read: files as given, folders
/// searched recursively for `*.txt` in name order, each file once, symbolic-link loops cut.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let files = ArticleCollector().collect(["articles/", "extra.txt"], diagnostics: &diagnostics)
/// ```
public struct ArticleCollector: Sendable {
    public var fileExtension: String

    public init(fileExtension: String = "txt") { self.fileExtension = fileExtension }

    public func collect(_ paths: [String], diagnostics: inout Diagnostics) -> [String] {
        var result: [String] = []
        var seenFiles = Set<String>()
        var seenFolders = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                diagnostics.add(Diagnostic(.error, file: path, "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                walk(path, into: &result, seenFiles: &seenFiles, seenFolders: &seenFolders, diagnostics: &diagnostics)
            } else if seenFiles.insert(Self.identity(path)).inserted {
                result.append(path)
            }
        }
        return result
    }

    private func walk(_ folder: String, into result: inout [String], seenFiles: inout Set<String>,
                      seenFolders: inout Set<String>, diagnostics: inout Diagnostics) {
        guard seenFolders.insert(Self.identity(folder)).inserted else { return }  // link loop or repeat
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            diagnostics.add(Diagnostic(.error, file: folder, "cannot list folder: \(String(cString: strerror(EACCES)))"))
            return
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names where !name.hasPrefix(".") {
            let path = base + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }  // dangling link
            if isFolder.boolValue {
                walk(path, into: &result, seenFiles: &seenFiles, seenFolders: &seenFolders, diagnostics: &diagnostics)
            } else if name.lowercased().hasSuffix("." + fileExtension), seenFiles.insert(Self.identity(path)).inserted {
                result.append(path)
            }
        }
    }

    /// Device and inode, so a file reached twice through links is read once.
    private static func identity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return path }
        return "\(info.st_dev):\(info.st_ino)"
    }
}
