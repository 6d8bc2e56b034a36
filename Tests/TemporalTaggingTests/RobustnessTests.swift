import NewsArticles
import Testing
@testable import TemporalTagging

/// Any input is tagged without a crash, and offsets always index the given text.
@Suite struct RobustnessTests {
    static let reference = CalendarDay(iso: "2023-10-12")

    static func checkOffsets(_ text: String, _ found: [TimeExpression]) {
        let scalars = Array(text.unicodeScalars)
        var last = 0
        for e in found {
            #expect(e.start >= last && e.start < e.end && e.end <= scalars.count)
            last = e.end
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[e.start..<e.end])
            #expect(piece == e.text)
        }
    }

    @Test func invalidUTF8DecodedWithReplacement() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        bytes.reserveCapacity(100_000)
        for _ in 0..<100_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        bytes.append(contentsOf: Array(" on October 10, 2023".utf8))
        let text = String(decoding: bytes, as: UTF8.self)
        let found = TemporalTagger.shared.tag(text, reference: Self.reference)
        Self.checkOffsets(text, found)
        #expect(found.last?.value == "2023-10-10")
    }

    @Test func oneMegabyteWithoutSpaces() {
        let text = String(repeating: "abcdefghij", count: 100_000)
        #expect(TemporalTagger.shared.tag(text, reference: Self.reference).isEmpty)
    }

    @Test func onlyDigits() {
        let text = String(repeating: "1234567890", count: 100_000)
        #expect(TemporalTagger.shared.tag(text, reference: Self.reference).isEmpty)
        let spaced = String(repeating: "12 ", count: 30_000)
        Self.checkOffsets(spaced, TemporalTagger.shared.tag(spaced, reference: Self.reference))
    }

    @Test func repeatedPrefixesOfExpressions() {
        for unit in ["October 10-", "the end of ", "twenty ", "'", "1.", "the next few ", "Oct. ", "mid-"] {
            let text = String(repeating: unit, count: 5_000)
            Self.checkOffsets(text, TemporalTagger.shared.tag(text, reference: Self.reference))
        }
    }

    @Test func calendarEdges() {
        let text = "It happened 999,999 weeks ago, 999999999 years ago, 99999999 days ago, 9999999 quarters ago, "
            + "999999 weekends ago and 99999 decades ago; in January, last week, in the summer, the third quarter, "
            + "the first half, on Monday, 5 p.m. Friday, 300000 years later and on October 10."
        for dct in ["0001-01-01", "0001-01-03", "9999-12-31", "2023-10-12"] {
            let found = TemporalTagger.shared.tag(text, reference: CalendarDay(iso: dct))
            Self.checkOffsets(text, found)
            #expect(found.count >= 8, "\(dct): \(found.map(\.text))")
        }
    }

    @Test func emptyAndNoReference() {
        #expect(TemporalTagger.shared.tag("", reference: nil).isEmpty)
        let found = TemporalTagger.shared.tag("On October 10 and yesterday, for two days.", reference: nil)
        #expect(found.map(\.value) == ["XXXX-10-10", "XXXX-XX-XX", "P2D"])
        #expect(found.allSatisfy { $0.span == nil })
    }

    @Test func offsetsCountScalarsNotCharacters() {
        // "é" written as e + combining accent is two scalars; CRLF is two scalars.
        let text = "Cafe\u{301}\r\nOn October 10, 2023 she spoke."
        let found = TemporalTagger.shared.tag(text, reference: Self.reference)
        #expect(found.first?.start == 10)
        Self.checkOffsets(text, found)
    }
}
