import Foundation
import ArgumentParser
import ChronicleKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a report folder: reads REPORT_DIR/report.yml and its articles, writes out/{report.pdf,timeline.png,summary.txt}."
    )

    @Argument(help: "The report folder (holding report.yml).")
    var folder: String

    @OptionGroup var runOptions: RunOptions

    @Flag(name: .long, help: "Print how long each stage took to stderr.")
    var timings = false

    func run() throws {
        let outcome: ReportRunner.Outcome
        do {
            let progress = Progress.make(quiet: runOptions.quiet)
            defer { progress?.finish() }
            var runner = ReportRunner(workers: runOptions.jobs ?? ProcessInfoCores.count)
            if timings {
                runner.onStage = { name, seconds in Terminal.printStage(name, seconds: seconds) }
            }
            outcome = try runner.run(folder: folder, progress: progress?.extraction(then: "rendering report.pdf, timeline.png, summary.txt"))
        } catch {
            throw Terminal.fail(error)
        }
        Terminal.report(outcome.diagnostics, quiet: runOptions.quiet)
        if !runOptions.quiet {
            Terminal.printError("chronicle: \(outcome.timeline.activities.count) activities from \(outcome.filesRead) articles"
                + " (\(outcome.timeline.mergedCount) merged); wrote \(outcome.outputs.joined(separator: ", "))")
        }
        try Terminal.finish(outcome.diagnostics, failedFiles: outcome.filesFailed)
    }
}

enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

