import Foundation
import NewsArticles
import Testing
@testable import TemporalTagging

@Suite struct TempEvalScorerTests {
    static func fixture(_ name: String) throws -> TimeMLDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/timeml/\(name)", withExtension: "tml"))
        return try TimeMLDocument(parsing: try String(contentsOf: url, encoding: .utf8), name: name)
    }

    @Test func parsesCreationTimeTextAndOffsets() throws {
        let doc = try Self.fixture("visit")
        #expect(doc.creationTime?.iso == "2023-10-12")
        #expect(!doc.text.contains("<"))
        #expect(doc.text.contains("Vienna & Graz."))
        #expect(doc.text.contains("said \"thanks\"."))
        #expect(doc.timexes.map(\.text) == ["October 10-11", "nearly 30 years", "yesterday"])
        #expect(doc.timexes.map(\.value) == ["2023-10-10", "P30Y", "2023-10-11"])
        let scalars = Array(doc.text.unicodeScalars)
        for t in doc.timexes {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[t.start..<t.end])
            #expect(s == t.text)
        }
    }

    @Test func goldAgainstItselfScoresOne() throws {
        var scorer = TempEvalScorer()
        for name in ["visit", "report"] {
            let gold = try Self.fixture(name).timexes.map(TempEvalScorer.Item.init)
            scorer.add(gold: gold, predicted: gold)
        }
        #expect(scorer.strictF1 == 1 && scorer.relaxedF1 == 1 && scorer.valueF1 == 1 && scorer.typeAccuracy == 1)
        #expect(scorer.gold == 7 && scorer.documents == 2)
    }

    /// Worked by hand: 4 gold, 4 predicted; one exact match with the right value, one overlap with
    /// a wrong value, one overlap with the wrong type, one miss and one extra.
    @Test func measuresFollowTheTempEvalDefinitions() {
        let gold = [
            TempEvalScorer.Item(start: 0, end: 10, type: "DATE", value: "2023-10-10"),
            TempEvalScorer.Item(start: 20, end: 30, type: "DATE", value: "2023-W41"),
            TempEvalScorer.Item(start: 40, end: 50, type: "DURATION", value: "P2D"),
            TempEvalScorer.Item(start: 60, end: 70, type: "DATE", value: "PRESENT_REF"),
        ]
        let predicted = [
            TempEvalScorer.Item(start: 0, end: 10, type: "DATE", value: "2023-10-10"),
            TempEvalScorer.Item(start: 15, end: 25, type: "DATE", value: "2023-W40"),
            TempEvalScorer.Item(start: 45, end: 50, type: "DATE", value: "P2D"),
            TempEvalScorer.Item(start: 80, end: 85, type: "DATE", value: "2023"),
        ]
        var scorer = TempEvalScorer()
        scorer.add(gold: gold, predicted: predicted)
        #expect(scorer.relaxed == 3 && scorer.strict == 1 && scorer.values == 2 && scorer.types == 2)
        #expect(abs(scorer.relaxedF1 - 0.75) < 1e-9)        // P = R = 3/4
        #expect(abs(scorer.strictF1 - 0.25) < 1e-9)         // P = R = 1/4
        #expect(abs(scorer.valueF1 - 0.5) < 1e-9)           // 2/3 × 0.75
        #expect(TempEvalScorer.format(scorer.valueAccuracy) == "0.667")
    }

    @Test func largestOverlapIsMatchedFirstAndOnlyOnce() {
        let gold = [TempEvalScorer.Item(start: 0, end: 10, type: "DATE", value: "a")]
        let predicted = [
            TempEvalScorer.Item(start: 0, end: 3, type: "DATE", value: "b"),
            TempEvalScorer.Item(start: 2, end: 10, type: "DATE", value: "a"),
        ]
        let pairs = TempEvalScorer.match(gold: gold, predicted: predicted)
        #expect(pairs.count == 1)
        #expect(pairs.first?.1 == 1)
    }

    @Test func taggerOnTheFixtures() throws {
        var scorer = TempEvalScorer()
        for name in ["visit", "report"] {
            let doc = try Self.fixture(name)
            let found = TemporalTagger.shared.tag(doc.text, reference: doc.creationTime)
            scorer.add(gold: doc.timexes.map(TempEvalScorer.Item.init), predicted: found.map(TempEvalScorer.Item.init))
        }
        #expect(scorer.relaxedRecall == 1, "\(scorer.report)")
        #expect(scorer.strict >= 6, "\(scorer.report)")
    }
}
