import ActivityExtraction
import Foundation
import NewsArticles
import Testing
import TimelineModel

@Suite("scoring like score_activities.py")
struct ScorerTests {
    let gold = try! ActivityScorer.Gold.parse(Data("""
        {"file": "a.txt", "published": "2023-10-12", "activities": [{"start": "2023-10-10", "end": "2023-10-11", "precision": "range", "kind": "conference", "location": "Vienna"}, {"start": null, "end": "2023-10-12", "precision": "before", "kind": "training", "location": null}]}
        {"file": "b.txt", "published": "2023-10-12", "activities": [{"start": "2023-10-01", "end": "2023-10-01", "precision": "day", "kind": "visit", "location": "Ganja", "optional": true}]}
        """.utf8), file: "gold.jsonl")

    func act(_ file: String, _ start: String?, _ end: String, _ kind: ActivityKind, _ location: String?) -> Activity {
        Activity(id: file + end, start: start.flatMap { CalendarDay(iso: $0) }, end: CalendarDay(iso: end)!,
                 precision: start == nil ? .onOrBefore : .day, kind: kind, title: "t", location: location,
                 sources: [Source(file: "/x/" + file, published: nil, outlet: nil, sentence: "S \(kind)")])
    }

    @Test("matches by dates; kind and location agreement; optional gold neither way")
    func score() {
        let predicted = [
            act("a.txt", "2023-10-10", "2023-10-11", .meeting, "Vienna"),
            act("a.txt", "2023-10-10", "2023-10-11", .conference, "vienna"),
            act("a.txt", "2023-10-12", "2023-10-12", .training, nil),
            act("b.txt", "2023-10-01", "2023-10-01", .visit, "Ganja"),
            act("c.txt", "2023-10-01", "2023-10-01", .visit, "Ganja"),
        ]
        let s = ActivityScorer().score(predicted, against: gold)
        #expect(s.gold == 2 && s.predicted == 3 && s.matched == 1)
        #expect(s.kindAgreement == 1 && s.locationAgreement == 1, "the kind-agreeing prediction is preferred")
        #expect(s.misses.map(\.gold.kind) == ["training"])
        #expect(s.falseAlarms.count == 2 && s.falseAlarms.allSatisfy { $0.file == "a.txt" && $0.sentence.hasPrefix("S ") })
        #expect(s.report.hasSuffix("activity-date F1: 0.400"))
    }
}
