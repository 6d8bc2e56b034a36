import NewsArticles
import TemporalTagging

/// A look back at last year published early in the new one ("Year in review: Ombudsman's 2023
/// marked by …", published on 10 January 2024). The tagger reads a month named without a year as
/// the latest one, so "In January, Aliyeva was in Strasbourg" becomes January 2024; in such a
/// piece it is January 2023.
///
/// ```swift
/// // published 2024-01-10, headline naming 2023: "In January" → 2023-01
/// if let year = YearInReview.year(of: article, scalars: scalars, times: times) {
///     times = YearInReview.shift(times, to: year, published: day)
/// }
/// ```
enum YearInReview {
    /// The year reviewed: the one before publication, in a piece published in January or February
    /// whose headline or first paragraph names it by itself ("2023") beside the word "year" or
    /// "review" ("Year in review: Ombudsman's 2023 …", "2023 was the busiest year since …"). (Not a
    /// year named in passing: "O'Flaherty visited Azerbaijan in 2024.")
    static func year(of article: Article, scalars: [Unicode.Scalar], times: [TimeExpression]) -> Int? {
        guard let published = article.published, published.month <= 2 else { return nil }
        let reviewed = published.year - 1
        for p in article.paragraphs.prefix(2) {
            guard times.contains(where: { t in t.text == String(reviewed) && t.span?.granularity == .year && p.range.contains(t.start) }) else { continue }
            let text = String(String.UnicodeScalarView(scalars[p.range]))
            if words(text).contains(where: { $0 == "year" || $0 == "review" }) { return reviewed }
        }
        return nil
    }

    /// `times` with each month or day named by its month alone ("In January", "on 12 February") and
    /// read in the year of publication moved to `year`, when a later month of that year is told after
    /// it. Dates named relative to the paper ("this month", "on Monday", "today") stay.
    static func shift(_ times: [TimeExpression], to year: Int, published: CalendarDay) -> [TimeExpression] {
        times.enumerated().map { i, t in
            guard t.type == .date, let span = t.span, [.day, .range, .month].contains(span.granularity),
                  // (Only in a story told in the year's order: a later month of the reviewed year follows —
                  // "In January, … On 1-2 June, …". An interview's "On 28 January I received citizens" about
                  // this year has none.)
                  times[(i + 1)...].contains(where: { u in
                      u.span.map { $0.first.year == year && $0.first.month > span.first.month } == true && namesMonth(u.text) && !relative(u.text)
                  }),
                  span.first.year == published.year, span.last.year == published.year,
                  !t.text.contains(String(published.year)),
                  namesMonth(t.text), !relative(t.text),
                  let first = CalendarDay(year: year, month: span.first.month, day: span.first.day),
                  let last = CalendarDay(year: year, month: span.last.month, day: min(span.last.day, daysIn(year, span.last.month))) else { return t }
            var moved = t
            moved.span = DaySpan(first: first, last: span.granularity == .month ? CalendarDay(year: year, month: span.last.month, day: daysIn(year, span.last.month))! : last,
                                 granularity: span.granularity)
            if moved.value.hasPrefix(String(published.year)) { moved.value = String(year) + moved.value.dropFirst(4) }
            return moved
        }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    static func words(_ text: String) -> [Substring] { text.lowercased().split { !$0.isLetter } }

    static func namesMonth(_ text: String) -> Bool { words(text).contains { months.contains(String($0)) } }

    static func relative(_ text: String) -> Bool {
        words(text).contains { ["this", "last", "next", "past", "current", "earlier", "later", "ago", "coming"].contains(String($0)) }
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        (28...31).last { CalendarDay(year: year, month: month, day: $0) != nil } ?? 28
    }
}
