import Foundation
import NewsArticles
import Testing
import TimelineModel

@Suite("Timeline and Activity")
struct TimelineTests {
    static func activity(_ id: String, _ start: String?, _ end: String, _ precision: DatePrecision, title: String = "T") -> Activity {
        Activity(id: id, start: start.flatMap { CalendarDay(iso: $0) }, end: CalendarDay(iso: end)!, precision: precision,
                 kind: .meeting, title: title)
    }

    @Test("orders by end, then start, then title; an 'on or before' follows dated activities of the same end")
    func ordering() {
        let timeline = Timeline(subject: "S", activities: [
            Self.activity("c", nil, "2023-10-27", .onOrBefore),
            Self.activity("b", "2023-10-10", "2023-10-11", .range, title: "B"),
            Self.activity("a", "2023-10-11", "2023-10-11", .day),
            Self.activity("d", "2023-10-10", "2023-10-11", .range, title: "A"),
            Self.activity("e", "2023-10-27", "2023-10-27", .day),
        ])
        #expect(timeline.activities.map(\.id) == ["d", "b", "a", "e", "c"])
        #expect(timeline.period == CalendarDay(iso: "2023-10-10")!...CalendarDay(iso: "2023-10-27")!)
    }

    @Test("JSON: the extract contract keys, null start and location written, format version on the timeline")
    func json() throws {
        let a = Self.activity("x", nil, "2023-10-27", .onOrBefore)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(a)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "start", "end", "precision", "kind", "title", "location", "counterparts", "sources"])
        #expect(object["start"] is NSNull)
        #expect(object["precision"] as? String == "before")

        let timeline = Timeline(subject: "S", activities: [a])
        let data = try JSONEncoder().encode(timeline)
        let back = try JSONDecoder().decode(Timeline.self, from: data)
        #expect(back == timeline)
        #expect(String(decoding: data, as: UTF8.self).contains("\"formatVersion\":1"))
    }

    @Test("a timeline from a newer Chronicle is refused; an activity ending before it starts is refused")
    func refusals() {
        let newer = #"{"formatVersion": 99, "subject": "S", "activities": []}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Timeline.self, from: Data(newer.utf8)) }
        let backwards = #"{"id":"x","start":"2023-10-12","end":"2023-10-10","precision":"range","kind":"visit","title":"t"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Activity.self, from: Data(backwards.utf8)) }
    }

    @Test("dates in words", arguments: [
        ("2023-10-10", "2023-10-10", DatePrecision.day, "10 October 2023"),
        ("2023-10-10", "2023-10-11", .range, "10–11 October 2023"),
        ("2023-09-30", "2023-10-02", .range, "30 September – 2 October 2023"),
        ("2023-10-01", "2023-10-31", .month, "October 2023"),
    ])
    func dateText(start: String, end: String, precision: DatePrecision, expected: String) {
        #expect(Self.activity("x", start, end, precision).dateText == expected)
    }

    @Test("'on or before' is said in words")
    func onOrBefore() {
        #expect(Self.activity("x", nil, "2023-10-27", .onOrBefore).dateText == "on or before 27 October 2023")
    }
}
