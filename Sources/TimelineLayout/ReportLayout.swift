import NewsArticles
import TimelineModel

/// What the report says about itself on its title page and in its metadata.
public struct ReportInfo: Sendable, Hashable {
    public var title: String
    public var subject: String
    /// The report's date: from the settings or the latest article, never the wall clock.
    public var generated: CalendarDay

    public init(title: String, subject: String, generated: CalendarDay) {
        self.title = title; self.subject = subject; self.generated = generated
    }
}

/// Lays out the report: title, timeline figure, chronology, into pages of positioned items.
///
/// PLACEHOLDER API — the layout issue replaces this body; keep the signatures.
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

    /// The printable report.
    public func document(for timeline: Timeline, info: ReportInfo) -> LaidOutDocument {
        LaidOutDocument(pages: [LaidOutPage(width: theme.pageWidth, height: theme.pageHeight)],
                        metadata: DocumentMetadata(title: info.title, author: "Chronicle", subject: info.subject,
                                                   keywords: [], created: info.generated))
    }

    /// The timeline figure alone, as one page `width` points wide (the PNG exporter scales it).
    public func figure(for timeline: Timeline, info: ReportInfo, width: Double) -> LaidOutPage {
        LaidOutPage(width: width, height: width / 3)
    }
}
