import Foundation
import NewsArticles
import TimelineModel

/// Lays out the axis and the lanes of one time window: marks by precision, tracks so marks do not
/// overlap, clusters where many activities share one spot, and labels placed by ``LabelRows``.
///
/// ```swift
/// let lanes = LaneLayout(theme: theme, measurer: measurer, scale: scale, lanes: assignment, labelRows: 8, mode: .titles)
/// let axis = lanes.axisBlock()
/// let blocks = lanes.laneBlocks(for: numbered)   // one block per non-empty lane
/// ```
public struct LaneLayout {
    public enum LabelMode: Sendable { case titles, numbers }

    public var theme: Theme
    public var measurer: any TextMeasuring
    public var scale: TimeScale
    public var lanes: LaneAssignment
    public var labelRows: Int
    public var mode: LabelMode
    public let axis: Axis

    public init(theme: Theme, measurer: any TextMeasuring, scale: TimeScale, lanes: LaneAssignment, labelRows: Int, mode: LabelMode) {
        self.theme = theme; self.measurer = measurer; self.scale = scale; self.lanes = lanes
        self.labelRows = labelRows; self.mode = mode
        axis = Axis.choose(for: scale, table: .standard, measurer: measurer, style: theme.style(\.tick),
                           spacing: theme.timeline.minTickSpacing)
    }

    var radius: Double { theme.timeline.markRadius }
    var labelStyle: TextStyle { theme.style(\.label) }

    // MARK: Axis

    /// Minor labels, the major labels below them, and the axis line with its ticks.
    public func axisBlock() -> FigureBlock {
        let minorStyle = theme.style(\.tick, color: theme.colors.muted)
        let majorStyle = theme.style(\.tick, bold: true)
        let lineH = measurer.measure("0", style: minorStyle, wrapWidth: nil).height
        var items: [PageItem] = []
        let minorY = 2.0, majorY = minorY + lineH + 1, lineY = majorY + lineH + 3
        var lastEnd = -Double.infinity
        for tick in axis.ticks {
            let size = measurer.measure(tick.minor, style: minorStyle, wrapWidth: nil)
            let x = tick.x + 2
            if x >= lastEnd && x + size.width <= scale.x1 {
                items.append(.text(TextRun(role: .tick, frame: Rect(x: x, y: minorY, width: size.width, height: size.height),
                                           text: tick.minor, style: minorStyle)))
                lastEnd = x + size.width + theme.timeline.minTickSpacing
            }
            items.append(.line(LineItem(from: Point(tick.x, tick.isMajor ? minorY : lineY - 4), to: Point(tick.x, lineY),
                                        color: tick.isMajor ? theme.colors.muted : theme.colors.rule, width: tick.isMajor ? 0.8 : 0.5)))
        }
        var majors: [(Double, String)] = []
        if let lead = axis.leadingMajor { majors.append((scale.x0 + 2, lead)) }
        for tick in axis.ticks { if let m = tick.major { majors.append((tick.x + 2, m)) } }
        lastEnd = -Double.infinity
        for (x, text) in majors {
            let size = measurer.measure(text, style: majorStyle, wrapWidth: nil)
            guard x >= lastEnd, x + size.width <= scale.x1 else { continue }
            items.append(.text(TextRun(role: .axis, frame: Rect(x: x, y: majorY, width: size.width, height: size.height),
                                       text: text, style: majorStyle)))
            lastEnd = x + size.width + theme.timeline.minTickSpacing * 2
        }
        items.append(.line(LineItem(from: Point(scale.x0, lineY), to: Point(scale.x1, lineY), color: theme.colors.muted, width: 0.8)))
        return FigureBlock(height: lineY + 2, items: items)
    }

    // MARK: Lanes

    /// A mark as laid out before tracks are known.
    struct Mark {
        enum Shape { case dot, bar, bracket, before(whiskerX: Double), cluster(count: Int) }
        var shape: Shape
        var x0: Double, x1: Double
        /// Where the leader line leaves the mark.
        var anchorX: Double
        var members: [NumberedActivity]
        var clippedLeft = false, clippedRight = false
        var labelled: Bool
        var track = 0
    }

