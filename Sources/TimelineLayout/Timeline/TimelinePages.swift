import NewsArticles
import TimelineModel

/// Splits a period into page windows at tick boundaries and lays out timeline pages: each page
/// repeats its heading, axis and legend; lanes are whole blocks, never cut by the page edge.
///
/// ```swift
/// let pager = TimelinePages(theme: theme, measurer: measurer, lanes: assignment)
/// let windows = TimelinePages.windows(for: numbered, capacity: 36)
/// let pages = pager.pages(heading: "Detailed timeline", window: windows[0], entries: numbered, labelAll: false)
/// ```
public struct TimelinePages {
    public var theme: Theme
    public var measurer: any TextMeasuring
    public var lanes: LaneAssignment

    public init(theme: Theme, measurer: any TextMeasuring, lanes: LaneAssignment) {
        self.theme = theme; self.measurer = measurer; self.lanes = lanes
    }

    /// The day a label belongs to: the start of a span, the end otherwise.
    public static func anchorDay(_ a: Activity) -> CalendarDay {
        switch a.precision {
        case .day, .onOrBefore: return a.end
        default: return LaneLayout.period(of: a).0
        }
    }

    /// The whole period any mark covers, widened to tick boundaries (month, week or a few days).
    public static func overviewWindow(for activities: [Activity]) -> ClosedRange<CalendarDay>? {
        guard let lo = activities.map({ LaneLayout.period(of: $0).0 }).min(),
              let hi = activities.map({ LaneLayout.period(of: $0).1 }).max() else { return nil }
        let span = hi.ordinal - lo.ordinal + 1
        if span > 62 {
            return CalendarDay.firstOf(month: lo.month, year: lo.year)!...CalendarDay.lastOf(month: hi.month, year: hi.year)!
        }
        if span > 10 { return lo.adding(days: -(lo.weekday - 1))...hi.adding(days: 7 - hi.weekday) }
        return lo.adding(days: -1)...hi.adding(days: 1)
    }

