@testable import ChronicleKit
import Foundation
import Testing

/// Nothing half-written: outputs are replaced whole or not at all, and no temporary is left.
@Suite("Atomic outputs", .serialized)
struct AtomicFileTests {
    func temporaries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(AtomicFile.temporaryMarker) }
    }

    @Test("a write replaces the file whole and leaves no temporary")
    func replaces() throws {
        let scratch = try Scratch()
        let path = try scratch.write("out/summary.txt", "old\n")
        try AtomicFile.write(Data("new\n".utf8), to: path)
        #expect(scratch.contents("out/summary.txt") == Data("new\n".utf8))
        #expect(temporaries(scratch.path + "/out").isEmpty)
    }

    @Test("a writer that fails half-way (disk full, simulated) leaves the old file and no temporary")
    func failingWriter() throws {
        let scratch = try Scratch()
        let path = try scratch.write("out/report.pdf", "old pdf")
        do {
            try AtomicFile.write(to: path) { temporary in
                try Data(repeating: 0x25, count: 10_000).write(to: URL(fileURLWithPath: temporary))
                throw Diagnostic(.error, file: path, "cannot write: \(String(cString: strerror(ENOSPC)))")
            }
            Issue.record("no error")
        } catch let d as Diagnostic {
            #expect(d.description == path + ": error: cannot write: No space left on device")
        }
        #expect(scratch.contents("out/report.pdf") == Data("old pdf".utf8))
        #expect(temporaries(scratch.path + "/out").isEmpty)
    }

    @Test("a full disk (a tiny tmpfs): error naming the file, old file intact, no temporary",
          .enabled(if: Scratch.command("/bin/mount", ["--version"]) == 0, "mount is not available"))
    func fullDisk() throws {
        let scratch = try Scratch()
        guard let out = scratch.tmpfs("out", kilobytes: 64) else {
            print("skipped: cannot mount a tmpfs here (not root or no permission); failingWriter covers the logic")
            return
        }
        let path = out + "/report.pdf"
        try AtomicFile.write(Data("old pdf".utf8), to: path)
        do {
            try AtomicFile.write(Data(repeating: 0x41, count: 1 << 20), to: path)
            Issue.record("1 MiB fitted into a 64 KiB tmpfs")
        } catch let d as Diagnostic {
            #expect(d.file == path)
            #expect(d.message == "cannot write: No space left on device")
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old pdf".utf8))
        #expect(temporaries(out).isEmpty)
    }

    @Test("a read-only output folder: error naming the file, old file intact")
    func readOnly() throws {
        let scratch = try Scratch()
        var folder = scratch.path + "/out"
        if let mounted = scratch.tmpfs("out", kilobytes: 256) {
            folder = mounted
            try AtomicFile.write(Data("old".utf8), to: folder + "/summary.txt")
            guard scratch.remountReadOnly(folder) else { Issue.record("cannot remount read-only"); return }
        } else if permissionsApply {
            try scratch.write("out/summary.txt", "old")
            chmod(folder, 0o555)
        } else {
            print("skipped: root without mount cannot make a folder read-only")
            return
        }
        do {
            try AtomicFile.write(Data("new".utf8), to: folder + "/summary.txt")
            Issue.record("wrote into a read-only folder")
        } catch let d as Diagnostic {
            #expect(d.file == folder + "/summary.txt")
            #expect(d.message.hasPrefix("cannot write: "))
            #expect(d.message.contains("Read-only file system") || d.message.contains("Permission denied"))
        }
        #expect(FileManager.default.contents(atPath: folder + "/summary.txt") == Data("old".utf8))
    }

    @Test("temporaries left by a killed run are removed by the next write; a live run's are kept")
    func staleTemporaries() throws {
        let scratch = try Scratch()
        // A process id that is not running: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let stale = try scratch.write("out/.report.pdf\(AtomicFile.temporaryMarker)\(dead)-1", "half a pdf")
        let live = try scratch.write("out/.report.pdf\(AtomicFile.temporaryMarker)1-2", "pid 1 is alive")
        let other = try scratch.write("out/.timeline.png\(AtomicFile.temporaryMarker)\(dead)-3", "another target")
        try AtomicFile.write(Data("pdf".utf8), to: scratch.path + "/out/report.pdf")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(AtomicFile.removeStaleTemporaries(in: scratch.path + "/out") == [other])
    }

    @Test("removeTemporaries during a write: the temporary and what was written beside it (a PDF's parts) go, the old file stays")
    func interruptedWrite() throws {
        let scratch = try Scratch()
        let path = try scratch.write("out/timeline.png", "old png")
        do {
            try AtomicFile.write(to: path) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                try Data("part".utf8).write(to: URL(fileURLWithPath: temporary + ".part1"))
                AtomicFile.removeTemporaries(refusingNewWrites: false)  // what the SIGINT handler does, then exits
                #expect(!FileManager.default.fileExists(atPath: temporary))
                #expect(!FileManager.default.fileExists(atPath: temporary + ".part1"))
            }
            Issue.record("rename of a removed temporary succeeded")
        } catch let d as Diagnostic {
            #expect(d.file == path)
        }
        #expect(scratch.contents("out/timeline.png") == Data("old png".utf8))
        #expect(temporaries(scratch.path + "/out").isEmpty)
    }
}
