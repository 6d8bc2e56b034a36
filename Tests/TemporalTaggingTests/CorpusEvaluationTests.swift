import Foundation
import NewsArticles
import Testing
@testable import TemporalTagging

/// Scores on the TimeML training documents in `../shared` — skipped when they are absent.
@Suite struct CorpusEvaluationTests {
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared").standardizedFileURL
    static let corpus = shared.appendingPathComponent("corpus/timeml-train")

    static func score(_ folder: String) throws -> TempEvalScorer? {
        let dir = corpus.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return nil }
        var scorer = TempEvalScorer()
        for name in names.sorted() where name.hasSuffix(".tml") {
            let xml = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let doc = try TimeMLDocument(parsing: xml, name: name)
            let found = TemporalTagger.shared.tag(doc.text, reference: doc.creationTime)
            scorer.add(gold: doc.timexes.map(TempEvalScorer.Item.init), predicted: found.map(TempEvalScorer.Item.init))
        }
        return scorer
    }

    @Test(arguments: ["TimeBank", "AQUAINT"])
    func atLeastHeidelTimeLevel(_ folder: String) throws {
        guard let scorer = try Self.score(folder) else {
            print("skipped: \(Self.corpus.path)/\(folder) is absent (a clone without ../shared)")
            return
        }
        // HeidelTime with the same scorer: relaxed 0.919 (TimeBank) / 0.925 (AQUAINT).
        #expect(scorer.relaxedF1 >= 0.9, "\(scorer.report)")
        #expect(scorer.strictF1 >= 0.8, "\(scorer.report)")
        #expect(scorer.valueF1 >= 0.7, "\(scorer.report)")
    }

    @Test func seedArticles() throws {
        let seeds = Self.shared.appendingPathComponent("seeds")
        guard let data = FileManager.default.contents(atPath: seeds.appendingPathComponent("000_8923ac59c9d726f2.txt").path) else {
            print("skipped: \(seeds.path) is absent")
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        let published = ArticleHeaderDate.find(in: text)
        #expect(published?.iso == "2023-10-12")
        let found = TemporalTagger.shared.tag(text, reference: published)
        let range = try #require(found.first { $0.text == "October 10-11" })
        #expect(range.span == DaySpan(first: CalendarDay(iso: "2023-10-10")!, last: CalendarDay(iso: "2023-10-11")!, granularity: .range))
        #expect(found.contains { $0.text == "nearly 30 years" && $0.value == "P30Y" })
    }
}
