import Foundation
import NewsArticles
import TimelineLayout
import TimelineModel

/// Runs one report folder end to end: settings → articles → activities → timeline → outputs.
///
/// ```swift
/// let outcome = try ReportRunner().run(folder: "Reports/sample")
/// outcome.outputs        // [".../out/report.pdf", ".../out/timeline.png", ".../out/summary.txt"]
/// outcome.diagnostics    // warnings and errors about individual articles
/// ```
public struct ReportRunner {
    public var workers: Int
    /// Called after each stage with its name and duration in seconds (`chronicle report --timings`).
    public var onStage: ((String, Double) -> Void)?

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount) { self.workers = workers }

    public struct Outcome {
        public var outputs: [String]
        public var timeline: Timeline
        public var diagnostics: Diagnostics
        public var filesRead: Int
        public var filesFailed: Int
    }

    public func run(folder: String, progress: ExtractionPipeline.Progress? = nil) throws -> Outcome {
        let settings = try ReportSettings.load(folder: folder)
        let theme = try ThemeLoader.theme(overrides: settings.themeOverrides, file: settings.settingsFile)
        let pipeline = ExtractionPipeline(profile: settings.profile, workers: workers, includePlanned: settings.includePlanned)
        let started = ContinuousClock.now
        let result = pipeline.run(paths: settings.articlePaths, progress: progress)
        if let onStage {
            let d = ContinuousClock.now - started
            onStage("read, extract and merge (\(result.filesRead) articles, \(result.timeline.activities.count) activities)",
                    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        let generated = settings.generated ?? result.latestPublication ?? result.timeline.period?.upperBound
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
        let info = ReportInfo(title: settings.title, subject: settings.profile.name, generated: generated, author: settings.author)
        var renderer = ReportRenderer(info: info, theme: theme)
        renderer.onStage = onStage
        let outputs = try renderer.render(result.timeline, into: settings.outputFolder)
        return Outcome(outputs: outputs, timeline: result.timeline, diagnostics: result.diagnostics,
                       filesRead: result.filesRead, filesFailed: result.filesFailed)
    }
}