    /// One block per lane that has activities in the window, in lane order.
    /// `labelled(a)` says whether the activity's label belongs on this page (its anchor day is here).
    public func laneBlocks(for entries: [NumberedActivity], labelled: (Activity) -> Bool) -> [FigureBlock] {
        var byLane = Array(repeating: [NumberedActivity](), count: lanes.lanes.count)
        for e in entries { byLane[lanes.laneIndex(of: e.activity)].append(e) }
        var blocks: [FigureBlock] = []
        for (i, members) in byLane.enumerated() where !members.isEmpty {
            blocks.append(laneBlock(lane: lanes.lanes[i], entries: members, labelled: labelled, shaded: blocks.count % 2 == 0))
        }
        return blocks
    }

    func marks(for entries: [NumberedActivity], labelled: (Activity) -> Bool) -> [Mark] {
        let r = radius
        var points: [(x: Double, e: NumberedActivity, before: Double?)] = []
        var marks: [Mark] = []
        for e in entries {
            let a = e.activity
            switch a.precision {
            case .day:
                points.append((scale.center(of: a.end), e, nil))
            case .onOrBefore:
                let cx = scale.center(of: a.end)
                let reach = max(Double(theme.timeline.beforeWhiskerDays) * scale.pointsPerDay, 4 * r)
                points.append((cx, e, scale.clamp(cx - reach)))
            case .range, .week, .month, .year:
                let (first, last) = Self.period(of: a)
                let rawL = scale.x(first), rawR = scale.xEnd(last)
                var xl = scale.clamp(rawL), xr = scale.clamp(rawR)
                if xr - xl < 2 * r { let c = (xl + xr) / 2; xl = max(scale.x0, c - r); xr = min(scale.x1, xl + 2 * r); xl = xr - 2 * r }
                marks.append(Mark(shape: a.precision == .range ? .bar : .bracket, x0: xl, x1: xr, anchorX: min(xl + r, xr),
                                  members: [e], clippedLeft: rawL < scale.x0 - 0.01, clippedRight: rawR > scale.x1 + 0.01,
                                  labelled: labelled(a)))
            }
        }
        points.sort { ($0.x, $0.e.number) < ($1.x, $1.e.number) }
        var i = 0
        while i < points.count {
            var j = i + 1
            while j < points.count && points[j].x - points[i].x <= r * 0.9 { j += 1 }
            let group = points[i..<j]
            if group.count > theme.timeline.stackLimit {
                let cx = (group.first!.x + group.last!.x) / 2, cr = r * 1.9
                marks.append(Mark(shape: .cluster(count: group.count), x0: cx - cr, x1: cx + cr, anchorX: cx,
                                  members: group.map(\.e), labelled: group.contains { labelled($0.e.activity) }))
            } else {
                for p in group {
                    let x0 = p.before.map { min($0, p.x - r) } ?? p.x - r
                    marks.append(Mark(shape: p.before.map { .before(whiskerX: $0) } ?? .dot, x0: x0, x1: p.x + r, anchorX: p.x,
                                      members: [p.e], labelled: labelled(p.e.activity)))
                }
            }
            i = j
        }
        return marks
    }

    /// First and last day an activity's mark spans.
    static func period(of a: Activity) -> (CalendarDay, CalendarDay) {
        if let s = a.start { return (s, a.end) }
        let e = a.end
        switch a.precision {
        case .week: return (e.adding(days: -(e.weekday - 1)), e.adding(days: 7 - e.weekday))
        case .month: return (CalendarDay.firstOf(month: e.month, year: e.year)!, CalendarDay.lastOf(month: e.month, year: e.year)!)
        case .year: return (CalendarDay(year: e.year, month: 1, day: 1)!, CalendarDay(year: e.year, month: 12, day: 31)!)
        default: return (e, e)
        }
    }

