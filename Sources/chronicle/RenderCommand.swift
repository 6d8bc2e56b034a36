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

    @Option(name: .long, help: "Report date (YYYY-MM-DD; default: the latest publication date among the sources).")
    var generated: String?

    @Option(name: .long, help: "A theme YAML file overriding any keys of the default theme.")
    var theme: String?

    @Option(name: .customLong("png-width"), help: "Width of timeline.png in pixels (default 2400).")
    var pngWidth: Int = 2400

    @Flag(name: .long, help: "Transparent background behind timeline.png.")
    var transparent = false

    @Option(name: .long, help: "Also write thumbnail.png this many pixels wide.")
    var thumbnail: Int?

    @Option(name: .customLong("layout-json"), help: "Also write the laid-out report pages as JSON to this file.")
    var layoutJSON: String?

    @Option(name: .long, help: "Briefing format: text (summary.txt) or markdown (summary.md).")
    var format: SummaryFormat = .text

    @Flag(name: .long, help: "Print how long each stage took to stderr.")
    var timings = false

    enum SummaryFormat: String, ExpressibleByArgument { case text, markdown }

    func run() throws {
        do {
            guard let data = FileManager.default.contents(atPath: activities) else {
                throw Diagnostic(.error, file: activities, "cannot read")
            }
            let started = ContinuousClock.now
            let list = try ActivityFormat.decodeActivities(data, file: activities)
            if timings { Terminal.printError("\(ContinuousClock.now - started)  read \(list.count) activities") }
            let name = subject ?? SubjectProfile.bundledDefault().name
            let timeline = Timeline(subject: name, activities: list)
            var day = list.flatMap(\.sources).compactMap(\.published).max() ?? timeline.period?.upperBound
                ?? CalendarDay(year: 2000, month: 1, day: 1)!
            if let generated {
                guard let d = CalendarDay(iso: generated) else { throw ValidationError("--generated: expected YYYY-MM-DD, found '\(generated)'") }
                day = d
            }
            let info = ReportInfo(title: title, subject: name, generated: day)
            var renderer = ReportRenderer(info: info, theme: try theme.map(ThemeLoader.theme(file:)) ?? .default, pngWidth: pngWidth)
            renderer.transparentPNG = transparent
            renderer.thumbnailWidth = thumbnail
            renderer.layoutJSONPath = layoutJSON
            renderer.summaryMarkdown = format == .markdown
            if timings {
                renderer.onStage = { name, seconds in Terminal.printStage(name, seconds: seconds) }
            }
            try renderer.render(timeline, into: out)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw Terminal.fail(error)
        }
    }
}
