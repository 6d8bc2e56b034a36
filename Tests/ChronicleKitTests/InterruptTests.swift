import Foundation
import Testing

/// SIGINT and SIGTERM sent to a running `chronicle report`: exit 130 / 143, the previous outputs
/// intact (byte for byte), no temporaries left — even when the signal lands mid-write.
@Suite("Interrupted runs", .serialized)
struct InterruptTests {
    /// The built `chronicle` next to the test bundle; `nil` when it is not built.
    static var chronicle: String? {
        // Products sit beside this target's resource bundle (`.build/debug/…_ChronicleKitTests.resources`).
        let path = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("chronicle").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static let outputs = ["report.pdf", "timeline.png", "summary.txt"]

    func start(_ tool: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("SIGTERM and SIGINT during reading and during writing leave the previous outputs",
          .enabled(if: chronicle != nil, "the chronicle executable is not built next to the tests"))
    func interrupt() throws {
        let tool = try #require(Self.chronicle)
        let scratch = try Scratch()
        _ = try scratch.corpus("articles", count: 300, seed: 31)
        let folder = try scratch.report()
        let first = try start(tool, ["report", folder, "--quiet"])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let previous = Self.outputs.map { scratch.contents("out/" + $0) }
        #expect(previous.allSatisfy { $0 != nil })

        var interruptedWhileWriting = 0, interrupted = 0
        // Half the runs: signal as soon as a temporary output appears (mid-write);
        // the other half: signal after a delay (while reading articles).
        for (round, signal) in [SIGTERM, SIGINT, SIGTERM, SIGINT, SIGTERM, SIGINT].enumerated() {
            let process = try start(tool, ["report", folder, "--quiet", "--jobs", "2"])
            let deadline = Date().addingTimeInterval(round % 2 == 0 ? 120 : 0.3 + 0.2 * Double(round))
            var sawTemporary = false
            while process.isRunning, Date() < deadline {
                if round % 2 == 0, scratch.names("out").contains(where: { $0.contains(".chronicle-tmp-") }) {
                    sawTemporary = true
                    break
                }
                usleep(round % 2 == 0 ? 200 : 10_000)
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let status = process.terminationStatus
            if status == 128 + signal {
                interrupted += 1
                if sawTemporary { interruptedWhileWriting += 1 }
            } else {
                #expect(status == 0, "round \(round): exit \(status)")  // finished before the signal
            }
            let names = scratch.names("out")
            #expect(!names.contains { $0.hasPrefix(".") }, "round \(round): temporaries left: \(names)")
            for (name, data) in zip(Self.outputs, previous) {
                #expect(scratch.contents("out/" + name) == data, "round \(round): \(name) changed")
            }
        }
        #expect(interrupted >= 3, "too few runs were actually interrupted (\(interrupted))")
        #expect(interruptedWhileWriting >= 1, "no run was interrupted while writing")
    }
}
