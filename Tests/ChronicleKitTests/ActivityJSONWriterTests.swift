import Foundation
@testable import ChronicleKit
import NewsArticles
import Testing
import TimelineModel

/// The direct JSON writer gives exactly the encoder's bytes, compact and pretty, and leaves to the
/// encoder every activity with a string that needs escaping.
@Suite("activity JSON written directly")
struct ActivityJSONWriterTests {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { e.outputFormatting.insert(.prettyPrinted) }
        return e
    }

    static let samples: [Activity] = {
        let day = CalendarDay(iso: "2023-10-10")!
        let s1 = Source(file: "article-0001.txt", published: day, outlet: "Report.az", sentence: "Ombudsman Sabina Aliyeva met 10/11 people in Bakı — Əli.",
                        offset: 42, length: 57)
        let s2 = Source(file: "b.txt", published: nil, outlet: nil, sentence: "Undated.")
        var planned = Activity(id: "a1", start: nil, end: day, precision: .onOrBefore, kind: .visit, title: "Will visit Ganja",
                               location: nil, counterparts: [], sources: [s2], status: .planned)
        planned.status = .planned
        return [
            Activity(id: "a0c1e65701826e0ff", start: day, end: day.adding(days: 1), precision: .range, kind: .conference,
                     title: "Took part in the 8th Vienna Migration Conference", location: "Vienna",
                     counterparts: ["UNICEF", "Council of Europe"], sources: [s1, s2], status: .done),
            planned,
            Activity(id: "", start: day, end: day, precision: .day, kind: .other, title: "", location: "", counterparts: [""],
                     sources: [], status: .done),
        ]
    }()

    @Test("compact and pretty: the encoder's bytes")
    func sameBytes() throws {
        for pretty in [false, true] {
            for a in Self.samples {
                let direct = try #require(ActivityJSONWriter.encode(a, pretty: pretty))
                #expect(direct == Array(try Self.encoder(pretty: pretty).encode(a)), "\(a.id) pretty \(pretty)")
            }
        }
    }

    @Test("strings that need escaping are left to the encoder", arguments: ["say \"hi\"", "back\\slash", "tab\there", "line\u{2028}sep", "bell\u{07}", "del\u{7F}"])
    func escapes(_ text: String) {
        var a = Self.samples[0]
        a.title = text
        #expect(ActivityJSONWriter.encode(a, pretty: false) == nil)
        a = Self.samples[0]
        a.sources[0].sentence = text
        #expect(ActivityJSONWriter.encode(a, pretty: true) == nil)
    }

    @Test("the formats as a whole: the same output as encoding every activity")
    func wholeFormats() throws {
        let lines = try ActivityFormat.jsonl.render(Self.samples)
        let expected = try Self.samples.map { String(decoding: try Self.encoder(pretty: false).encode($0), as: UTF8.self) + "\n" }.joined()
        #expect(lines == expected)
        let json = try ActivityFormat.json.render(Self.samples)
        let decoded = try JSONDecoder().decode([Activity].self, from: Data(json.utf8))
        #expect(decoded.count == Self.samples.count)
    }
}

@Suite("chronological order by keys")
struct ChronologicalOrderTests {
    @Test("the same order as the timeline's sort, ties and undated days included")
    func sameOrder() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let base = CalendarDay(iso: "2023-01-01")!
        let activities = (0..<3000).map { n -> Activity in
            let end = base.adding(days: next(30))
            let start: CalendarDay? = next(4) == 0 ? nil : end.adding(days: -next(3))
            return Activity(id: "a\(next(500))", start: start, end: end, precision: start == nil ? .onOrBefore : .day,
                            kind: .meeting, title: ["Met", "Visited Ganja", "Met", ""][next(4)] + (next(3) == 0 ? " \(n % 7)" : ""),
                            location: nil, counterparts: [], sources: [], status: .done)
        }
        #expect(ExtractionPipeline.chronological(activities) == activities.sorted(by: Timeline.chronological))
    }
}
