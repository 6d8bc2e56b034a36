import NewsArticles
import TimelineModel

/// What the report says about itself on its title page and in its metadata.
public struct ReportInfo: Sendable, Hashable {
    public var title: String
    public var subject: String
    /// The report's date: from the settings or the latest article, never the wall clock.
    public var generated: CalendarDay
    public var author: String

    public init(title: String, subject: String, generated: CalendarDay, author: String = "Chronicle") {
        self.title = title; self.subject = subject; self.generated = generated; self.author = author
    }
}

/// Lays out the report — title page, overview timeline, detailed timeline pages, chronology by
/// month, statistics, sources — into pages of positioned items, and the timeline figure alone.
///
/// Activities are numbered 1… in chronological order; labels, marks and the chronology share the
/// numbers, and every mark links to its chronology entry.
///
/// ```swift
/// let layout = ReportLayout(theme: .default, measurer: PangoTextMeasurer())
/// let document = layout.document(for: timeline, info: info)
/// let figure = layout.figure(for: timeline, info: info, width: 1200)
/// ```
public struct ReportLayout {
    public var theme: Theme
    public var measurer: any TextMeasuring

    public init(theme: Theme = .default, measurer: any TextMeasuring) {
        self.theme = theme
        self.measurer = measurer
    }

    func numbered(_ timeline: Timeline) -> [NumberedActivity] {
        timeline.activities.enumerated().map { NumberedActivity(number: $0.offset + 1, activity: $0.element) }
    }

    func lanes(_ timeline: Timeline) -> LaneAssignment {
        LaneAssignment(activities: timeline.activities, grouping: theme.timeline.lanes, order: theme.timeline.laneOrder,
                       maxLanes: theme.timeline.maxLanes)
    }

    func kinds(_ timeline: Timeline) -> [ActivityKind] {
        Array(Set(timeline.activities.map(\.kind))).sorted()
    }

    /// The printable report.
    /// With `entries: .deferred(heights:)` the chronology's entries are made only when each page is
    /// drawn (see ``ChronologyEntryLayout``).
    public func document(for timeline: Timeline, info: ReportInfo, entries entryLayout: ChronologyEntryLayout = .inline) -> LaidOutDocument {
        let chronologyEntries = chronologyEntries(timeline)
        let entries = chronologyEntries.entries
        let (tw, th) = theme.page.dimensions(theme.timeline.orientation)
        let pager = TimelinePages(theme: theme, measurer: measurer, lanes: lanes(timeline))
        let kinds = kinds(timeline)
        var pages: [LaidOutPage] = []
        var outline: [OutlineEntry] = []
        var contents: [(String, Int, String)] = []

        func section(_ title: String, anchor: String, page: Int, y: Double) {
            outline.append(OutlineEntry(title: title, level: 0, page: page, y: y))
            contents.append((title, page, anchor))
            pages[page].items.append(.anchor(AnchorItem(name: anchor, position: Point(0, y))))
        }

        pages.append(LaidOutPage(width: theme.pageWidth, height: theme.pageHeight))   // title page, filled in last

        if let whole = TimelinePages.overviewWindow(for: timeline.activities) {
            let first = pages.count
            // The overview should fit one page: with fewer label rows if it would spill over.
            var overview: [LaidOutPage] = []
            if entries.count > theme.timeline.overviewDensityAbove {
                overview = [pager.densityPage(heading: "Overview", window: whole, entries: entries, pageWidth: tw, pageHeight: th)]
            } else {
                for rows in Set([theme.timeline.overviewLabelRows, min(1, theme.timeline.overviewLabelRows)]).sorted(by: >) {
                    overview = pager.pages(heading: "Overview", window: whole, entries: entries, labelAll: true,
                                           labelRows: rows, mode: .numbers, pageWidth: tw, pageHeight: th, kinds: kinds)
                    if overview.count == 1 { break }
            }
            }
            pages += overview
            section("Overview timeline", anchor: ChronologyAnchors.section("overview"), page: first, y: theme.page.margins.top)

            let windows = TimelinePages.windows(for: timeline.activities, capacity: theme.timeline.pageCapacity,
                                                maxMonths: theme.timeline.pageMonths)
            let perWindow = TimelinePages.distribute(entries, over: windows)
            let detailStart = pages.count
            var windowEntries: [OutlineEntry] = []
            for (w, members) in zip(windows, perWindow) {
                windowEntries.append(OutlineEntry(title: TimelinePages.windowText(w), level: 1, page: pages.count, y: theme.page.margins.top))
                pages += pager.pages(heading: "Timeline", window: w, entries: members, labelAll: false,
                                     labelRows: theme.timeline.labelRows, mode: .titles, pageWidth: tw, pageHeight: th, kinds: kinds)
            }
            if pages.count > detailStart {
                section("Detailed timeline", anchor: ChronologyAnchors.section("timeline"), page: detailStart, y: theme.page.margins.top)
                outline += windowEntries
            }
        }

        let sourceNumbers = chronologyEntries.sources
        var flow = TextFlow(width: theme.pageWidth, height: theme.pageHeight, margins: theme.page.margins)
        var flowOutline: [OutlineEntry] = []
        var flowSections: [(String, Int, Double, String)] = []
        var heights: [Double]? = nil
        if case .deferred(let measured) = entryLayout { heights = measured() }
        chronology(chronologyEntries, flow: &flow, outline: &flowOutline, sections: &flowSections, heights: heights)
        flow.newPage()
        statistics(timeline, flow: &flow, sections: &flowSections)
        flow.newPage()
        sourcesList(timeline, numbers: sourceNumbers, flow: &flow, sections: &flowSections)
        let offset = pages.count
        // Taken from the flow: footers then extend each page's items in place instead of copying them.
        pages += flow.takePages()
        for (title, page, y, anchor) in flowSections {
            section(title, anchor: anchor, page: page + offset, y: y)
        }
        outline += flowOutline.map { OutlineEntry(title: $0.title, level: $0.level, page: $0.page + offset, y: $0.y) }
        outline.sort { ($0.page, $0.y, $0.level) < ($1.page, $1.y, $1.level) }
        // Month entries sit under the chronology; keep sections before their first child on a page.

        pages[0] = titlePage(timeline, info: info, sourceCount: sourceNumbers.count, contents: contents)
        outline.insert(OutlineEntry(title: info.title, level: 0, page: 0, y: 0), at: 0)
        addFooters(&pages, title: info.title)
        if theme.colors.background != .white {
            for i in pages.indices {
                pages[i].items.insert(.rect(RectItem(frame: Rect(x: 0, y: 0, width: pages[i].width, height: pages[i].height),
                                                     fill: theme.colors.background)), at: 0)
                for d in pages[i].deferred.indices { pages[i].deferred[d].itemIndex += 1 }
            }
        }

        var keywords = ["chronology", "timeline", info.subject]
        keywords += kinds.map(\.rawValue)
        return LaidOutDocument(pages: pages, outline: outline,
                               metadata: DocumentMetadata(title: info.title, author: info.author,
                                                          subject: "Activities of \(info.subject)" + (timeline.period.map { ", " + Self.periodText($0) } ?? ""),
                                                          keywords: keywords, created: info.generated),
                               completion: heights == nil ? nil : chronologyEntries)
    }

