import Foundation
import NewsArticles
import Testing
import TimelineModel
@testable import TimelineLayout

@Suite("Labels never overlap, never leave the page, never cover marks")
struct LabelInvariantTests {
    let layout = ReportLayout(theme: .default, measurer: FixedMeasurer())

    @Test("random timelines of 1 … 10,000 activities: the whole report", arguments: [(1, 1), (3, 30), (40, 60), (300, 365), (2_000, 365), (10_000, 900)])
    func randomReports(count: Int, days: Int) {
        for seed in [UInt64(count), UInt64(count * 7 + 1)] where count <= 2_000 || seed == UInt64(count) {
            let timeline = Fixtures.timeline(count: count, days: days, seed: seed)
            let document = layout.document(for: timeline, info: Fixtures.info)
            var problems: [String] = []
            for (i, page) in document.pages.enumerated() {
                problems += Invariants.problems(page).prefix(3).map { "page \(i + 1): \($0)" }
            }
            #expect(problems.isEmpty, "\(count) activities, seed \(seed): \(problems.prefix(5))")
            let labelled = document.pages.reduce(0) { $0 + Invariants.labels($1).count }
            #expect(labelled > 0)
        }
    }

    @Test("the timeline figure of random timelines keeps the invariants", arguments: [1, 10, 100, 1_000, 10_000])
    func randomFigures(count: Int) {
        let timeline = Fixtures.timeline(count: count, days: 365, seed: 42 + UInt64(count))
        let figure = layout.figure(for: timeline, info: Fixtures.info, width: 1200)
        #expect(Invariants.problems(figure).isEmpty, "\(Invariants.problems(figure).prefix(3))")
        #expect(figure.width == 1200 && figure.height > 50)
    }

    @Test("1,000 activities on one day stay readable: one counted cluster, a few labels, no overlap")
    func thousandOnOneDay() {
        let timeline = Fixtures.sameDay(count: 1_000)
        let figure = layout.figure(for: timeline, info: Fixtures.info, width: 1200)
        let labels = figure.items.compactMap { item -> String? in
            if case .text(let t) = item, t.role == .label { return t.text }; return nil
        }
        #expect(labels.contains("500 activities, 10 Oct"))
        #expect(labels.count <= 4, "\(labels)")
        #expect(Invariants.problems(figure).isEmpty)
        let document = layout.document(for: timeline, info: Fixtures.info)
        for page in document.pages { #expect(Invariants.problems(page).isEmpty) }
        // The chronology still lists every one of them.
        let anchors = document.pages.flatMap(\.items).filter { if case .anchor(let a) = $0 { return a.name.hasPrefix("activity-") }; return false }
        #expect(anchors.count == 1_000)
    }

    @Test("a few activities at one spot are stacked with their own labels, not clustered")
    func smallStack() {
        let timeline = Fixtures.sameDay(count: 3)
        let figure = layout.figure(for: timeline, info: Fixtures.info, width: 1200)
        let labels = Invariants.labels(figure)
        // Two lanes (meeting, visit): 2 + 1 labels, each its own title.
        #expect(labels.count == 3)
        #expect(Invariants.problems(figure).isEmpty)
    }

    @Test("label rows: right of the leader first, stacked downwards, leaders never cross a label")
    func labelRows() {
        var rows = LabelRows(count: 3, left: 0, right: 300, gap: 4)
        let a = rows.place(leaderX: 200, width: 50)
        #expect(a?.row == 0 && a?.x == 202)
        let b = rows.place(leaderX: 190, width: 50)     // would cover a's box in row 0
        #expect(b?.row == 1)
        let c = rows.place(leaderX: 100, width: 50)     // fits in row 0 before 188
        #expect(c?.row == 0)
        let d = rows.place(leaderX: 120, width: 10)     // leader would cross c's box in row 0: nothing fits
        _ = d
        let e = rows.place(leaderX: 295, width: 50)     // at the right edge: placed left of the leader
        #expect(e == nil || e!.x + 50 <= 295)

        var edge = LabelRows(count: 3, left: 0, right: 100, gap: 4)
        let p1 = edge.place(leaderX: 95, width: 40)      // no room to the right: left of the leader
        #expect(p1?.row == 0 && p1!.x + 40 <= 93.001)
        let p2 = edge.place(leaderX: 95, width: 40)      // same spot: the next row, sharing the leader line
        #expect(p2?.row == 1)
        let p3 = edge.place(leaderX: 70, width: 10)      // its leader would cross both boxes
        #expect(p3 == nil)
    }

    @Test("a left label spanning the next leader keeps out of row 0; room is measured per reachable row")
    func leftLabelsLeaveRowZero() {
        var rows = LabelRows(count: 3, left: 0, right: 300, gap: 4)
        // Near the right edge, wide: it would span the leader at x = 200 of the next mark.
        let a = rows.place(leaderX: 290, width: 150, allowLeft: true, leftFromRow: 1)
        #expect(a?.row == 1 && a!.x + 150 <= 288.001)
        // The neighbour still has row 0 right of its leader, up to the first label's leader line.
        #expect(rows.widestRoom(leaderX: 200).map { $0.row == 0 && $0.width > 80 } == true)
        let b = rows.place(leaderX: 200, width: 80)
        #expect(b?.row == 0)
        var empty = LabelRows(count: 2, left: 0, right: 300, gap: 4)
        #expect(empty.widestRoom(leaderX: 100)?.width == 198)
        _ = empty.place(leaderX: 100, width: 10)
    }

    @Test("a long title is set whole where its row has room, even wider than label_max_width")
    func wholeTitles() {
        var theme = Theme.default
        theme.timeline.labelMaxWidth = 60
        let title = "Met with representatives of local executive authorities and non-governmental organisations"
        let d = CalendarDay(iso: "2023-03-01")!
        let acts = [Activity(id: "w1", start: d, end: d, precision: .day, kind: .meeting, title: title)]
        let layout = ReportLayout(theme: theme, measurer: FixedMeasurer())
        let figure = layout.figure(for: Timeline(subject: "S", activities: acts), info: Fixtures.info, width: 1200)
        let texts = figure.items.compactMap { item -> String? in if case .text(let t) = item, t.role == .label { return t.text }; return nil }
        #expect(texts == [title])
        #expect(Invariants.problems(figure).isEmpty)
    }
}
