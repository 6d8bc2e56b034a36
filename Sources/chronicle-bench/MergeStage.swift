import ActivityExtraction
import Foundation
import NewsArticles
import TimelineModel

/// Merging `count` activities of which about a third retell an earlier one (same kind, place
/// and day, another file) — run in a child process with a time limit, since a merge that
/// compares every activity with every group grows with the square of the count.
/// Prints `seconds merged-count`.
enum MergeStage {
    static func activities(_ count: Int) -> [Activity] {
        let places = ["Baku", "Ganja", "Vienna", "Geneva", "Shaki", "Strasbourg", "Tbilisi", "Guba"]
        let kinds = ActivityKind.allCases
        let first = CalendarDay(year: 2015, month: 1, day: 1)!
        var result: [Activity] = []
        result.reserveCapacity(count)
        for i in 0..<count {
            let event = i % 3 == 2 ? i - 1 - (i / 3) % 2 : i  // a retelling of one of the two before
            let day = first.adding(days: (event &* 7919) % (11 * 365))
            let kind = kinds[event % kinds.count]
            let place = places[event % places.count]
            let source = Source(file: "article-\(i).txt", published: day.adding(days: 1), outlet: "Outlet \(i % 5)",
                                sentence: "Ombudsman Sabina Aliyeva held a \(kind.rawValue) in \(place).", offset: 0, length: 10)
            result.append(Activity(id: String(i), start: day, end: day, precision: .day, kind: kind,
                                   title: "\(kind.label) in \(place) with delegation \(event % 97)", location: place,
                                   sources: [source]))
        }
        return result
    }

    static func run(count: Int) {
        let input = activities(count)
        let start = DispatchTime.now().uptimeNanoseconds
        let merged = ActivityMerger().merge(input)
        print(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, merged.mergedCount)
    }
}