    /// The timeline figure alone, as one page `width` points wide (the PNG exporter scales it).
    public func figure(for timeline: Timeline, info: ReportInfo, width: Double) -> LaidOutPage {
        let pad = 20.0
        var w = BlockWriter(measurer: measurer)
        w.y = pad
        let inner = width - 2 * pad
        w.text(info.title, style: theme.style(\.subheading, bold: true, color: theme.colors.accent), x: pad, width: inner, role: .title)
        let sub = info.subject + (timeline.period.map { " · " + Self.periodText($0) } ?? "") + " · \(Self.count(timeline.activities.count, "activity", "activities"))"
        w.text(sub, style: theme.style(\.small, color: theme.colors.muted), x: pad, width: inner, role: .caption)
        w.advance(6)
        var items = w.items
        var y = w.y
        if let whole = TimelinePages.overviewWindow(for: timeline.activities) {
            let scale = TimeScale(window: whole, x0: pad, width: inner)
            let layout = LaneLayout(theme: theme, measurer: measurer, scale: scale, lanes: lanes(timeline),
                                    labelRows: theme.timeline.labelRows, mode: .titles)
            let axis = layout.axisBlock()
            items += axis.placed(atY: y)
            y += axis.height
            let lanesPart = layout.stacked(layout.laneBlocks(for: numbered(timeline), labelled: { _ in true })[...], atY: y)
            items += lanesPart.items
            y = lanesPart.bottom
            items.append(.line(LineItem(from: Point(pad, y), to: Point(pad + inner, y), color: theme.colors.rule, width: 0.5)))
            y += 6
            let pager = TimelinePages(theme: theme, measurer: measurer, lanes: lanes(timeline))
            let legend = pager.legendBlock(width: inner, kinds: kinds(timeline), x0: pad)
            items += legend.placed(atY: y)
            y += legend.height
        } else {
            let s = theme.style(\.body, color: theme.colors.muted)
            let size = measurer.measure("No activities.", style: s, wrapWidth: nil)
            items.append(.text(TextRun(role: .note, frame: Rect(x: pad, y: y, width: size.width, height: size.height), text: "No activities.", style: s)))
            y += size.height
        }
        return LaidOutPage(width: width, height: (y + pad).rounded(.up), items: items)
    }

    // MARK: Shared pieces

    static func periodText(_ p: ClosedRange<CalendarDay>) -> String {
        p.lowerBound == p.upperBound ? DateText.day(p.lowerBound) : "\(DateText.day(p.lowerBound)) – \(DateText.day(p.upperBound))"
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(grouped(n)) \(n == 1 ? one : many)"
    }

    /// `12,345`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    func sourceNumbering(_ timeline: Timeline) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for (i, s) in timeline.sources.enumerated() { numbers[s.file] = i + 1 }
        return numbers
    }

    func addFooters(_ pages: inout [LaidOutPage], title: String) {
        let style = theme.style(\.small, color: theme.colors.muted)
        let right = theme.style(\.small, color: theme.colors.muted, alignment: .right)
        for i in pages.indices where i > 0 {
            pages[i].items.reserveCapacity(pages[i].items.count + 2)   // room for the footer, no more
            let m = theme.page.margins
            let w = pages[i].width - m.left - m.right
            let y = pages[i].height - m.bottom + 14
            let number = "\(i + 1) / \(pages.count)"
            let ns = measurer.measure(number, style: right, wrapWidth: nil)
            pages[i].items.append(.text(TextRun(role: .pageNumber, frame: Rect(x: m.left + w - ns.width, y: y, width: ns.width, height: ns.height),
                                                text: number, style: right)))
            let ts = measurer.measure(title, style: style, wrapWidth: nil)
            let tw = min(ts.width, w - ns.width - 20)
            if tw > 40 {
                pages[i].items.append(.text(TextRun(role: .caption, frame: Rect(x: m.left, y: y, width: tw, height: ts.height),
                                                    text: fitted(title, style: style, width: tw), style: style)))
            }
        }
    }

    func fitted(_ text: String, style: TextStyle, width: Double) -> String {
        measurer.fit(text, style: style, maxWidth: width).0
    }
}
