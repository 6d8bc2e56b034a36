import NewsArticles
import TemporalTagging
import TimelineModel

/// The date an activity gets: from a date expression's span (a vague period clipped to the
/// publication date for things that already happened), or "on or before" the publication date
/// when the text has none.
///
/// ```swift
/// // "earlier this month" in an article of 2022-11-14 → 2022-11-01 … 2022-11-14, precision month
/// DateChoice(span: DaySpan(first: nov1, last: nov30, granularity: .month), published: nov14)
/// ```
struct DateChoice: Hashable, Sendable {
    var start: CalendarDay?
    var end: CalendarDay
    var precision: DatePrecision
    /// Starts after the publication date: an announcement, not a report.
    var isFuture: Bool

    init?(span: DaySpan, published: CalendarDay?) {
        var precision: DatePrecision
        switch span.granularity {
        case .day: precision = span.first == span.last ? .day : .range
        case .range: precision = span.first == span.last ? .day : .range
        case .week: precision = .week
        case .month: precision = .month
        case .season, .quarter, .half: precision = .range
        case .year: precision = .year
        case .decade, .century: return nil
        }
        var last = span.last
        isFuture = published.map { span.first > $0 } ?? false
        // A vague period that runs past the publication date ("earlier this month", "this week")
        // ends at publication for something already done; days the text names exactly ("on
        // September 18-19", an event going on as the article appears) stay as written.
        let exact = span.granularity == .day || span.granularity == .range
        if let p = published, !isFuture, !exact, last > p { last = p }
        if precision == .range && span.first == last { precision = .day }
        start = span.first
        end = last
        self.precision = precision
    }

    /// No date in the text: on or before the publication date.
    init(before published: CalendarDay) {
        start = nil
        end = published
        precision = .onOrBefore
        isFuture = false
    }

    /// Whether `other` lies within these days (a day of this year, this month …); an undated
    /// `other` does not.
    func contains(_ other: DateChoice) -> Bool {
        guard let first = other.start else { return false }
        return (start.map { first >= $0 } ?? true) && other.end <= end
    }

    /// Whether the two share a day (an undated one shares none).
    func overlaps(_ other: DateChoice) -> Bool {
        guard let a = start, let b = other.start else { return false }
        return a <= other.end && b <= end
    }
}
