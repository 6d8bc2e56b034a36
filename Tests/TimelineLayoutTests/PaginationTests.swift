import Foundation
import NewsArticles
import Testing
import TimelineModel
@testable import TimelineLayout

@Suite("Pagination, lanes, report structure, theme")
struct PaginationTests {
    let layout = ReportLayout(theme: .default, measurer: FixedMeasurer())

    @Test("page windows start at tick boundaries, hold at most the capacity (except a crowded day) and are full")
    func windows() {
        let timeline = Fixtures.timeline(count: 900, days: 365, seed: 3)
        let windows = TimelinePages.windows(for: timeline.activities, capacity: 36)
        #expect(windows.count > 5)
        // Pages start on the 1st of a month, or on any day inside a crowded month (cut into days).
        var perMonth: [Int: Int] = [:]
        for a in timeline.activities { let d = TimelinePages.anchorDay(a); perMonth[d.year * 12 + d.month, default: 0] += 1 }
        for w in windows {
            #expect(w.lowerBound.day == 1 || perMonth[w.lowerBound.year * 12 + w.lowerBound.month, default: 0] > 36, "\(w)")
        }
        for (a, b) in zip(windows, windows.dropFirst()) { #expect(a.upperBound < b.lowerBound) }
        let entries = timeline.activities.enumerated().map { NumberedActivity(number: $0.offset + 1, activity: $0.element) }
        let per = TimelinePages.distribute(entries, over: windows)
        for (w, members) in zip(windows, per) {
            let anchored = members.filter { w.contains(TimelinePages.anchorDay($0.activity)) }.count
            #expect(anchored <= 36 || w.upperBound == w.lowerBound)
        }
        // Pages are full: two neighbouring windows could not have been one.
        let anchors = timeline.activities.map { TimelinePages.anchorDay($0) }
        let counts = windows.map { w in anchors.filter { w.contains($0) }.count }
        let full = zip(counts, counts.dropFirst()).filter { $0 + $1 > 36 }.count
        #expect(Double(full) >= Double(windows.count - 1) * 0.8)
        // Every activity is anchored in exactly one window.
        let total = zip(windows, per).reduce(0) { sum, pair in sum + pair.1.filter { pair.0.contains(TimelinePages.anchorDay($0.activity)) }.count }
        #expect(total == timeline.activities.count)
    }

    @Test("a quiet period gets no detailed page; one page covers at most page_months months")
    func quietPeriods() {
        let d = { (s: String) in CalendarDay(iso: s)! }
        let acts = ["2022-01-10", "2023-03-03", "2023-04-04", "2023-11-11"].enumerated().map {
            Activity(id: "q\($0.offset)", start: d($0.element), end: d($0.element), precision: .day, kind: .visit, title: "t")
        }
        let windows = TimelinePages.windows(for: acts, capacity: 36, maxMonths: 6)
        #expect(windows.map(\.lowerBound.iso) == ["2022-01-01", "2023-03-01", "2023-11-01"])
        for w in windows { #expect((w.upperBound.year * 12 + w.upperBound.month) - (w.lowerBound.year * 12 + w.lowerBound.month) < 6) }
    }

    @Test("every page item lies inside its page; timeline pages repeat axis and legend")
    func pagesAreWhole() {
        let timeline = Fixtures.timeline(count: 1_500, days: 365, seed: 9)
        let document = layout.document(for: timeline, info: Fixtures.info)
        for page in document.pages {
            let bounds = Rect(x: 0, y: 0, width: page.width, height: page.height)
            for item in page.items {
                if case .anchor = item { continue }
                #expect(bounds.contains(item.bounds.insetBy(0.01)), "\(item)")
            }
        }
        let timelinePages = document.pages.filter { $0.width > $0.height }
        #expect(timelinePages.count > 2)
        for page in timelinePages {
            #expect(page.items.contains { if case .text(let t) = $0 { return t.role == .axis }; return false })
            #expect(page.items.contains { if case .text(let t) = $0 { return t.role == .legend }; return false })
        }
    }

    @Test("a chronology laid out by heights alone and completed page by page is the same document")
    func deferredEntries() {
        let timeline = Fixtures.timeline(count: 400, days: 300, seed: 8)
        let inline = layout.document(for: timeline, info: Fixtures.info)
        let heights = layout.chronologyEntryHeights(for: timeline)
        let deferred = layout.document(for: timeline, info: Fixtures.info, entries: .deferred(heights: { heights }))
        #expect(deferred.pages.count == inline.pages.count)
        #expect(deferred.pages.filter { !$0.isComplete }.count > 10)
        // Each entry (number, dot, date, kind, title, place, quote and its rule, sources, anchor) is not held.
        #expect(inline.pages.flatMap(\.items).count - deferred.pages.flatMap(\.items).count >= 8 * timeline.activities.count)
        let completed = deferred.completed(measurer: FixedMeasurer())
        #expect(completed.pages.allSatisfy { $0.isComplete })
        let same = completed == inline   // (compared outside #expect: a failure would print every item)
        #expect(same, "completed deferred pages differ from pages laid out at once")

        // A coloured page background goes first on every page: the reserved places move with it.
        var dark = Theme.default
        dark.colors.background = RGBA(0.1, 0.1, 0.12)
        let darkLayout = ReportLayout(theme: dark, measurer: FixedMeasurer())
        let darkInline = darkLayout.document(for: timeline, info: Fixtures.info)
        let darkDeferred = darkLayout.document(for: timeline, info: Fixtures.info, entries: .deferred(heights: { heights }))
        let darkSame = darkDeferred.completed(measurer: FixedMeasurer()) == darkInline
        #expect(darkSame, "with a page background, completed deferred pages differ")
    }

    @Test("every link points at an anchor that exists; outline has sections and months")
    func linksAndOutline() {
        let timeline = Fixtures.timeline(count: 200, days: 200, seed: 5)
        let document = layout.document(for: timeline, info: Fixtures.info)
        var anchors = Set<String>(), targets = Set<String>()
        for item in document.pages.flatMap(\.items) {
            if case .anchor(let a) = item { anchors.insert(a.name) }
            if case .link(let l) = item { targets.insert(l.target) }
        }
        #expect(!targets.isEmpty)
        #expect(targets.isSubset(of: anchors), "\(targets.subtracting(anchors).prefix(5))")
        let sections = document.outline.filter { $0.level == 0 }.map(\.title)
        for s in ["Overview timeline", "Detailed timeline", "Chronology", "Statistics", "Sources"] { #expect(sections.contains(s)) }
        #expect(document.outline.contains { $0.level == 1 && $0.title == "March 2023" })
        #expect(document.metadata.created == Fixtures.info.generated)
        for e in document.outline { #expect(document.pages.indices.contains(e.page)) }
    }

    @Test("the chronology has every activity, numbered in order, with date, kind, title, quote and sources")
    func chronology() {
        let timeline = Fixtures.timeline(count: 30, days: 60, seed: 11)
        let document = layout.document(for: timeline, info: Fixtures.info)
        let texts = document.pages.flatMap(\.items).compactMap { item -> String? in if case .text(let t) = item { return t.text }; return nil }
        for a in timeline.activities {
            #expect(texts.contains(a.dateText))
            #expect(texts.contains(a.title))
        }
        #expect(texts.contains { $0.hasPrefix("Sources: [") })
        #expect(texts.contains { $0.hasPrefix("“The Ombudsman said") })
        #expect(texts.contains("Statistics") && texts.contains("Activities per month"))
    }

    @Test("lanes: by location in the user's order, unknown places last, the rest gathered in Other places")
    func lanes() {
        let day = CalendarDay(iso: "2023-05-05")!
        func a(_ place: String?, _ n: Int) -> [Activity] {
            (0..<n).map { Activity(id: "\(place ?? "-")\($0)", start: day, end: day, precision: .day, kind: .visit, title: "t", location: place) }
        }
        let acts = a("Baku", 5) + a("Vienna", 2) + a(nil, 9) + a("Ganja", 3) + a("Geneva", 1)
        let lanes = LaneAssignment(activities: acts, grouping: .location, order: ["Vienna"], maxLanes: 4)
        #expect(lanes.lanes.map(\.name) == ["Vienna", "Baku", "Ganja", "Other places"])
        let all = LaneAssignment(activities: acts, grouping: .location, order: [], maxLanes: 8)
        #expect(all.lanes.last?.name == "Place not stated")
        let kinds = LaneAssignment(activities: acts, grouping: .kind, order: [], maxLanes: 1)
        #expect(kinds.lanes.map(\.name) == ["Visit"])
    }

    @Test("A4 and Letter, portrait and landscape")
    func paperSizes() throws {
        var theme = Theme.default
        #expect(abs(theme.pageWidth - 595.276) < 0.01)
        theme.page.size = .letter
        theme.page.orientation = .landscape
        #expect(theme.pageWidth == 792 && theme.pageHeight == 612)
        let doc = ReportLayout(theme: theme, measurer: FixedMeasurer()).document(for: Fixtures.timeline(count: 20, days: 40, seed: 1), info: Fixtures.info)
        #expect(doc.pages.allSatisfy { ($0.width == 792 && $0.height == 612) })
    }

    @Test("the default theme decodes from its YAML and has no problems; colours per kind")
    func theme() throws {
        let theme = Theme.default
        #expect(theme.problems.isEmpty)
        for kind in ActivityKind.allCases { #expect(theme.colors.kinds[kind.rawValue] != nil) }
        #expect(theme.color(for: .meeting) == RGBA(hex: "#D62728"))
        var bad = theme
        bad.sizes.body = 0
        #expect(bad.problems.contains { $0.key == "sizes.body" })
    }

    @Test("layout JSON carries pages and labelled text items")
    func layoutJSON() throws {
        let document = layout.document(for: Fixtures.timeline(count: 12, days: 30, seed: 2), info: Fixtures.info)
        let data = try LayoutJSON.encode(document.pages)
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let pages = root["pages"] as! [[String: Any]]
        #expect(pages.count == document.pages.count)
        let items = pages.flatMap { $0["items"] as! [[String: Any]] }
        let labels = items.filter { $0["type"] as? String == "text" && $0["role"] as? String == "label" }
        #expect(!labels.isEmpty)
        for key in ["x", "y", "width", "height", "text"] { #expect(labels[0][key] != nil) }
    }

    @Test("the same timeline lays out identically twice")
    func deterministic() {
        let t = Fixtures.timeline(count: 300, days: 100, seed: 8)
        #expect(layout.document(for: t, info: Fixtures.info) == layout.document(for: t, info: Fixtures.info))
    }
}
