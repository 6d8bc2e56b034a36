import NewsArticles
import TimelineModel

/// The overview of a large timeline as a density chart: one row per lane with a bar per month
/// (per day for short periods, per year for very long ones) whose height is the number of activities
/// anchored in it — readable on one page for any number of activities, where thousands of marks
/// and numbers would only overprint. Every activity stays in the detailed pages and the chronology;
/// each bar links to its month in the chronology.
///
/// ```swift
/// let page = pager.densityPage(heading: "Overview", window: whole, entries: numbered,
///                              pageWidth: 842, pageHeight: 595, kinds: kinds)
/// ```
extension TimelinePages {
    /// The bin unit of a density chart over `window`.
    enum DensityUnit { case day, month, year }

    static func densityUnit(_ window: ClosedRange<CalendarDay>) -> DensityUnit {
        let days = window.upperBound.ordinal - window.lowerBound.ordinal + 1
        if days <= 62 { return .day }
        let months = (window.upperBound.year * 12 + window.upperBound.month) - (window.lowerBound.year * 12 + window.lowerBound.month) + 1
        return months <= 300 ? .month : .year
    }

    /// First day of the bin holding `day`.
    static func binStart(_ day: CalendarDay, _ unit: DensityUnit) -> CalendarDay {
        switch unit {
        case .day: return day
        case .month: return CalendarDay.firstOf(month: day.month, year: day.year)!
        case .year: return CalendarDay(year: day.year, month: 1, day: 1)!
        }
    }

    static func binEnd(_ start: CalendarDay, _ unit: DensityUnit) -> CalendarDay {
        switch unit {
        case .day: return start
        case .month: return CalendarDay.lastOf(month: start.month, year: start.year)!
        case .year: return CalendarDay(year: start.year, month: 12, day: 31)!
        }
    }

