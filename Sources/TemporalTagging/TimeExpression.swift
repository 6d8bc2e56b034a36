import NewsArticles

/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Codable, Sendable, Hashable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// The calendar days a resolved date expression covers, and how coarse it is.
///
/// ```swift
/// // "On October 10-11" published 2023-10-12:
/// DaySpan(first: CalendarDay(iso: "2023-10-10")!, last: CalendarDay(iso: "2023-10-11")!, granularity: .range)
/// ```
public struct DaySpan: Codable, Sendable, Hashable {
    public enum Granularity: String, Codable, Sendable, Hashable {
        case day, range, week, month, season, quarter, half, year, decade, century
    }

    public var first: CalendarDay
    public var last: CalendarDay
    public var granularity: Granularity

    public init(first: CalendarDay, last: CalendarDay, granularity: Granularity) {
        self.first = first
        self.last = last
        self.granularity = granularity
    }
}

/// One temporal expression found in a text, with its TimeML normalisation.
///
/// `start`/`end` are offsets in Unicode scalars into the tagged text, end exclusive.
/// A day range ("October 10-11", "3 to 5 May", "30 September to 2 October") is one expression
/// whose `value` is its first day and whose `span` covers first…last with granularity `.range`;
/// "April 24 and 25" and "from Aug. 26 to Oct. 20" are two expressions, as TimeML writes them.
///
/// ```swift
/// let found = TemporalTagger.shared.tag("On October 10-11, she visited Vienna.",
///                                        reference: CalendarDay(iso: "2023-10-12"))
/// found[0].text    // "October 10-11"
/// found[0].span    // 2023-10-10 … 2023-10-11, .range
/// ```
public struct TimeExpression: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: `2023-10-10`, `2023-W41`, `P2D`, `PRESENT_REF`, `XXXX-10` …
    public var value: String
    /// The days covered, for dates that resolve to the calendar (and the day of a time such as
    /// `2025-07-20TEV`); `nil` for durations, sets, `PRESENT_REF`/`PAST_REF` and values with unknown parts.
    public var span: DaySpan?

    public init(start: Int, end: Int, text: String, type: TimexType, value: String, span: DaySpan? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.span = span
    }
}
