import Foundation

/// Writes files so that a reader never sees half of one: a temporary file in the same folder,
/// written and flushed to disk, then renamed over the target. A failed write (full disk,
/// read-only folder) or an interrupted run leaves the old file as it was and no temporary.
///
/// ```swift
/// try AtomicFile.write(Data("hello\n".utf8), to: "out/summary.txt")
/// try AtomicFile.write(to: "out/report.pdf") { temporaryPath in try exporter.write(doc, to: temporaryPath) }
/// ```
public enum AtomicFile {
    /// Temporary files of writes in progress, removed by ``removeTemporaries()`` on a signal.
    nonisolated(unsafe) private static var pending = Set<String>()
    nonisolated(unsafe) private static var stopping = false
    private static let lock = NSLock()

    /// The marker in temporary names: `.report.pdf.chronicle-tmp-<pid>-<random>`.
    public static let temporaryMarker = ".chronicle-tmp-"

    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in try writeAll(data, to: temporary, naming: path, creating: false) }
    }

    /// Lets `produce` write a temporary path, then renames it to `path`.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        removeStaleTemporaries(in: folder, of: url.lastPathComponent)
        let accepted = lock.withLock { () -> Bool in
            guard !stopping else { return false }
            pending.insert(temporary)
            return true
        }
        guard accepted else { throw Diagnostic(.error, file: path, "not written: the run is being interrupted") }
        defer { lock.withLock { _ = pending.remove(temporary) } }
        do {
            // Create the temporary first, so an unwritable folder or a full disk is reported
            // with its cause, whatever the producer's own errors say.
            try writeAll(Data(), to: temporary, naming: path, creating: true)
            do {
                try produce(temporary)
            } catch let diagnostic as Diagnostic {
                throw diagnostic
            } catch {
                throw Diagnostic(.error, file: path, "cannot write: \(describe(error, temporary: temporary, target: path))\(diskFullNote(folder))")
            }
            let fd = open(temporary, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Diagnostic(.error, file: path, "cannot write: \(reason(errno))") }
            let synced = fsync(fd) == 0 ? 0 : errno
            close(fd)
            if synced != 0, synced != EINVAL { throw Diagnostic(.error, file: path, "cannot write: \(reason(synced))") }
            guard rename(temporary, path) == 0 else {
                throw Diagnostic(.error, file: path, "cannot replace: \(reason(errno))")
            }
            let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if dir >= 0 { fsync(dir); close(dir) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes all of `data` to `temporary` (a new file when `creating`), reporting short writes and errors
    /// (`ENOSPC`, `EROFS`, `EACCES` …) against `target`.
    static func writeAll(_ data: Data, to temporary: String, naming target: String, creating: Bool) throws {
        let fd = open(temporary, creating ? O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC : O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Diagnostic(.error, file: target, "cannot write: \(reason(errno))") }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Diagnostic(.error, file: target, "cannot write: \(reason(failure))") }
    }

    /// Removes the temporaries of writes still in progress and refuses new ones (for signal
    /// handlers: call it, then exit).
    public static func removeTemporaries() { removeTemporaries(refusingNewWrites: true) }

    /// Tests call it with `false`: other tests in the same process keep writing.
    static func removeTemporaries(refusingNewWrites: Bool) {
        lock.withLock {
            if refusingNewWrites { stopping = true }
            for path in pending {
                unlink(path)
                // What a producer wrote beside it (the PDF's parts, `….partN`).
                let url = URL(fileURLWithPath: path)
                let prefix = url.lastPathComponent + "."
                let folder = url.deletingLastPathComponent().path
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
                    unlink(folder + "/" + name)
                }
            }
        }
    }

    /// Removes temporaries left in `folder` by runs that died without cleaning up (killed with
    /// SIGKILL, power loss): files named `.NAME.chronicle-tmp-PID-…` whose process is gone.
    /// Only those of `target` (a file name) when given. Returns the paths removed.
    /// ``write(to:_:)`` calls it for its target, so a rerun cleans up after a killed run.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String, of target: String? = nil) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        let prefix = "." + (target ?? "")
        for name in names.sorted() where name.hasPrefix(prefix) {
            guard let marker = name.range(of: temporaryMarker) else { continue }
            let pidText = name[marker.upperBound...].prefix(while: { $0.isNumber })
            guard let pid = Int32(pidText), pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            let path = folder + "/" + name
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// An error's text, naming the target rather than the temporary.
    static func describe(_ error: Error, temporary: String, target: String) -> String {
        var text = "\(error)".replacingOccurrences(of: temporary, with: target)
        if text.hasPrefix(target + ": ") { text.removeFirst(target.count + 2) }
        return text
    }

    /// "; No space left on device" when the folder's file system has (almost) no room left.
    static func diskFullNote(_ folder: String) -> String {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return "" }
        let free = UInt64(info.f_bavail) * UInt64(info.f_frsize)
        return free < 64 * 1024 ? " (\(reason(ENOSPC)))" : ""
    }
}