    /// Page windows at tick boundaries: months (weeks or days for short periods); a month with more
    /// than `capacity` activities is cut into days. Neighbouring units
    /// are then merged while a page holds at most `capacity` labelled activities and spans at most
    /// `maxMonths` months; stretches with no activity get no page. A crowded day
    /// stays one window: its marks stack and cluster, labels fall back to numbers.
    public static func windows(for activities: [Activity], capacity: Int, maxMonths: Int = 6) -> [ClosedRange<CalendarDay>] {
        guard let whole = overviewWindow(for: activities) else { return [] }
        let cap = max(1, capacity)
        let span = whole.upperBound.ordinal - whole.lowerBound.ordinal + 1
        // Anchor days, sorted, so any unit's count is two binary searches.
        let anchors = activities.map { anchorDay($0).ordinal }.sorted()
        func count(_ w: ClosedRange<CalendarDay>) -> Int {
            lowerBound(anchors, w.upperBound.ordinal + 1) - lowerBound(anchors, w.lowerBound.ordinal)
        }
        var units: [ClosedRange<CalendarDay>] = []
        func split(_ w: ClosedRange<CalendarDay>, level: Int) {
            if count(w) <= cap || w.lowerBound == w.upperBound { units.append(w); return }
            if level == 0 && w.lowerBound.day == 1 && w.upperBound.ordinal - w.lowerBound.ordinal > 7 {
                // A crowded month is cut into days; the merge below joins neighbouring days into
                // full pages again, so pages stay as full as the capacity allows.
                var d = w.lowerBound
                while d <= w.upperBound { units.append(d...d); d = d.adding(days: 1) }
                return
            }
            if level == 1 && w.upperBound.ordinal - w.lowerBound.ordinal < 7 && count(w) > 4 * cap {
                // Short periods (a few weeks in all) are cut into days when very crowded.
                var d = w.lowerBound
                while d <= w.upperBound { units.append(d...d); d = d.adding(days: 1) }
                return
            }
            units.append(w)
        }
        var d = whole.lowerBound
        while d <= whole.upperBound {
            let next = span > 62 ? d.adding(months: 1) : (span > 10 ? d.adding(days: 7) : d.adding(days: 1))
            split(d...min(whole.upperBound, next.adding(days: -1)), level: span > 62 ? 0 : 1)
            d = next
        }
        func months(_ a: CalendarDay, _ b: CalendarDay) -> Int { (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1 }
        var result: [ClosedRange<CalendarDay>] = []
        var i = 0
        while i < units.count {
            var j = i, total = count(units[i])
            // A page starts where something is anchored (the overview shows the whole period).
            if total == 0 { i += 1; continue }
            while j + 1 < units.count && total + count(units[j + 1]) <= cap
                    && months(units[i].lowerBound, units[j + 1].upperBound) <= max(1, maxMonths) {
                j += 1; total += count(units[j])
            }
            while j > i && count(units[j]) == 0 { j -= 1 }
            result.append(units[i].lowerBound...units[j].upperBound)
            i = j + 1
        }
        return result
    }

    static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func unitIndex(of day: CalendarDay, starts: [CalendarDay]) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= day { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The activities drawn in each window (in the windows' order): those anchored there, and date
    /// ranges continuing from or into it. Approximate periods (week, month, year) appear only where
    /// they are anchored: a year-long bracket on every page of a year would say nothing.
    public static func distribute(_ entries: [NumberedActivity], over windows: [ClosedRange<CalendarDay>]) -> [[NumberedActivity]] {
        var result = Array(repeating: [NumberedActivity](), count: windows.count)
        guard !windows.isEmpty else { return result }
        let starts = windows.map(\.lowerBound)
        for e in entries {
            let anchor = unitIndex(of: anchorDay(e.activity), starts: starts)
            guard e.activity.precision == .range else {
                if windows[anchor].contains(anchorDay(e.activity)) { result[anchor].append(e) }
                continue
            }
            let (a, b) = LaneLayout.period(of: e.activity)
            let lo = unitIndex(of: a, starts: starts), hi = unitIndex(of: b, starts: starts)
            for k in lo...max(lo, hi) where windows[k].overlaps(a...b) { result[k].append(e) }
        }
        return result
    }

    /// The legend: kind colours present and what each mark shape means.
    /// `compact` (detailed pages): shorter wording, and no kind colours when lanes are the kinds
    /// (their headers already name them in their colour).
    public func legendBlock(width: Double, kinds: [ActivityKind], x0: Double, compact: Bool = false) -> FigureBlock {
        let style = theme.style(\.small, color: theme.colors.muted)
        let r = theme.timeline.markRadius
        var items: [PageItem] = []
        var x = x0, y = 2.0
        let lineH = measurer.measure("Ag", style: style, wrapWidth: nil).height
        func entry(_ symbolWidth: Double, _ text: String, _ symbol: (Double, Double) -> [PageItem]) {
            let w = measurer.measure(text, style: style, wrapWidth: nil).width
            if x + symbolWidth + 3 + w > x0 + width && x > x0 { x = x0; y += lineH + 3 }
            items.append(contentsOf: symbol(x, y + lineH / 2))
            items.append(.text(TextRun(role: .legend, frame: Rect(x: x + symbolWidth + 3, y: y, width: w, height: lineH), text: text, style: style)))
            x += symbolWidth + 3 + w + 12
        }
        let showKinds = !(compact && lanes.grouping == .kind)
        if showKinds {
            for kind in kinds {
                entry(2 * r, kind.label) { sx, cy in [.circle(CircleItem(center: Point(sx + r, cy), radius: r, fill: self.theme.color(for: kind)))] }
            }
            x = x0; y += lineH + 4
        }
        let c = theme.colors.muted
        entry(2 * r, "one day") { sx, cy in [.circle(CircleItem(center: Point(sx + r, cy), radius: r, fill: c))] }
        entry(18, "date range") { sx, cy in
            [.rect(RectItem(frame: Rect(x: sx, y: cy - r * 0.65, width: 18, height: r * 1.3), fill: c)),
             .line(LineItem(from: Point(sx + 0.4, cy - r), to: Point(sx + 0.4, cy + r), color: c, width: 0.8)),
             .line(LineItem(from: Point(sx + 17.6, cy - r), to: Point(sx + 17.6, cy + r), color: c, width: 0.8))]
        }
        entry(18, compact ? "week, month or year" : "week, month or year (date not exact)") { sx, cy in
            [.rect(RectItem(frame: Rect(x: sx, y: cy - r * 0.8, width: 18, height: r * 1.6), fill: c.lighter(0.7))),
             .path(PathItem(points: [Point(sx + 1.5, cy - r * 0.8), Point(sx, cy - r * 0.8), Point(sx, cy + r * 0.8), Point(sx + 1.5, cy + r * 0.8)], closed: false, fill: nil, stroke: c, lineWidth: 0.8)),
             .path(PathItem(points: [Point(sx + 16.5, cy - r * 0.8), Point(sx + 18, cy - r * 0.8), Point(sx + 18, cy + r * 0.8), Point(sx + 16.5, cy + r * 0.8)], closed: false, fill: nil, stroke: c, lineWidth: 0.8))]
        }
        entry(20, compact ? "on or before the article's date" : "on or before the publication date (no date in the text; the whisker points back in time)") { sx, cy in
            [.line(LineItem(from: Point(sx, cy), to: Point(sx + 20 - 2 * r, cy), color: c, width: 1.1, dash: [2, 1.5])),
             .line(LineItem(from: Point(sx, cy - r * 0.7), to: Point(sx, cy + r * 0.7), color: c, width: 0.8)),
             .circle(CircleItem(center: Point(sx + 20 - r, cy), radius: r * 0.9, fill: .white, stroke: c, lineWidth: 1.4))]
        }
        entry(2 * r * 1.9, compact ? "several at one spot" : "several activities at one spot") { sx, cy in
            [.circle(CircleItem(center: Point(sx + r * 1.9, cy), radius: r * 1.9, fill: self.theme.colors.accent))]
        }
        entry(0, "Numbers refer to the chronology.") { _, _ in [] }
        return FigureBlock(height: y + lineH + 3, items: items)
    }

    /// Timeline pages for one window: heading, axis, lanes (continuing on further pages), legend.
    public func pages(heading: String, window: ClosedRange<CalendarDay>, entries: [NumberedActivity], labelAll: Bool,
                      labelRows: Int, mode: LaneLayout.LabelMode, pageWidth: Double, pageHeight: Double,
                      kinds: [ActivityKind]) -> [LaidOutPage] {
        let m = theme.page.margins
        let width = pageWidth - m.left - m.right
        let scale = TimeScale(window: window, x0: m.left, width: width)
        let layout = LaneLayout(theme: theme, measurer: measurer, scale: scale, lanes: lanes, labelRows: labelRows, mode: mode)
        let headingStyle = theme.style(\.subheading, bold: true, color: theme.colors.accent)
        let period = Self.windowText(window)
        let axis = layout.axisBlock()
        let legend = legendBlock(width: width, kinds: kinds, x0: m.left, compact: !labelAll)
        let lanesBlocks = layout.laneBlocks(for: entries) { a in
            labelAll || window.contains(Self.anchorDay(a))
        }
        let bottom = pageHeight - m.bottom - legend.height - 6
        var pages: [LaidOutPage] = []
        var index = 0
        repeat {
            var items: [PageItem] = []
            let title = heading + " · " + period + (pages.isEmpty ? "" : " (continued)")
            let hs = measurer.measure(title, style: headingStyle, wrapWidth: width)
            items.append(.text(TextRun(role: .heading, frame: Rect(x: m.left, y: m.top, width: width, height: hs.height),
                                       text: title, style: headingStyle, wraps: true)))
            var y = m.top + hs.height + 6
            items.append(contentsOf: axis.placed(atY: y))
            y += axis.height
            if lanesBlocks.isEmpty {
                let note = theme.style(\.body, color: theme.colors.muted)
                let s = measurer.measure("No activities in this period.", style: note, wrapWidth: nil)
                items.append(.text(TextRun(role: .note, frame: Rect(x: m.left, y: y + 10, width: s.width, height: s.height),
                                           text: "No activities in this period.", style: note)))
            }
            let first = index
            var end = y
            while index < lanesBlocks.count && (end + lanesBlocks[index].height <= bottom || index == first) {
                end += lanesBlocks[index].height
                index += 1
            }
            let lanesPart = layout.stacked(lanesBlocks[first..<index], atY: y)
            items.append(contentsOf: lanesPart.items)
            y = lanesPart.bottom
            items.append(.line(LineItem(from: Point(m.left, y), to: Point(m.left + width, y), color: theme.colors.rule, width: 0.5)))
            items.append(contentsOf: legend.placed(atY: pageHeight - m.bottom - legend.height))
            pages.append(LaidOutPage(width: pageWidth, height: pageHeight, items: items).compacted())
        } while index < lanesBlocks.count
        return pages
    }

    /// `October 2023`, `October – December 2023`, `9–29 October 2023`, `2019 – 2023`.
    public static func windowText(_ w: ClosedRange<CalendarDay>) -> String {
        let a = w.lowerBound, b = w.upperBound
        let wholeMonths = a.day == 1 && b == CalendarDay.lastOf(month: b.month, year: b.year)!
        if wholeMonths {
            if a.year == b.year && a.month == b.month { return DateText.month(a) }
            if a.year == b.year { return "\(DateText.monthName(a.month)) – \(DateText.month(b))" }
            return "\(DateText.month(a)) – \(DateText.month(b))"
        }
        if a == b { return DateText.day(a) }
        if a.year == b.year && a.month == b.month { return "\(a.day)–\(b.day) \(DateText.month(b))" }
        if a.year == b.year { return "\(a.day) \(DateText.monthName(a.month)) – \(DateText.day(b))" }
        return "\(DateText.day(a)) – \(DateText.day(b))"
    }
}
