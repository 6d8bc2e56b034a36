import Foundation
import NewsArticles
import TimelineModel

/// The briefing of a timeline as plain text (wrapped at 72 columns) or Markdown: a header with the
/// subject, period and count, the activities grouped by month as `date — kind — title (place)`,
/// numbered sources, and a note on "on or before" dates.
///
/// ```swift
/// let briefing = Briefing(title: "Activities 2023", generated: day)
/// print(briefing.text(for: timeline))       // plain text
/// print(briefing.markdown(for: timeline))   // the same in Markdown
/// ```
public struct Briefing: Sendable {
    public var title: String
    public var generated: CalendarDay?
    /// Column the plain text wraps at.
    public var width: Int

    public init(title: String, generated: CalendarDay?) {
        self.title = title
        self.generated = generated
        self.width = 72
    }

    public init(title: String, generated: CalendarDay?, width: Int) {
        self.title = title
        self.generated = generated
        self.width = max(20, width)
    }

    /// One activity's line: `10–11 October 2023 — conference — Took part in … (Vienna) [1, 2]`.
    func line(_ a: Activity, sources: [String: Int]) -> String {
        var s = "\(a.dateText) — \(a.kind.rawValue)\(a.status == .planned ? " (planned)" : "") — \(a.title)"
        if let place = a.location, !place.isEmpty { s += " (\(place))" }
        let refs = Array(Set(a.sources.compactMap { sources[$0.file] })).sorted()
        if !refs.isEmpty { s += " [" + refs.map(String.init).joined(separator: ", ") + "]" }
        return s
    }

    struct Content {
        var header: [(String, String)]
        var months: [(String, [Activity])]
        var sources: [(Int, Source)]
        var numbers: [String: Int]
        var beforeCount: Int
    }

    func content(_ timeline: Timeline) -> Content {
        var header: [(String, String)] = [("Subject", timeline.subject)]
        if let p = timeline.period {
            header.append(("Period", p.lowerBound == p.upperBound ? DateText.day(p.lowerBound) : "\(DateText.day(p.lowerBound)) – \(DateText.day(p.upperBound))"))
        }
        let n = timeline.activities.count
        let sourceList = timeline.sources
        header.append(("Activities", "\(n) from \(sourceList.count) source\(sourceList.count == 1 ? "" : "s")"))
        if let generated { header.append(("Date", DateText.day(generated))) }
        var months: [(String, [Activity])] = []
        for a in timeline.activities {
            let name = DateText.month(a.end)
            if months.last?.0 == name { months[months.count - 1].1.append(a) } else { months.append((name, [a])) }
        }
        var numbers: [String: Int] = [:]
        var sources: [(Int, Source)] = []
        for (i, s) in sourceList.enumerated() { numbers[s.file] = i + 1; sources.append((i + 1, s)) }
        return Content(header: header, months: months, sources: sources, numbers: numbers,
                       beforeCount: timeline.activities.filter { $0.precision == .onOrBefore }.count)
    }

    static func sourceText(_ s: Source) -> String {
        [s.file, s.outlet, s.published.map(DateText.day)].compactMap { $0 }.joined(separator: ", ")
    }

    static func beforeNote(_ count: Int) -> String {
        "\(count) activit\(count == 1 ? "y has" : "ies have") no date in the text: \(count == 1 ? "it is" : "they are") "
            + "listed as \"on or before\" the publication date of the article that reports \(count == 1 ? "it" : "them")."
    }

    public func text(for timeline: Timeline) -> String {
        let c = content(timeline)
        var out: [String] = [title, String(repeating: "=", count: min(width, max(3, title.count)))]
        let labelWidth = (c.header.map(\.0.count).max() ?? 0) + 1
        for (k, v) in c.header {
            out += wrap(v, width: width, first: (k + ":").padding(toLength: labelWidth + 1, withPad: " ", startingAt: 0),
                        rest: String(repeating: " ", count: labelWidth + 1))
        }
        if c.months.isEmpty { out += ["", "No activities."] }
        for (month, acts) in c.months {
            out += ["", month, String(repeating: "-", count: month.count)]
            for a in acts { out += wrap(line(a, sources: c.numbers), width: width, first: "- ", rest: "  ") }
        }
        if !c.sources.isEmpty {
            out += ["", "Sources", "-------"]
            let w = String(c.sources.count).count + 3
            for (n, s) in c.sources {
                out += wrap(Self.sourceText(s), width: width, first: "[\(n)]".padding(toLength: w, withPad: " ", startingAt: 0),
                            rest: String(repeating: " ", count: w))
            }
        }
        if c.beforeCount > 0 {
            out += [""] + wrap("Note: " + Self.beforeNote(c.beforeCount), width: width, first: "", rest: "")
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func markdown(for timeline: Timeline) -> String {
        let c = content(timeline)
        var out = ["# \(Self.escape(title))", ""]
        for (k, v) in c.header { out.append("- **\(k):** \(Self.escape(v))") }
        if c.months.isEmpty { out += ["", "No activities."] }
        for (month, acts) in c.months {
            out += ["", "## \(month)", ""]
            for a in acts { out.append("- " + Self.escape(line(a, sources: c.numbers))) }
        }
        if !c.sources.isEmpty {
            out += ["", "## Sources", ""]
            for (n, s) in c.sources { out.append("\(n). " + Self.escape(Self.sourceText(s))) }
        }
        if c.beforeCount > 0 { out += ["", "> **Note:** " + Self.escape(Self.beforeNote(c.beforeCount))] }
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes Markdown punctuation that would change the meaning of plain text.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Greedy word wrap to `width` columns (counted in characters); words longer than a line are split.
    func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var currentCount = first.count
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = Substring(word)
            while true {
                let needed = (empty ? 0 : 1) + w.count
                if currentCount + needed <= width {
                    current += (empty ? "" : " ") + w
                    currentCount += needed
                    empty = false
                    break
                }
                if empty {
                    // A word longer than the line: split it.
                    let room = max(1, width - currentCount)
                    current += w.prefix(room)
                    w = w.dropFirst(room)
                    lines.append(current)
                    current = rest; currentCount = rest.count; empty = true
                    if w.isEmpty { break }
                    continue
                }
                lines.append(current)
                current = rest; currentCount = rest.count; empty = true
            }
        }
        if !empty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
