import ChronicleKit
import Rendering
import Foundation
import NewsArticles
import TimelineLayout
import TimelineModel

/// Layout, PDF and PNG of a synthetic timeline of `count` activities — run in a child process so
/// its peak memory is its own. Prints `layout pdf png pages` (seconds, seconds, seconds, count).
enum RenderStage {
    static func activities(_ count: Int) -> [Activity] {
        let places = ["Baku", "Ganja", "Vienna", "Geneva", "Shaki", "Strasbourg", "Tbilisi", nil]
        let kinds = ActivityKind.allCases
        let first = CalendarDay(year: 2015, month: 1, day: 1)!
        let span = 11 * 365
        return (0..<count).map { i in
            let end = first.adding(days: (i &* 7919) % span)
            let precision: DatePrecision = i % 5 == 0 ? .range : (i % 11 == 0 ? .onOrBefore : .day)
            let start: CalendarDay? = precision == .range ? end.adding(days: -1 - i % 2) : (precision == .onOrBefore ? nil : end)
            let kind = kinds[i % kinds.count]
            let place = places[i % places.count]
            let title = "\(kind.label) \(place.map { "in \($0)" } ?? "on human rights") #\(i)"
            let source = Source(file: "article-\(i).txt", published: end.adding(days: 1), outlet: "MENAFN- Kura Press",
                                sentence: "Ombudsman Sabina Aliyeva took part in a \(kind.rawValue) \(place.map { "in \($0) " } ?? "")on \(end.iso).")
            return Activity(id: String(i), start: start, end: end, precision: precision, kind: kind, title: title,
                            location: place, sources: [source])
        }
    }

    /// Renders through ``ReportRenderer`` — the path `chronicle report` and `chronicle render` take:
    /// report.pdf, timeline.png and summary.txt, with the figure, the briefing and the chronology's
    /// measuring on threads of their own. Prints `layout pdf png pages` (the PNG's figure is the part
    /// not already overlapped with the PDF).
    static func run(count: Int, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let timeline = Timeline(subject: "Sabina Aliyeva", activities: activities(count))
        let info = ReportInfo(title: "Benchmark, \(count) activities", subject: "Sabina Aliyeva",
                              generated: CalendarDay(year: 2026, month: 1, day: 1)!)
        var renderer = ReportRenderer(info: info)
        var stages: [(String, Double)] = []
        renderer.onStage = { stages.append(($0, $1)) }
        try renderer.render(timeline, into: folder)
        func seconds(_ prefix: String) -> Double { stages.filter { $0.0.hasPrefix(prefix) }.reduce(0) { $0 + $1.1 } }
        let pages = stages.first { $0.0.hasPrefix("layout report") }.flatMap { name, _ in
            name.split(separator: "(").last?.split(separator: " ").first.flatMap { Int($0) }
        } ?? 0
        print(seconds("layout"), seconds("write report.pdf"), seconds("finish timeline.png") + seconds("write summary"), pages)
    }
}
