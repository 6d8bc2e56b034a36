@testable import ActivityExtraction
import NewsArticles
import Testing
import TimelineModel

/// The indexed merge (candidates looked up by status, place and day) must give exactly what
/// comparing every group of the weeks around a mention gives (the reference way).
@Suite("merging: the index finds what comparing all nearby groups finds")
struct MergerIndexTests {
    /// A small deterministic generator (SplitMix64), so failures can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ list: [T]) -> T { list[int(list.count)] }
    }

    /// Crowded activities: few days, kinds, places, people and words, so that many pairs are
    /// compatible, some are not, and every kind of date meets every other.
    static func activities(seed: UInt64, count: Int, days: Int) -> [Activity] {
        var r = Random(state: seed)
        let base = CalendarDay(year: 2023, month: 1, day: 1)!
        let places: [String?] = ["Baku", "baku", "Ganja", "Vienna", nil, nil, ""]
        let people = ["UNICEF", "UNICEF Representative", "Ambassador of France", "the Ambassador", "OSCE", "Council of Europe"]
        let words = ["met", "with", "the", "representative", "conference", "took", "part", "in", "visit", "prison", "Ganja", "rights"]
        var result: [Activity] = []
        for n in 0..<count {
            let end = base.adding(days: r.int(days))
            var start: CalendarDay? = end
            var precision = DatePrecision.day
            switch r.int(10) {
            case 0, 1: precision = .range; start = end.adding(days: -(1 + r.int(r.int(4) == 0 ? 30 : 6)))
            case 2: precision = .week; start = end.adding(days: -6)
            case 3: precision = .month; start = end.adding(days: -29)
            case 4: precision = .year; start = end.adding(days: -364)
            case 5, 6: precision = .onOrBefore; start = nil
            case 7: precision = r.int(3) == 0 ? .day : .onOrBefore; start = r.int(2) == 0 ? nil : end  // odd pairs too
            default: break
            }
            let title = (0..<(2 + r.int(4))).map { _ in r.pick(words) }.joined(separator: " ")
            let counterparts = (0..<r.int(3)).map { _ in r.pick(people) }
            let file = "f\(r.int(count / 3)).txt"
            let published = end.adding(days: r.int(5))
            let source = Source(file: file, published: r.int(20) == 0 ? nil : published, outlet: nil, sentence: title,
                                offset: r.int(4) * 100, length: 10)
            result.append(Activity(id: "a\(n % (count / 2))", start: start, end: end, precision: precision,
                                   kind: r.pick([ActivityKind.meeting, .visit, .conference]), title: title,
                                   location: r.pick(places), counterparts: counterparts, sources: [source],
                                   status: r.int(6) == 0 ? .planned : .done))
        }
        return result
    }

    @Test("random crowded sets: the same activities, in the same order, and the same count", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func sameAsReference(seed: UInt64) {
        let input = Self.activities(seed: seed, count: 1500, days: 20 + Int(seed) * 40)
        let merger = ActivityMerger()
        let indexed = merger.merge(input)
        let reference = merger.merge(input, byWindow: true)
        #expect(indexed.mergedCount == reference.mergedCount)
        #expect(indexed.mergedCount > 100, "the set is crowded enough to merge often")
        #expect(Self.firstDifference(indexed.activities, reference.activities) == nil)
    }

    /// Where two merge results first differ (a position, not two long lists in the failure message).
    static func firstDifference(_ a: [Activity], _ b: [Activity]) -> Int? {
        if let k = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset { return k }
        return a.count == b.count ? nil : min(a.count, b.count)
    }

    @Test("other settings: a longer recent window, a stricter title similarity")
    func sameWithSettings() {
        let input = Self.activities(seed: 42, count: 1000, days: 60)
        for merger in [ActivityMerger(recentDays: 10, titleSimilarity: 0.5), ActivityMerger(recentDays: 0, titleSimilarity: 0.2)] {
            let indexed = merger.merge(input)
            let reference = merger.merge(input, byWindow: true)
            #expect(indexed.mergedCount == reference.mergedCount)
            #expect(Self.firstDifference(indexed.activities, reference.activities) == nil)
        }
    }
}

@Suite("activity ids")
struct ActivityIDTests {
    /// The first way of writing an id: FNV-1a of the interpolated string, in hexadecimal.
    static func slowID(file: String, anchor: Int, kind: ActivityKind) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(file)|\(anchor)|\(kind.rawValue)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return "a" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    @Test("ids written byte by byte are the ids of the interpolated string")
    func sameIDs() {
        for file in ["article-0001.txt", "", "Bakı — ü.txt", "a|b"] {
            for anchor in [0, 7, 1234, -5, Int.max] {
                for kind in ActivityKind.allCases {
                    #expect(ActivityID.make(file: file, anchor: anchor, kind: kind) == Self.slowID(file: file, anchor: anchor, kind: kind))
                }
            }
        }
    }
}
