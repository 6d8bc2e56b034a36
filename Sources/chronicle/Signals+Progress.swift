import ChronicleKit
import Dispatch
import Foundation

/// SIGINT and SIGTERM: remove the temporaries of writes in progress (the previous outputs stay
/// as they were) and leave with 130 or 143, as shells expect (128 + signal number).
enum Signals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, before any work.
    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global(qos: .userInteractive))
            source.setEventHandler {
                AtomicFile.removeTemporaries()
                Progress.clearLine()
                let name = signalNumber == SIGINT ? "interrupted" : "terminated"
                FileHandle.standardError.write(Data("chronicle: \(name); previous outputs left as they were\n".utf8))
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}

/// A one-line progress display on stderr (files read, activities found), only when stderr is a
/// terminal and `--quiet` is not given. Lines are redrawn at most ten times a second.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false
    nonisolated(unsafe) private static var active: Progress?

    /// A progress display, or `nil` when there should be none.
    static func make(quiet: Bool) -> Progress? {
        guard !quiet, isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        let progress = Progress()
        active = progress
        return progress
    }

    /// The callback for ``ExtractionPipeline``; `then` names what follows the last file.
    func extraction(then next: String? = nil) -> ExtractionPipeline.Progress {
        { [self] done, total, activities in
            let tail = done == total ? next.map { "; \($0) …" } ?? "" : ""
            self.draw("read \(done)/\(total) files, \(activities) activities found\(tail)", force: done == total)
        }
    }

    /// A phase message (`rendering report.pdf …`).
    func phase(_ text: String) { draw(text, force: true) }

    func draw(_ text: String, force: Bool = false) {
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            guard force || now - lastDraw > 100_000_000 else { return }
            lastDraw = now
            drawn = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }
    }

    /// Ends the progress line so what follows starts on a clean line.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    static func clearLine() { active?.finish() }
}
