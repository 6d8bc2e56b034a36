import NewsArticles
import TimelineModel

extension ReportLayout {
    /// Activities per month (a bar chart; per quarter or year for long periods), by kind, by
    /// precision of the date, and the most frequent places and counterparts.
    func statistics(_ timeline: Timeline, flow: inout TextFlow, sections: inout [(String, Int, Double, String)]) {
        let width = flow.contentWidth
        let acts = timeline.activities
        sections.append(("Statistics", flow.page, flow.y, ChronologyAnchors.section("statistics")))
        var head = BlockWriter(measurer: measurer)
        head.text("Statistics", style: theme.style(\.heading, bold: true, color: theme.colors.accent), x: 0, width: width, role: .heading)
        head.advance(10)
        flow.add(head.block())
        if let period = timeline.period {
            flow.add(barChart(acts, period: period, width: width), spacing: 16)
        }
        var byKind: [ActivityKind: Int] = [:]
        for a in acts { byKind[a.kind, default: 0] += 1 }
        flow.add(barList("By kind", byKind.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key.label, $0.value, theme.color(for: $0.key)) },
                         width: width), spacing: 14)
        var byPrecision: [DatePrecision: Int] = [:]
        for a in acts { byPrecision[a.precision, default: 0] += 1 }
        let precisionNames: [(DatePrecision, String)] = [(.day, "Exact day"), (.range, "Range of days"), (.week, "Week"), (.month, "Month"),
                                                         (.year, "Year"), (.onOrBefore, "On or before the publication date")]
        flow.add(barList("How precisely the date is known", precisionNames.compactMap { p, name in byPrecision[p].map { (name, $0, theme.colors.accent) } },
                         width: width), spacing: 14)
        var places: [String: Int] = [:], counterparts: [String: Int] = [:]
        for a in acts {
            if let p = a.location, !p.isEmpty { places[p, default: 0] += 1 }
            for c in Set(a.counterparts) { counterparts[c, default: 0] += 1 }
        }
        func top(_ d: [String: Int]) -> [(String, Int, RGBA)] {
            d.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map { ($0.key, $0.value, theme.colors.muted) }
        }
        if !places.isEmpty { flow.add(barList("Most frequent places", top(places), width: width), spacing: 14) }
        if !counterparts.isEmpty { flow.add(barList("Most frequent counterparts", top(counterparts), width: width), spacing: 14) }
    }

    /// Activities per month, or per quarter / year when there would be more than 36 bars.
    func barChart(_ acts: [Activity], period: ClosedRange<CalendarDay>, width: Double) -> FigureBlock {
        let firstMonth = period.lowerBound.year * 12 + period.lowerBound.month - 1
        let lastMonth = period.upperBound.year * 12 + period.upperBound.month - 1
        let months = lastMonth - firstMonth + 1
        let group = months <= 36 ? 1 : (months <= 108 ? 3 : 12)
        let start = group == 12 ? (firstMonth / 12) * 12 : firstMonth - (firstMonth % group)
        let bins = (lastMonth - start) / group + 1
        var counts = Array(repeating: 0, count: bins)
        for a in acts {
            let m = a.end.year * 12 + a.end.month - 1
            counts[min(bins - 1, max(0, (m - start) / group))] += 1
        }
        func binLabel(_ i: Int) -> String {
            let m = start + i * group, year = m / 12, month = m % 12 + 1
            switch group {
            case 1: return DateText.shortMonthName(month) + (month == 1 || i == 0 ? " \(year)" : "")
            case 3: return "Q\((month - 1) / 3 + 1)" + (month <= 3 || i == 0 ? " \(year)" : "")
            default: return String(year)
            }
        }
        var w = BlockWriter(measurer: measurer)
        let unit = group == 1 ? "month" : (group == 3 ? "quarter" : "year")
        w.text("Activities per \(unit)", style: theme.style(\.subheading, bold: true), x: 0, width: width, role: .subheading)
        w.advance(6)
        let chartH = 130.0, top = w.y + 12
        let maxCount = max(1, counts.max() ?? 1)
        let slot = width / Double(bins)
        let barW = max(1, slot * 0.7)
        let valueStyle = theme.style(\.tick, color: theme.colors.muted, alignment: .center)
        let tickStyle = theme.style(\.tick, color: theme.colors.muted)
        var lastLabelEnd = -Double.infinity
        for (i, c) in counts.enumerated() {
            let h = chartH * Double(c) / Double(maxCount)
            let x = Double(i) * slot + (slot - barW) / 2
            if c > 0 {
                w.add(.rect(RectItem(frame: Rect(x: x, y: top + chartH - h, width: barW, height: h), fill: theme.colors.accent, role: .chart)))
                let text = String(c)
                let s = measurer.measure(text, style: valueStyle, wrapWidth: nil)
                if s.width <= slot {
                    w.add(.text(TextRun(role: .caption, frame: Rect(x: x + barW / 2 - s.width / 2, y: top + chartH - h - s.height - 1,
                                                                     width: s.width, height: s.height), text: text, style: valueStyle)))
                }
            }
            let label = binLabel(i)
            let s = measurer.measure(label, style: tickStyle, wrapWidth: nil)
            let lx = x + barW / 2 - s.width / 2
            if lx >= lastLabelEnd && lx >= 0 && lx + s.width <= width {
                w.add(.text(TextRun(role: .tick, frame: Rect(x: lx, y: top + chartH + 3, width: s.width, height: s.height), text: label, style: tickStyle)))
                lastLabelEnd = lx + s.width + 4
            }
        }
        w.add(.line(LineItem(from: Point(0, top + chartH), to: Point(width, top + chartH), color: theme.colors.muted, width: 0.6)))
        w.y = top + chartH + 3 + measurer.measure("0", style: tickStyle, wrapWidth: nil).height
        return w.block()
    }

    /// A titled list of names with horizontal bars and counts.
    func barList(_ title: String, _ rows: [(String, Int, RGBA)], width: Double) -> FigureBlock {
        var w = BlockWriter(measurer: measurer)
        w.text(title, style: theme.style(\.subheading, bold: true), x: 0, width: width, role: .subheading)
        w.advance(5)
        let maxCount = Double(max(1, rows.map(\.1).max() ?? 1))
        let nameW = width * 0.38, barX = nameW + 8, barMax = width - barX - 40
        let style = theme.style(\.small)
        for (name, count, colour) in rows {
            let top = w.y
            let s = w.text(measurer.fit(name, style: style, maxWidth: nameW).0, style: style, x: 0, width: nameW, role: .body, wraps: false, advances: false)
            let bw = max(1, barMax * Double(count) / maxCount)
            w.add(.rect(RectItem(frame: Rect(x: barX, y: top + 1.5, width: bw, height: s.height - 3), fill: colour, role: .chart)))
            w.text(Self.grouped(count), style: theme.style(\.small, color: theme.colors.muted), x: barX + bw + 4, width: 40,
                   role: .caption, wraps: false, advances: false)
            w.y = top + s.height + 2
        }
        return w.block()
    }

    /// Every source article: number, file, outlet, publication date.
    func sourcesList(_ timeline: Timeline, numbers: [String: Int], flow: inout TextFlow, sections: inout [(String, Int, Double, String)]) {
        let width = flow.contentWidth
        sections.append(("Sources", flow.page, flow.y, ChronologyAnchors.section("sources")))
        var head = BlockWriter(measurer: measurer)
        head.text("Sources", style: theme.style(\.heading, bold: true, color: theme.colors.accent), x: 0, width: width, role: .heading)
        head.advance(10)
        flow.add(head.block())
        let style = theme.style(\.small)
        let mutedStyle = theme.style(\.small, color: theme.colors.muted)
        for source in timeline.sources {
            guard let n = numbers[source.file] else { continue }
            var w = BlockWriter(measurer: measurer)
            w.add(.anchor(AnchorItem(name: "source-\(n)", position: Point(0, 0))))
            w.text("[\(n)]", style: theme.style(\.small, bold: true, color: theme.colors.muted), x: 0, width: 34, role: .caption, wraps: false, advances: false)
            let detail = [source.outlet ?? "outlet unknown", source.published.map(DateText.day) ?? "publication date unknown"].joined(separator: " · ")
            let fileWidth = min(width * 0.5, measurer.measure(source.file, style: style, wrapWidth: width * 0.5).width)
            let top = w.y
            let a = w.text(source.file, style: style, x: 38, width: width * 0.5, role: .body, advances: false)
            let b = w.text(detail, style: mutedStyle, x: 38 + fileWidth + 12, width: width - 50 - fileWidth, role: .body, advances: false)
            w.y = top + max(a.height, b.height)
            flow.add(w.block(), spacing: 2)
        }
        if timeline.sources.isEmpty {
            var w = BlockWriter(measurer: measurer)
            w.text("No sources.", style: mutedStyle, x: 0, width: width, role: .note)
            flow.add(w.block())
        }
    }
}
