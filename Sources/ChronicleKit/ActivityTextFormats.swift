import Foundation
import NewsArticles
import TimelineModel

/// CSV, Markdown and iCalendar renderings of an activity list (`chronicle extract --format …`).
///
/// ```swift
/// ActivityTextFormats.csv(activities)        // header + one row per activity
/// ActivityTextFormats.ics(activities)        // VCALENDAR with all-day VEVENTs, DTEND exclusive
/// ```
public enum ActivityTextFormats {
    // MARK: CSV (RFC 4180)

    public static let csvHeader = ["id", "start", "end", "precision", "kind", "title", "location", "counterparts", "files", "sentence", "status"]

    public static func csv(_ activities: [Activity]) -> String {
        var out = csvHeader.joined(separator: ",") + "\r\n"
        for a in activities {
            let row = [a.id, a.start?.iso ?? "", a.end.iso, a.precision.rawValue, a.kind.rawValue, a.title, a.location ?? "",
                       a.counterparts.joined(separator: "; "), a.sources.map(\.file).joined(separator: "; "),
                       a.sources.first?.sentence ?? "", a.status.rawValue]
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Markdown

    public static func markdown(_ activities: [Activity]) -> String {
        var out = "| Date | Kind | Activity | Place | Counterparts | Sources |\n|---|---|---|---|---|---|\n"
        for a in activities {
            let sources = a.sources.map { s in s.outlet.map { "\(s.file) (\($0))" } ?? s.file }.joined(separator: "; ")
            let title = a.status == .planned ? a.title + " (planned)" : a.title
            let cells = [a.dateText, a.kind.label, title, a.location ?? "—", a.counterparts.joined(separator: "; "), sources]
            out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func markdownCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    // MARK: iCalendar (RFC 5545)

    /// One all-day VEVENT per activity; DTEND is the day after the last day. An "on or before"
    /// activity is placed on its bound day with a note saying so. DTSTAMP is the latest publication
    /// date, so the output is the same on every run.
    public static func ics(_ activities: [Activity]) -> String {
        let stamp = activities.flatMap(\.sources).compactMap(\.published).max() ?? activities.map(\.end).max()
            ?? CalendarDay(ordinal: 0)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chronicle//Activities//EN", "CALSCALE:GREGORIAN"]
        for a in activities {
            let first = a.start ?? a.end
            var description = "\(a.kind.label). \(a.dateText)."
            if a.precision == .onOrBefore {
                description += " The sources give no date: the activity took place on or before \(DateText.day(a.end)); shown on that day."
            } else if a.precision == .week || a.precision == .month || a.precision == .year {
                description += " The sources give only the \(a.precision.rawValue); the event spans the whole period."
            }
            if !a.counterparts.isEmpty { description += " With: \(a.counterparts.joined(separator: "; "))." }
            for s in a.sources { description += "\nSource: \(s.file)\(s.outlet.map { " (\($0))" } ?? "") — \(s.sentence)" }
            lines += ["BEGIN:VEVENT", "UID:\(a.id)@chronicle", "DTSTAMP:\(compact(stamp))T000000Z",
                      "DTSTART;VALUE=DATE:\(compact(first))", "DTEND;VALUE=DATE:\(compact(a.end.adding(days: 1)))",
                      "SUMMARY:" + icsText(a.status == .planned ? a.title + " (planned)" : a.title)]
            if let place = a.location { lines.append("LOCATION:" + icsText(place)) }
            lines.append("CATEGORIES:" + icsText(a.kind.label))
            lines.append("DESCRIPTION:" + icsText(description))
            if a.status == .planned { lines.append("STATUS:TENTATIVE") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ d: CalendarDay) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    static func icsText(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }
}
