import Foundation
import Testing

/// What a user sees from the built `chronicle`: errors naming files, a summary line counting
/// the failed inputs, exit 1 after processing the rest; progress only on a terminal.
@Suite("Command-line behaviour")
struct CommandLineBehaviourTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ tool: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let scratch = try Scratch()
        let out = scratch.path + "/stdout", err = scratch.path + "/stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    @Test("bad files among good ones: each named on stderr, a summary line, exit 1, the good ones extracted",
          .enabled(if: InterruptTests.chronicle != nil, "the chronicle executable is not built next to the tests"))
    func summaryLine() throws {
        let tool = try #require(InterruptTests.chronicle)
        let scratch = try Scratch()
        try scratch.write("in/a.txt", article)
        try scratch.write("in/b.txt", Data([0x00, 0x01, 0x02, 0x03]))
        try scratch.write("in/c.txt", article.replacingOccurrences(of: "Ganja", with: "Shaki"))
        #expect(symlink(scratch.path + "/in/none.txt", scratch.path + "/in/d.txt") == 0)
        let result = try run(tool, ["extract", scratch.path + "/in", scratch.path + "/missing.txt", "--format", "jsonl"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains(scratch.path + "/in/b.txt: error: binary data (NUL byte), not a text article (byte 0)"), "\(lines)")
        #expect(lines.contains(scratch.path + "/in/d.txt: error: cannot read: dangling symbolic link"), "\(lines)")
        #expect(lines.contains(scratch.path + "/missing.txt: error: no such file or folder"), "\(lines)")
        #expect(lines.last == "chronicle: 3 inputs failed; the others were processed", "\(lines)")
        #expect(result.stdout.contains("Ganja") && result.stdout.contains("Shaki"))
        #expect(!result.stderr.contains("\r"), "progress drawn on a non-terminal")
    }

    @Test("progress on a terminal, none with --quiet or when stderr is not a terminal",
          .enabled(if: InterruptTests.chronicle != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
                   "needs the built chronicle and script(1)"))
    func progress() throws {
        let tool = try #require(InterruptTests.chronicle)
        let scratch = try Scratch()
        _ = try scratch.corpus("articles", count: 30, seed: 41)
        let folder = try scratch.report()
        // script(1) gives the command a terminal; its transcript is what the terminal showed.
        let shown = try run("/usr/bin/script", ["-qec", "\(tool) extract \(folder)/articles --format jsonl > /dev/null", "/dev/null"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("read 30/30 files"), "\(shown.stdout.prefix(300))")
        let quiet = try run("/usr/bin/script", ["-qec", "\(tool) extract \(folder)/articles --format jsonl --quiet > /dev/null", "/dev/null"])
        #expect(!quiet.stdout.contains("files"), "\(quiet.stdout.prefix(300))")
        let piped = try run(tool, ["report", folder])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("read 30/30") && !piped.stderr.contains("\r"), "\(piped.stderr)")
    }
}