    func laneBlock(lane: Lane, entries: [NumberedActivity], labelled: (Activity) -> Bool, shaded: Bool) -> FigureBlock {
        let t = theme.timeline, r = radius
        var marks = marks(for: entries, labelled: labelled)
        // Tracks: interval scheduling, first track whose last mark ends before this one starts.
        marks.sort { ($0.x0, $0.members[0].number) < ($1.x0, $1.members[0].number) }
        var trackEnds: [Double] = []
        for k in marks.indices {
            if let free = trackEnds.firstIndex(where: { $0 + 1.5 <= marks[k].x0 }) {
                marks[k].track = free
            } else if trackEnds.count < max(1, t.maxTracks) {
                marks[k].track = trackEnds.count
                trackEnds.append(-.infinity)
            } else {
                marks[k].track = trackEnds.indices.min { trackEnds[$0] < trackEnds[$1] }!
            }
            trackEnds[marks[k].track] = max(trackEnds[marks[k].track], marks[k].x1)
        }
        let headerStyle = theme.style(\.small, bold: true, color: lane.kind.map(theme.color(for:)) ?? theme.colors.text)
        let headerH = measurer.measure(lane.name, style: headerStyle, wrapWidth: nil).height + 4
        let trackH = t.trackHeight
        let tracksTop = headerH
        let labelsTop = tracksTop + Double(max(1, trackEnds.count)) * trackH + 3
        let lineH = measurer.measure("Ag", style: labelStyle, wrapWidth: nil).height
        let rowH = lineH + 2

        // Labels, right to left.
        var rows = LabelRows(count: labelRows, left: scale.x0, right: scale.x1, gap: 4)
        var order = marks.indices.filter { marks[$0].labelled }
        order.sort { (marks[$0].anchorX, -marks[$0].members[0].number) > (marks[$1].anchorX, -marks[$1].members[0].number) }
        var labels: [(mark: Int, row: Int, x: Double, text: String, size: TextSize, bold: Bool)] = []
        var unplaced = 0
        for (position, k) in order.enumerated() {
            let m = marks[k]
            // The leader of the next mark to the left: a label set left of this leader across it
            // would leave that neighbour only the rows above the label.
            let nextLeader = order[(position + 1)...].lazy.map { marks[$0].anchorX }.first { $0 < m.anchorX } ?? -Double.infinity
            func leftAllowed(_ width: Double) -> Bool {
                m.anchorX - LabelRows.leaderGap - width >= nextLeader + rows.gap
            }
            // (text, bold, may go left of its leader), in order of preference.
            var candidates: [(String, Bool, Bool)] = []
            var placed = false
            func tryPlace(_ text: String, bold: Bool, left: Bool, maxWidth: Double) -> Bool {
                let style = bold ? theme.style(\.label, bold: true) : labelStyle
                let (fitted, size) = fit(text, style: style, maxWidth: maxWidth)
                // Left of the leader, a label spanning the next mark's leader must leave that mark row 0.
                if let spot = rows.place(leaderX: m.anchorX, width: size.width, allowLeft: left,
                                         leftFromRow: leftAllowed(size.width) ? 0 : 1) {
                    labels.append((k, spot.row, spot.x, fitted, size, bold))
                    return true
                }
                return false
            }
            let widest = min(t.labelMaxWidth, scale.width)
            switch m.shape {
            case .cluster(let count):
                candidates.append(("\(count) activities" + clusterDate(m.members), true, true))
                candidates.append(("\(count)×", true, true))
            default:
                if mode == .titles {
                    let title = m.members[0].activity.title
                    // The whole title in any row it fits (right of its leader, or left near the edge),
                    // even beyond label_max_width: a label only takes free room right of its own leader …
                    placed = tryPlace(title, bold: false, left: true, maxWidth: scale.width)
                    // … else shortened as little as the widest free row allows …
                    if !placed, let room = rows.widestRoom(leaderX: m.anchorX), room.width >= min(60, widest) {
                        placed = tryPlace(title, bold: false, left: false, maxWidth: min(widest, room.width))
                    }
                }
                candidates.append((String(m.members[0].number), false, true))
            }
            // … else its number (or a cluster's count).
            for (text, bold, left) in candidates where !placed {
                placed = tryPlace(text, bold: bold, left: left, maxWidth: widest)
            }
            if !placed { unplaced += m.members.count }
        }
        let rowsUsed = rows.usedRows
        let height = labelsTop + Double(rowsUsed) * rowH + (rowsUsed > 0 ? 4 : 2)

        var items: [PageItem] = []
        var background: [PageItem] = []
        if shaded {
            background.append(.rect(RectItem(frame: Rect(x: scale.x0, y: 0, width: scale.width, height: height), fill: theme.colors.band)))
        }
        var header = lane.name + " · \(entries.count)"
        if unplaced > 0 { header += " (\(unplaced) not labelled here, see the chronology)" }
        let hs = measurer.measure(header, style: headerStyle, wrapWidth: nil)
        items.append(.text(TextRun(role: .lane, frame: Rect(x: scale.x0 + 3, y: 2, width: min(hs.width, scale.width - 3), height: hs.height),
                                   text: header, style: headerStyle)))

        for m in marks {
            items.append(contentsOf: markItems(m, cy: tracksTop + (Double(m.track) + 0.5) * trackH))
        }
        // Every leader line first, then every label over them: the leaders make one path when drawn,
        // and no leader is drawn over a label.
        for l in labels {
            let m = marks[l.mark]
            let cy = tracksTop + (Double(m.track) + 0.5) * trackH
            let markBottom: Double
            if case .cluster = m.shape { markBottom = cy + r * 1.9 } else { markBottom = cy + r }
            let top = labelsTop + Double(l.row) * rowH
            items.append(.line(LineItem(from: Point(m.anchorX, markBottom + 0.5), to: Point(m.anchorX, top + 1 + l.size.height / 2),
                                        color: theme.colors.muted, width: 0.4, role: .leader)))
        }
        for l in labels {
            let m = marks[l.mark]
            let top = labelsTop + Double(l.row) * rowH
            let frame = Rect(x: l.x, y: top + 1, width: l.size.width, height: l.size.height)
            let colour = m.members.count == 1 ? theme.colors.text : theme.colors.accent
            items.append(.text(TextRun(role: .label, frame: frame, text: l.text,
                                       style: l.bold ? theme.style(\.label, bold: true, color: colour) : theme.style(\.label, color: colour))))
            items.append(.link(LinkItem(frame: frame, target: ChronologyAnchors.activity(m.members[0].number))))
        }
        return FigureBlock(height: height, items: items, background: background)
    }

