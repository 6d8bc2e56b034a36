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

    static func run(count: Int, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let timeline = Timeline(subject: "Sabina Aliyeva", activities: activities(count))
        let info = ReportInfo(title: "Benchmark, \(count) activities", subject: "Sabina Aliyeva",
                              generated: CalendarDay(year: 2026, month: 1, day: 1)!)
        let layout = ReportLayout(theme: .default, measurer: PangoTextMeasurer())
        let t0 = DispatchTime.now().uptimeNanoseconds
        let document = layout.document(for: timeline, info: info)
        let figure = layout.figure(for: timeline, info: info, width: 1200)
        let t1 = DispatchTime.now().uptimeNanoseconds
        try PDFExporter().write(document, to: folder + "/report.pdf")
        let t2 = DispatchTime.now().uptimeNanoseconds
        try PNGExporter().write(figure, scale: 2, to: folder + "/timeline.png")
        let t3 = DispatchTime.now().uptimeNanoseconds
        print(Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9, Double(t3 - t2) / 1e9, document.pages.count)
    }
}
