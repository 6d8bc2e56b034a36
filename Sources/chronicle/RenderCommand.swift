import ActivityExtraction
import ArgumentParser
import ChronicleKit
import Foundation
import NewsArticles
import TimelineLayout
import TimelineModel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render report.pdf, timeline.png and summary.txt from an activity list (as `extract --format json` prints)."
    )

    @Argument(help: "The activities JSON file.")
    var activities: String

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Option(name: .long, help: "Report title.")
    var title: String = "Chronology"

    @Option(name: .long, help: "Subject name shown in the report (default: the default profile's).")
    var subject: String?

    func run() throws {
        do {
            guard let data = FileManager.default.contents(atPath: activities) else {
                throw Diagnostic(.error, file: activities, "cannot read")
            }
            let list = try ActivityFormat.decodeActivities(data, file: activities)
            let name = subject ?? SubjectProfile.bundledDefault().name
            let timeline = Timeline(subject: name, activities: list)
            let generated = list.flatMap(\.sources).compactMap(\.published).max() ?? timeline.period?.upperBound
                ?? CalendarDay(year: 2000, month: 1, day: 1)!
            let info = ReportInfo(title: title, subject: name, generated: generated)
            try ReportRenderer(info: info).render(timeline, into: out)
        } catch {
            throw Terminal.fail(error)
        }
    }
}
