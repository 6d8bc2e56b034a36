import NewsArticles
import TimelineModel

extension ReportLayout {
    /// The heights of the chronology's entry blocks, one per activity in order — what
    /// ``ChronologyEntryLayout/deferred(heights:)`` asks for (measured, for example, on another
    /// thread with a measurer of its own).
    public func chronologyEntryHeights(for timeline: Timeline) -> [Double] {
        let entries = chronologyEntries(timeline)
        return (0..<entries.count).map { entries.height(of: $0, measurer: measurer) }
    }

    /// The chronology's entries with what their blocks need: source numbers, width, number column.
    /// Its ``ChronologyEntries/height(of:measurer:)`` lets several threads share the measuring.
    public func chronologyEntries(_ timeline: Timeline) -> ChronologyEntries {
        ChronologyEntries(theme: theme, entries: numbered(timeline), sources: sourceNumbering(timeline),
                          width: theme.pageWidth - theme.page.margins.left - theme.page.margins.right,
                          numberWidth: chronologyNumberWidth(count: timeline.activities.count))
    }

    /// The entry numbers' column: wide enough for the largest number, then the kind's dot.
    func chronologyNumberWidth(count: Int) -> Double {
        let widest = measurer.measure(String(max(1, count)), style: theme.style(\.small, bold: true), wrapWidth: nil).width
        return max(34, (widest + 16).rounded(.up))
    }

    /// The chronology: month headings (bookmarked, anchored) and one numbered entry per activity with
    /// date, kind, title, place, counterparts, the evidence quote and numbered source references.
    /// With `heights`, entries are only reserved (``TextFlow/addDeferred(entry:height:spacing:)``).
    func chronology(_ chronology: ChronologyEntries, flow: inout TextFlow,
                    outline: inout [OutlineEntry], sections: inout [(String, Int, Double, String)],
                    heights: [Double]? = nil) {
        let entries = chronology.entries
        let width = flow.contentWidth
        var head = BlockWriter(measurer: measurer)
        head.text("Chronology", style: theme.style(\.heading, bold: true, color: theme.colors.accent), x: 0, width: width, role: .heading)
        head.advance(4)
        head.text("Activities in order of date. “On or before” marks an activity the article gives no date for.",
                  style: theme.style(\.small, color: theme.colors.muted), x: 0, width: width, role: .note)
        head.advance(8)
        sections.append(("Chronology", flow.page, flow.y, ChronologyAnchors.section("chronology")))
        flow.add(head.block())

        var monthCounts: [Int: Int] = [:]
        for e in entries { monthCounts[e.activity.end.year * 12 + e.activity.end.month, default: 0] += 1 }
        var currentMonth: (Int, Int)? = nil
        let heights = heights?.count == entries.count ? heights : nil
        for (i, e) in entries.enumerated() {
            let monthDay = e.activity.end
            let entry: FigureBlock? = heights == nil ? chronology.block(i, layout: self) : nil
            let height = heights?[i] ?? entry?.height ?? 0
            if currentMonth.map({ $0 != (monthDay.year, monthDay.month) }) ?? true {
                currentMonth = (monthDay.year, monthDay.month)
                let count = monthCounts[monthDay.year * 12 + monthDay.month] ?? 0
                var w = BlockWriter(measurer: measurer)
                w.advance(6)
                let title = DateText.month(monthDay)
                w.text(title, style: theme.style(\.subheading, bold: true), x: 0, width: width * 0.6, role: .subheading, advances: false)
                w.text(Self.count(count, "activity", "activities"), style: theme.style(\.small, color: theme.colors.muted, alignment: .right),
                               x: width * 0.6, width: width * 0.4, role: .caption, wraps: false, dy: 3)
                w.advance(3)
                w.add(.line(LineItem(from: Point(0, w.y), to: Point(width, w.y), color: theme.colors.rule, width: 0.6)))
                w.advance(6)
                let block = w.block()
                flow.ensure(block.height + min(height, 120))
                outline.append(OutlineEntry(title: title, level: 1, page: flow.page, y: flow.y))
                flow.add(block)
                flow.add(FigureBlock(height: 0, items: [.anchor(AnchorItem(name: ChronologyAnchors.month(monthDay), position: Point(0, -block.height)))]))
            }
            if let entry { flow.add(entry, spacing: 7) } else { flow.addDeferred(entry: i, height: height, spacing: 7) }
        }
    }

    func entryBlock(_ e: NumberedActivity, sources: [String: Int], width: Double, numberWidth: Double) -> FigureBlock {
        let a = e.activity
        let x = numberWidth, w = width - numberWidth
        var b = BlockWriter(measurer: measurer)
        b.add(.anchor(AnchorItem(name: ChronologyAnchors.activity(e.number), position: Point(0, 0))))
        let muted = theme.colors.muted
        b.text(String(e.number), style: theme.style(\.small, bold: true, color: muted, alignment: .right), x: 0, width: numberWidth - 14,
               role: .caption, wraps: false, advances: false, dy: 1)
        b.add(.circle(CircleItem(center: Point(numberWidth - 7, 6), radius: 3, fill: theme.color(for: a.kind))))
        let dateStyle = theme.style(\.body, bold: true)
        let dateSize = b.text(a.dateText, style: dateStyle, x: x, width: w, role: .body, wraps: false, advances: false)
        let kind = a.kind.label + (a.status == .planned ? " (planned)" : "")
        b.text(kind, style: theme.style(\.small, bold: true, color: theme.color(for: a.kind)), x: x + min(dateSize.width, w * 0.7) + 8,
               width: max(10, w - dateSize.width - 8), role: .caption, wraps: false, dy: 1)
        b.y = max(b.y, dateSize.height)
        b.advance(1)
        b.text(a.title, style: theme.style(\.body, serif: true), x: x, width: w, role: .body)
        var details: [String] = []
        if let place = a.location, !place.isEmpty { details.append(place) }
        if !a.counterparts.isEmpty { details.append("with " + a.counterparts.joined(separator: ", ")) }
        if !details.isEmpty {
            b.advance(1)
            b.text(details.joined(separator: " · "), style: theme.style(\.small, color: muted), x: x, width: w, role: .body)
        }
        if let quote = a.sources.first(where: { !$0.sentence.isEmpty })?.sentence {
            b.advance(2)
            let top = b.y
            let size = b.text("“" + quote + "”", style: theme.style(\.small, serif: true, italic: true, color: theme.colors.text),
                              x: x + 8, width: w - 8, role: .quote)
            b.add(.line(LineItem(from: Point(x + 1.5, top), to: Point(x + 1.5, top + size.height), color: theme.colors.rule, width: 1.5)))
        }
        let refs = a.sources.compactMap { s in sources[s.file].map { (n: $0, s: s) } }
        if !refs.isEmpty {
            b.advance(2)
            let text = "Sources: " + refs.map { r in
                "[\(r.n)] " + [r.s.outlet, r.s.published.map(DateText.day)].compactMap { $0 }.joined(separator: ", ")
            }.joined(separator: "; ")
            b.text(text, style: theme.style(\.small, color: muted), x: x, width: w, role: .body)
        }
        return b.block()
    }
}
