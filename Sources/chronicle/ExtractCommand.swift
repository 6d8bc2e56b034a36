import ActivityExtraction
import ArgumentParser
import ChronicleKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the subject's activities from articles (files or folders) and print them."
    )

    @Argument(help: "Article files or folders (read recursively for *.txt).")
    var paths: [String]

    @Option(name: .long, help: "Output format: \(ActivityFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "json"

    @Flag(name: .long, help: "Also list announced (planned) activities.")
    var includePlanned = false

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var runOptions: RunOptions

    func run() throws {
        guard let format = ActivityFormat(rawValue: format) else {
            throw ValidationError("unknown format '\(self.format)'; use one of \(ActivityFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let subject: SubjectProfile
        do { subject = try profile.resolve() } catch { throw Terminal.fail(error) }
        let pipeline = ExtractionPipeline(profile: subject, workers: runOptions.jobs ?? ProcessInfoCores.count,
                                          includePlanned: includePlanned)
        let progress = Progress.make(quiet: runOptions.quiet)
        let result = pipeline.run(paths: paths, progress: progress?.extraction())
        progress?.finish()
        Terminal.report(result.diagnostics, quiet: runOptions.quiet)
        Terminal.write(try format.render(result.timeline.activities))
        try Terminal.finish(result.diagnostics, failedFiles: result.filesFailed)
    }
}