    /// The vertical grid at the axis ticks from `top` to `bottom`: drawn once per page, over the
    /// lanes' bands and under their marks and labels.
    public func gridItems(top: Double, bottom: Double) -> [PageItem] {
        guard bottom > top else { return [] }
        return axis.ticks.map { tick in
            .line(LineItem(from: Point(tick.x, top), to: Point(tick.x, bottom),
                           color: tick.isMajor ? theme.colors.rule : theme.colors.grid, width: tick.isMajor ? 0.6 : 0.4))
        }
    }

    /// Lane blocks stacked from `top`: their bands, the grid over all of them, then their items.
    /// Returns the items and the bottom.
    public func stacked(_ blocks: ArraySlice<FigureBlock>, atY top: Double) -> (items: [PageItem], bottom: Double) {
        var y = top
        var back: [PageItem] = [], front: [PageItem] = []
        for b in blocks {
            back += b.placedBackground(atY: y)
            front += b.placedItems(atY: y)
            y += b.height
        }
        return (back + gridItems(top: top, bottom: y) + front, y)
    }

    func clusterDate(_ members: [NumberedActivity]) -> String {
        let days = members.map(\.activity.end)
        guard let lo = days.min(), let hi = days.max() else { return "" }
        if lo == hi { return ", \(lo.day) \(DateText.shortMonthName(lo.month))" }
        return ""
    }

