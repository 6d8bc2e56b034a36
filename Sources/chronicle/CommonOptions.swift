import ArgumentParser
import ActivityExtraction
import ChronicleKit
import Foundation

/// `--profile FILE` / `--subject NAME`: whom to extract for, without a report folder.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: "A subject profile YAML file (name, aliases, roles, office_counts).")
    var profile: String?

    @Option(name: .long, help: "Extract for this person instead of the default profile.")
    var subject: String?

    func resolve() throws -> SubjectProfile {
        if let profile { return try ProfileLoader.load(path: profile) }
        if let subject { return ProfileLoader.named(subject) }
        return SubjectProfile.bundledDefault()
    }
}

struct RunOptions: ParsableArguments {
    @Flag(name: .long, help: "Print no progress and no warnings, only errors.")
    var quiet = false

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?
}

/// Printing diagnostics and leaving with the right code, the same way in every command.
enum Terminal {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `--timings`: a stage's duration, with the process's resident and peak memory after it.
    static func printStage(_ name: String, seconds: Double) {
        var memory = ""
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            func mib(_ key: String) -> String {
                let line = status.split(separator: "\n").first { $0.hasPrefix(key + ":") }
                let kb = line?.split(separator: " ").compactMap { Int($0) }.first ?? 0
                return "\(kb / 1024)"
            }
            memory = "  (resident \(mib("VmRSS")) MiB, peak \(mib("VmHWM")) MiB)"
        }
        printError(String(format: "%7.3f s  ", seconds) + name + memory)
    }

    static func report(_ diagnostics: Diagnostics, quiet: Bool) {
        for d in diagnostics.items where !(quiet && d.severity == .warning) { printError(d.description) }
    }

    /// Exit code 1 with a summary line when any input failed.
    static func finish(_ diagnostics: Diagnostics, failedFiles: Int) throws {
        guard diagnostics.hasErrors else { return }
        let count = max(failedFiles, diagnostics.failedFiles.count)
        printError("chronicle: \(count) input\(count == 1 ? "" : "s") failed; the others were processed")
        throw ExitCode(1)
    }

    static func fail(_ error: Error) -> ExitCode {
        printError("\(error)")
        return ExitCode(1)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
