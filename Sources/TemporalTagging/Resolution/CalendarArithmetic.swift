import NewsArticles

/// Calendar units of TIMEX3 values and the arithmetic on them: ISO weeks, quarters, seasons.
///
/// ```swift
/// let day = CalendarDay(iso: "2023-10-12")!
/// CalendarArithmetic.isoWeek(of: day)        // (2023, 41)
/// CalendarArithmetic.value(of: day, unit: "W") // "2023-W41"
/// ```
public enum CalendarArithmetic {
    /// ISO 8601 week-numbering year and week of a day.
    public static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let year = thursday.year
        guard let jan1 = CalendarDay(year: year, month: 1, day: 1) else { return (year, 1) }
        return (year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        let p = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return n < 0 ? "-" + p : p
    }

    /// Moves a day by `count` units (D, W, WE, M, Q, H1, Y, DE, CE; SP/SU/FA/WI for seasons).
    public static func shift(_ day: CalendarDay, unit: String, by count: Int) -> CalendarDay {
        switch unit {
        case "D": return day.adding(days: count)
        case "W", "WE": return day.adding(days: 7 * count)
        case "M": return day.adding(months: count)
        case "Q": return day.adding(months: 3 * count)
        case "HALF": return day.adding(months: 6 * count)
        case "Y", "SP", "SU", "FA", "WI": return day.adding(months: 12 * count)
        case "DE": return day.adding(months: 120 * count)
        case "CE": return day.adding(months: 1200 * count)
        default: return day.adding(days: count)
        }
    }

    /// The TIMEX3 value and the days covered by the unit containing `day`.
    public static func value(of day: CalendarDay, unit: String) -> (value: String, span: DaySpan?) {
        switch unit {
        case "W":
            let (y, w) = isoWeek(of: day)
            let monday = day.adding(days: 1 - day.weekday)
            return ("\(pad(y, 4))-W\(pad(w, 2))", DaySpan(first: monday, last: monday.adding(days: 6), granularity: .week))
        case "WE":
            let (y, w) = isoWeek(of: day)
            let saturday = day.adding(days: 6 - day.weekday)
            return ("\(pad(y, 4))-W\(pad(w, 2))-WE", DaySpan(first: saturday, last: saturday.adding(days: 1), granularity: .range))
        case "M":
            return monthValue(year: day.year, month: day.month)
        case "Q":
            let q = (day.month - 1) / 3 + 1
            return quarterValue(year: day.year, quarter: q)
        case "HALF":
            let h = (day.month - 1) / 6 + 1
            guard let first = CalendarDay(year: day.year, month: h == 1 ? 1 : 7, day: 1),
                  let last = CalendarDay.lastOf(month: h == 1 ? 6 : 12, year: day.year) else { return ("\(pad(day.year, 4))-H\(h)", nil) }
            return ("\(pad(day.year, 4))-H\(h)", DaySpan(first: first, last: last, granularity: .half))
        case "Y", "SP", "SU", "FA", "WI":
            return yearValue(day.year)
        case "DE":
            return decadeValue(day.year / 10)
        case "CE":
            let c = day.year / 100
            return (pad(c, 2), nil)
        default:
            return (day.iso, DaySpan(first: day, last: day, granularity: .day))
        }
    }

    public static func monthValue(year: Int, month: Int) -> (value: String, span: DaySpan?) {
        guard let first = CalendarDay.firstOf(month: month, year: year),
              let last = CalendarDay.lastOf(month: month, year: year) else { return ("\(pad(year, 4))-\(pad(month, 2))", nil) }
        return ("\(pad(year, 4))-\(pad(month, 2))", DaySpan(first: first, last: last, granularity: .month))
    }

    public static func quarterValue(year: Int, quarter: Int) -> (value: String, span: DaySpan?) {
        guard (1...4).contains(quarter), let first = CalendarDay(year: year, month: 3 * quarter - 2, day: 1),
              let last = CalendarDay.lastOf(month: 3 * quarter, year: year) else { return ("\(pad(year, 4))-Q\(quarter)", nil) }
        return ("\(pad(year, 4))-Q\(quarter)", DaySpan(first: first, last: last, granularity: .quarter))
    }

    public static func yearValue(_ year: Int) -> (value: String, span: DaySpan?) {
        guard let first = CalendarDay(year: year, month: 1, day: 1), let last = CalendarDay(year: year, month: 12, day: 31) else {
            return (pad(year, 4), nil)
        }
        return (pad(year, 4), DaySpan(first: first, last: last, granularity: .year))
    }

    public static func decadeValue(_ decade: Int) -> (value: String, span: DaySpan?) {
        guard let first = CalendarDay(year: decade * 10, month: 1, day: 1),
              let last = CalendarDay(year: decade * 10 + 9, month: 12, day: 31) else { return (pad(decade, 3), nil) }
        return (pad(decade, 3), DaySpan(first: first, last: last, granularity: .decade))
    }

    /// Season codes and the months they cover (northern hemisphere, winter starting in December).
    public static func seasonValue(year: Int, code: String) -> (value: String, span: DaySpan?) {
        let months: (Int, Int)
        switch code {
        case "SP": months = (3, 5)
        case "SU": months = (6, 8)
        case "FA": months = (9, 11)
        default: months = (12, 2)
        }
        let first = CalendarDay(year: year, month: months.0, day: 1)
        let last = CalendarDay.lastOf(month: months.1, year: code == "WI" ? year + 1 : year)
        let span = first.flatMap { f in last.map { DaySpan(first: f, last: $0, granularity: .season) } }
        return ("\(pad(year, 4))-\(code)", span)
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    public static func easterSunday(year y: Int) -> CalendarDay? {
        guard (1583...9999).contains(y) else { return nil }
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: y, month: month, day: day)
    }

        /// The season a day falls in, and the year the TIMEX value gives it.
    public static func season(of day: CalendarDay) -> (code: String, year: Int) {
        switch day.month {
        case 3...5: return ("SP", day.year)
        case 6...8: return ("SU", day.year)
        case 9...11: return ("FA", day.year)
        case 12: return ("WI", day.year)
        default: return ("WI", day.year - 1)
        }
    }
}
