import ActivityExtraction
import ArgumentParser
import ChronicleKit
import Summaries

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the plain-text briefing of the subject's activities in the given articles."
    )

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(name: .long, help: "Briefing title.")
    var title: String = "Briefing"

    @Option(name: .long, help: "text (wrapped at 72 columns) or markdown.")
    var format: BriefingFormat = .text

    enum BriefingFormat: String, ExpressibleByArgument { case text, markdown }

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var runOptions: RunOptions

    func run() throws {
        let subject: SubjectProfile
        do { subject = try profile.resolve() } catch { throw Terminal.fail(error) }
        let result = ExtractionPipeline(profile: subject, workers: runOptions.jobs ?? ProcessInfoCores.count).run(paths: paths)
        Terminal.report(result.diagnostics, quiet: runOptions.quiet)
        let briefing = Briefing(title: title, generated: result.latestPublication)
        Terminal.write(format == .markdown ? briefing.markdown(for: result.timeline) : briefing.text(for: result.timeline))
        try Terminal.finish(result.diagnostics, failedFiles: result.filesFailed)
    }
}
