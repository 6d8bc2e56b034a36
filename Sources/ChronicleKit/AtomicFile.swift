import Foundation

/// Writes files so that a reader never sees half of one: a temporary file in the same folder,
/// flushed, then renamed over the target. A failed or interrupted write leaves the old file.
///
/// ```swift
/// try AtomicFile.write(Data("hello\n".utf8), to: "out/summary.txt")
/// try AtomicFile.write(to: "out/report.pdf") { temporaryPath in try exporter.write(doc, to: temporaryPath) }
/// ```
public enum AtomicFile {
    /// Temporary files of writes in progress, removed by ``removeTemporaries()`` on a signal.
    nonisolated(unsafe) private static var pending = Set<String>()
    private static let lock = NSLock()

    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: data) else {
                throw Diagnostic(.error, file: path, "cannot write: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Lets `produce` write a temporary path, then renames it to `path`.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        lock.withLock { _ = pending.insert(temporary) }
        defer { lock.withLock { _ = pending.remove(temporary) } }
        do {
            try produce(temporary)
            let fd = open(temporary, O_RDONLY)
            if fd >= 0 { fsync(fd); close(fd) }
            guard rename(temporary, path) == 0 else {
                throw Diagnostic(.error, file: path, "cannot replace: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes the temporaries of writes still in progress (for signal handlers).
    public static func removeTemporaries() {
        lock.withLock { for path in pending { unlink(path) } }
    }
}