    /// One page: heading, axis, a bar row per lane on a common vertical scale, and a note on reading it.
    public func densityPage(heading: String, window: ClosedRange<CalendarDay>, entries: [NumberedActivity],
                            pageWidth: Double, pageHeight: Double) -> LaidOutPage {
        let m = theme.page.margins
        let width = pageWidth - m.left - m.right
        let scale = TimeScale(window: window, x0: m.left, width: width)
        let layout = LaneLayout(theme: theme, measurer: measurer, scale: scale, lanes: lanes, labelRows: 0, mode: .numbers)
        let unit = Self.densityUnit(window)
        let unitName: String
        switch unit { case .day: unitName = "day"; case .month: unitName = "month"; case .year: unitName = "year" }

        // Counts per lane and bin (bins keyed by their first day's ordinal).
        var counts = Array(repeating: [Int: Int](), count: lanes.lanes.count)
        var laneTotals = Array(repeating: 0, count: lanes.lanes.count)
        for e in entries {
            let lane = lanes.laneIndex(of: e.activity)
            let bin = Self.binStart(Self.anchorDay(e.activity), unit).ordinal
            counts[lane][bin, default: 0] += 1
            laneTotals[lane] += 1
        }
        var chronologyMonths = Set<Int>()
        for e in entries { chronologyMonths.insert(CalendarDay.firstOf(month: e.activity.end.month, year: e.activity.end.year)!.ordinal) }
        let peak = max(1, counts.map { $0.values.max() ?? 0 }.max() ?? 1)

        var items: [PageItem] = []
        let headingStyle = theme.style(\.subheading, bold: true, color: theme.colors.accent)
        let title = heading + " · " + Self.windowText(window)
        let hs = measurer.measure(title, style: headingStyle, wrapWidth: width)
        items.append(.text(TextRun(role: .heading, frame: Rect(x: m.left, y: m.top, width: width, height: hs.height),
                                   text: title, style: headingStyle, wraps: true)))
        var y = m.top + hs.height + 4
        let noteStyle = theme.style(\.small, color: theme.colors.muted)
        let note = "\(ReportLayout.grouped(entries.count)) activities: each bar is one \(unitName), its height the number of activities "
            + "(tallest bar: \(peak)). Every activity is drawn on the detailed timeline pages and listed in the chronology."
        let ns = measurer.measure(note, style: noteStyle, wrapWidth: width)
        items.append(.text(TextRun(role: .legend, frame: Rect(x: m.left, y: y, width: width, height: ns.height), text: note, style: noteStyle, wraps: true)))
        y += ns.height + 6
        let axis = layout.axisBlock()
        items += axis.placed(atY: y)
        y += axis.height

        let used = lanes.lanes.indices.filter { laneTotals[$0] > 0 }
        let headerStyle0 = theme.style(\.small, bold: true)
        let headerH = measurer.measure("Ag", style: headerStyle0, wrapWidth: nil).height + 3
        let available = pageHeight - m.bottom - 8 - y
        let laneH = min(60, max(headerH + 8, available / Double(max(1, used.count))))
        let barMax = laneH - headerH - 3
        var blocks: [FigureBlock] = []
        for (n, i) in used.enumerated() {
            let lane = lanes.lanes[i]
            let colour = lane.kind.map(theme.color(for:)) ?? theme.colors.accent
            var back: [PageItem] = []
            if n % 2 == 0 {
                back.append(.rect(RectItem(frame: Rect(x: scale.x0, y: 0, width: scale.width, height: laneH), fill: theme.colors.band)))
            }
            var block: [PageItem] = []
            let busiest = counts[i].max { ($0.value, -$0.key) < ($1.value, -$1.key) }
            var header = lane.name + " · " + ReportLayout.grouped(laneTotals[i])
            if let busiest, busiest.value > 1 {
                let day = CalendarDay(ordinal: busiest.key)
                let when: String
                switch unit { case .day: when = DateText.day(day); case .month: when = DateText.month(day); case .year: when = String(day.year) }
                header += " · most in one \(unitName): \(busiest.value) (\(when))"
            }
            let headerStyle = theme.style(\.small, bold: true, color: lane.kind.map(theme.color(for:)) ?? theme.colors.text)
            let hsz = measurer.measure(header, style: headerStyle, wrapWidth: nil)
            block.append(.text(TextRun(role: .lane, frame: Rect(x: scale.x0 + 3, y: 1.5, width: min(hsz.width, scale.width - 3), height: hsz.height),
                                       text: header, style: headerStyle)))
            let base = laneH - 2
            for (start, count) in counts[i].sorted(by: { $0.key < $1.key }) {
                let first = CalendarDay(ordinal: start), last = Self.binEnd(first, unit)
                let x0 = scale.clamp(scale.x(first)), x1 = scale.clamp(scale.xEnd(last))
                let w = max(0.6, (x1 - x0) * 0.82)
                let h = max(0.8, barMax * Double(count) / Double(peak))
                let frame = Rect(x: x0 + (x1 - x0 - w) / 2, y: base - h, width: w, height: h)
                block.append(.rect(RectItem(frame: frame, fill: colour, role: .chart)))
                if unit != .year, chronologyMonths.contains(Self.binStart(first, .month).ordinal) {
                    block.append(.link(LinkItem(frame: Rect(x: x0, y: headerH, width: max(0.6, x1 - x0), height: base - headerH),
                                                target: ChronologyAnchors.month(Self.binStart(first, .month)))))
                }
            }
            block.append(.line(LineItem(from: Point(scale.x0, base), to: Point(scale.x1, base), color: theme.colors.rule, width: 0.4)))
            blocks.append(FigureBlock(height: laneH, items: block, background: back))
        }
        let part = layout.stacked(blocks[...], atY: y)
        items += part.items
        y = part.bottom
        items.append(.line(LineItem(from: Point(m.left, y), to: Point(m.left + width, y), color: theme.colors.rule, width: 0.5)))
        return LaidOutPage(width: pageWidth, height: pageHeight, items: items)
    }
}
