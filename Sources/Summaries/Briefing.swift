import NewsArticles
import TimelineModel

/// Writes the plain-text briefing of a timeline. PLACEHOLDER body — the layout issue completes it.
///
/// ```swift
/// let text = Briefing(title: "Activities 2023", generated: day).text(for: timeline)
/// ```
public struct Briefing: Sendable {
    public var title: String
    public var generated: CalendarDay?

    public init(title: String, generated: CalendarDay?) {
        self.title = title
        self.generated = generated
    }

    public func text(for timeline: Timeline) -> String {
        var out = "\(title)\nSubject: \(timeline.subject)\n"
        for a in timeline.activities { out += "\(a.dateText) — \(a.kind.rawValue) — \(a.title)\n" }
        return out
    }

    public func markdown(for timeline: Timeline) -> String { text(for: timeline) }
}
