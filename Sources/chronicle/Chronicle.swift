import ArgumentParser
import ChronicleKit

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "The chronology of a public official's activities, from news articles to a printable report.",
        subcommands: [
            ReportCommand.self,
            ExtractCommand.self,
            RenderCommand.self,
            SummaryCommand.self,
            DatesCommand.self,
            EvaluateCommand.self,
            EvaluateDatesCommand.self,
            GenerateCorpusCommand.self,
        ]
    )

    static func main() {
        MallocArenas.limit()
        Signals.install()
        Self.main(nil)
    }
}

