import ActivityExtraction
import Foundation
import Testing
import TimelineModel

/// The seeds and the dev corpus in `../shared`, scored like `score_activities.py`.
/// Skipped (with the reason) when `../shared` is absent, as in a user's clone.
@Suite("shared corpus")
struct SharedCorpusTests {
    @Test("seeds give exactly the gold activities", .enabled(if: Support.hasShared, "../shared/seeds is absent: skipped"))
    func seedsExact() throws {
        let seeds = Support.shared.appendingPathComponent("seeds")
        let activities = try Support.extractFolder(seeds)
        let gold = try ActivityScorer.Gold.load(path: seeds.appendingPathComponent("gold.jsonl").path)
        let score = ActivityScorer().score(activities, against: gold)
        #expect(score.matched == score.gold && score.predicted == score.gold, "\(score.report)")
        #expect(score.kindAgreement == 1 && score.locationAgreement == 1, "\(score.report)")
        let summaries = Set(activities.map(Support.summary))
        #expect(summaries == ["conference 2023-10-10..2023-10-11 @Vienna", "meeting 2023-10-10..2023-10-11 @Vienna",
                              "training ..2023-10-27 @-"])
    }

    @Test("dev corpus: activity-date F1 at least 0.98", .enabled(if: Support.hasDev, "../shared/corpus/dev is absent: skipped"))
    func devF1() throws {
        let dev = Support.shared.appendingPathComponent("corpus/dev")
        let activities = try Support.extractFolder(dev)
        let gold = try ActivityScorer.Gold.load(path: dev.appendingPathComponent("gold.jsonl").path)
        let score = ActivityScorer().score(activities, against: gold)
        #expect(score.f1 >= 0.98, "\(score.report)")
        #expect(score.kindAgreement >= 0.97 && score.locationAgreement >= 0.97, "\(score.report)")
    }
}
