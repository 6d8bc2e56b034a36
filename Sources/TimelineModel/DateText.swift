import NewsArticles

/// Human wording of dates and date spans, shared by the summaries and the report.
///
/// ```swift
/// DateText.monthName(10)                                  // "October"
/// DateText.day(CalendarDay(iso: "2023-10-10")!)           // "10 October 2023"
/// ```
public enum DateText {
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    public static func monthName(_ month: Int) -> String { monthNames[(month - 1) % 12] }

    public static func shortMonthName(_ month: Int) -> String { String(monthName(month).prefix(3)) }

    /// `10 October 2023`.
    public static func day(_ d: CalendarDay) -> String { "\(d.day) \(monthName(d.month)) \(d.year)" }

    /// `October 2023`.
    public static func month(_ d: CalendarDay) -> String { "\(monthName(d.month)) \(d.year)" }
}

extension Activity {
    /// The date in words: `10 October 2023`, `10–11 October 2023`, `October 2023`,
    /// `on or before 27 October 2023`.
    public var dateText: String {
        switch precision {
        case .day:
            return DateText.day(end)
        case .range:
            guard let start, start != end else { return DateText.day(end) }
            if start.year == end.year && start.month == end.month {
                return "\(start.day)–\(end.day) \(DateText.monthName(end.month)) \(end.year)"
            }
            if start.year == end.year {
                return "\(start.day) \(DateText.monthName(start.month)) – \(DateText.day(end))"
            }
            return "\(DateText.day(start)) – \(DateText.day(end))"
        case .week:
            return "week of \(DateText.day(start ?? end))"
        case .month:
            return DateText.month(end)
        case .year:
            return String(end.year)
        case .onOrBefore:
            return "on or before \(DateText.day(end))"
        }
    }

    /// The date as ISO: `2023-10-10`, `2023-10-10..2023-10-11`, `..2023-10-27` for `before`.
    public var isoDateText: String {
        switch precision {
        case .onOrBefore: return "..\(end.iso)"
        default:
            if let start, start != end { return "\(start.iso)..\(end.iso)" }
            return end.iso
        }
    }
}