    func markItems(_ m: Mark, cy: Double) -> [PageItem] {
        let r = radius
        let a = m.members[0].activity
        let colour = m.members.count == 1 ? theme.color(for: a.kind) : clusterColour(m.members)
        var items: [PageItem] = []
        switch m.shape {
        case .dot:
            items.append(.circle(CircleItem(center: Point(m.anchorX, cy), radius: r, fill: colour, stroke: .white, lineWidth: 0.6, role: .mark)))
        case .before(let wx):
            items.append(.line(LineItem(from: Point(wx, cy), to: Point(m.anchorX - r, cy), color: colour, width: 1.1, dash: [2, 1.5], role: .mark)))
            items.append(.line(LineItem(from: Point(wx, cy - r * 0.7), to: Point(wx, cy + r * 0.7), color: colour, width: 0.8, role: .mark)))
            items.append(.circle(CircleItem(center: Point(m.anchorX, cy), radius: r * 0.9, fill: .white, stroke: colour, lineWidth: 1.4, role: .mark)))
        case .bar:
            let h = r * 1.3
            items.append(.rect(RectItem(frame: Rect(x: m.x0, y: cy - h / 2, width: m.x1 - m.x0, height: h), fill: colour, role: .mark)))
            if !m.clippedLeft {
                items.append(.line(LineItem(from: Point(m.x0 + 0.4, cy - r), to: Point(m.x0 + 0.4, cy + r), color: colour, width: 0.8, role: .mark)))
            }
            if !m.clippedRight {
                items.append(.line(LineItem(from: Point(m.x1 - 0.4, cy - r), to: Point(m.x1 - 0.4, cy + r), color: colour, width: 0.8, role: .mark)))
            }
        case .bracket:
            let h = r * 1.6
            items.append(.rect(RectItem(frame: Rect(x: m.x0, y: cy - h / 2, width: m.x1 - m.x0, height: h), fill: colour.lighter(0.7), role: .mark)))
            let top = cy - h / 2, bottom = cy + h / 2
            items.append(.path(PathItem(points: [Point(m.x0 + 1.5, top), Point(m.x0, top), Point(m.x0, bottom), Point(m.x0 + 1.5, bottom)],
                                        closed: false, fill: nil, stroke: m.clippedLeft ? colour.lighter(0.7) : colour, lineWidth: 0.8, role: .mark)))
            items.append(.path(PathItem(points: [Point(m.x1 - 1.5, top), Point(m.x1, top), Point(m.x1, bottom), Point(m.x1 - 1.5, bottom)],
                                        closed: false, fill: nil, stroke: m.clippedRight ? colour.lighter(0.7) : colour, lineWidth: 0.8, role: .mark)))
        case .cluster(let count):
            let cr = r * 1.9
            items.append(.circle(CircleItem(center: Point(m.anchorX, cy), radius: cr, fill: colour, stroke: .white, lineWidth: 0.8, role: .mark)))
            let text = count > 999 ? "1k+" : String(count)
            let style = TextStyle(family: theme.fonts.sans, size: max(4, theme.sizes.tick - 2), weight: .bold, color: .white, alignment: .center)
            let size = measurer.measure(text, style: style, wrapWidth: nil)
            if size.width <= 2 * cr - 1 {
                items.append(.text(TextRun(role: .caption, frame: Rect(x: m.anchorX - size.width / 2, y: cy - size.height / 2,
                                                                       width: size.width, height: size.height), text: text, style: style)))
            }
        }
        let bounds = Rect(x: m.x0, y: cy - r * 1.9, width: m.x1 - m.x0, height: r * 3.8)
        items.append(.link(LinkItem(frame: bounds, target: ChronologyAnchors.activity(m.members[0].number))))
        return items
    }

    func clusterColour(_ members: [NumberedActivity]) -> RGBA {
        let kind = members[0].activity.kind
        return members.allSatisfy { $0.activity.kind == kind } ? theme.color(for: kind) : theme.colors.accent
    }

    func fit(_ text: String, style: TextStyle, maxWidth: Double) -> (String, TextSize) {
        measurer.fit(text, style: style, maxWidth: maxWidth)
    }
}

extension TextMeasuring {
    /// `text` shortened with an ellipsis until it is no wider than `maxWidth`, and its size.
    public func fit(_ text: String, style: TextStyle, maxWidth: Double) -> (String, TextSize) {
        let size = measure(text, style: style, wrapWidth: nil)
        guard size.width > maxWidth else { return (text, size) }
        return shortened(text, style: style, maxWidth: maxWidth,
                         keep: max(1, Int(Double(text.count) * maxWidth / size.width)))
    }

    /// Prefixes of `text` from `keep` characters down, with an ellipsis, until one fits `maxWidth`.
    public func shortened(_ text: String, style: TextStyle, maxWidth: Double, keep start: Int) -> (String, TextSize) {
        var size: TextSize
        let chars = Array(text)
        var keep = max(1, start)
        while keep > 1 {
            var cut = String(chars[0..<min(keep, chars.count)])
            while cut.last == " " || cut.last == "," { cut.removeLast() }
            let candidate = cut + "…"
            size = measure(candidate, style: style, wrapWidth: nil)
            if size.width <= maxWidth { return (candidate, size) }
            keep = min(keep - 1, Int(Double(keep) * maxWidth / size.width))
        }
        return ("…", measure("…", style: style, wrapWidth: nil))
    }
}

/// Names of the destinations in the chronology that marks and labels link to.
public enum ChronologyAnchors {
    public static func activity(_ number: Int) -> String { "activity-\(number)" }
    public static func month(_ day: CalendarDay) -> String { "month-\(day.year)-\(String(day.month).leftPadded(2))" }
    public static func section(_ name: String) -> String { "section-\(name)" }
}
