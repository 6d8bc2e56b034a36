import ActivityExtraction
import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle evaluate --gold GOLD.jsonl PATH...`: extract, then score against gold the way
/// `score_activities.py` does, listing misses and false alarms with their sentences.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Extract activities from articles and score them against a gold file (precision, recall, F1, kind/location agreement).",
        discussion: """
            GOLD.jsonl holds one line per article: {"file", "published", "activities": [{"start", "end", "precision", \
            "kind", "location"}]}. A predicted activity matches a gold one of the same article when its start and end \
            are equal (for "before": end equal, start null). Misses and false alarms follow the scores.
            """
    )

    @Option(name: .long, help: "The gold activities (JSON lines).")
    var gold: String

    @Argument(help: "Article files or folders (read recursively for *.txt).")
    var paths: [String]

    @Flag(name: .long, help: "Print only the four score lines.")
    var brief = false

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var runOptions: RunOptions

    func run() throws {
        let subject: SubjectProfile
        let goldSet: ActivityScorer.Gold
        do {
            subject = try profile.resolve()
            goldSet = try ActivityScorer.Gold.load(path: gold)
        } catch { throw Terminal.fail(error) }
        let result = ExtractionPipeline(profile: subject, workers: runOptions.jobs ?? ProcessInfoCores.count).run(paths: paths)
        Terminal.report(result.diagnostics, quiet: runOptions.quiet)
        let score = ActivityScorer().score(result.timeline.activities, against: goldSet)
        var out = score.report + "\n"
        if !brief {
            out += "\n\(result.timeline.activities.count) activities from \(result.filesRead) articles; "
                + "\(result.timeline.mergedCount) mentions merged into others\n"
            if !score.misses.isEmpty { out += "\nmissed (\(score.misses.count)):\n" }
            for m in score.misses {
                out += "  \(m.file): \(m.gold.summary)\n"
                for p in m.nearby { out += "      predicted instead: \(p.isoDateText) \(p.kind.rawValue) @\(p.location ?? "-")\n" }
            }
            if !score.falseAlarms.isEmpty { out += "\nfalse alarms (\(score.falseAlarms.count)):\n" }
            for f in score.falseAlarms {
                out += "  \(f.file): \(f.activity.isoDateText) \(f.activity.kind.rawValue) @\(f.activity.location ?? "-") — \(f.activity.title)\n"
                out += "      \"\(f.sentence)\"\n"
            }
        }
        Terminal.write(out)
        try Terminal.finish(result.diagnostics, failedFiles: result.filesFailed)
    }
}
