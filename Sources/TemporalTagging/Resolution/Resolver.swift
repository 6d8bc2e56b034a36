import NewsArticles

/// Whether the sentence around an expression speaks of the past or of the future.
public enum Tense: Sendable, Hashable {
    /// A past-tense verb of the event itself (visited, held).
    case past
    /// Only a reporting verb (said, told): past for weekdays, no evidence for the year of a date.
    case reported
    case future
    case unknown
}

/// Turns a rule match into a TIMEX3 value (and the days it covers), against the reference date,
/// the last date resolved before it (for anaphoric expressions) and the tense of its sentence.
///
/// The actions named in rule files (`date`, `shift`, `dur` …) are the cases of ``resolve``.
struct Resolver {
    static let actions: Set<String> = [
        "date", "range", "month", "year", "decade", "century", "weekday", "shift", "anchor", "dur",
        "const", "set", "counted", "season", "quarter", "half", "time", "part", "yearof", "spokenyear", "weekend", "holiday", "weekset", "monthset", "dayofmonth", "comparative", "topicquarter", "topicyear", "yearperiod",
        "frac", "inyear", "weekof", "ignore", "easter", "timeset",
    ]

    struct Context {
        var reference: CalendarDay?
        var anchor: CalendarDay?
        /// How precise the last date mentioned was (a day, a month, a year …).
        var anchorGranularity: DaySpan.Granularity? = nil
        var tense: Tense
        /// The word before the expression (lower case), for words that are dates only in context.
        var previousWord: String?
        var previousIsContext: Bool
        /// The match is followed by punctuation, a preposition or a conjunction (not by a noun:
        /// "on the 10th," but not "the 10th anniversary").
        var endsPhrase: Bool = true
        /// The period named last in the same sentence, if any.
        var period: DaySpan? = nil
        /// The quarter the text is about: the last one named in the preceding text, if any
        /// ("Profit rose in the third quarter. A year earlier, …" compares quarters).
        var topic: DaySpan? = nil
        /// The day named last by a date or a time of day ("Tuesday", "Monday night"), even if a
        /// year or a month was named after it: the day a clock time alone is on.
        var clockDay: CalendarDay? = nil
        /// The hour of the clock time (or part of the day: "that night") that named `clockDay`, if the
        /// day was named by one ("11 p.m. Sunday"); `nil` when a plain date named it.
        var clockHour: Int? = nil
        /// The length of months named just before ("For the nine months, … in the year-earlier period").
        var recentLength: String? = nil
        /// A length of several months named before in the same sentence ("For the nine months, …").
        var sentenceLength: String? = nil
        /// The day named last that is not after the publication date.
        var pastDay: CalendarDay? = nil
        /// The hour of the clock time or part of the day that named `pastDay`, if one did.
        var pastHour: Int? = nil
        /// The word after the expression (lower case), if any.
        var nextWord: String? = nil
        /// The word after `nextWord` is a month name ("the year to March 31").
        var monthAfterNext: Bool = false
    }

    let rule: Rule
    let match: RuleMatch
    let context: Context

    typealias Result = (value: String, span: DaySpan?)

    func resolve() -> Result? {
        let a = rule.arguments
        switch rule.action {
        case "date":
            // `date after on,from,…`: only after one of those words, and not before a unit ("on 15.06",
            // where a day and a month without a year could as well be a number: "on 15.06 percent").
            if a.count == 2, a[0] == "after" {
                let words = a[1].split(separator: ",")
                guard let before = context.previousWord?.lowercased(), words.contains(where: { $0 == before }),
                      !Self.numberFollowers.contains(context.nextWord ?? "") else { return nil }
            }
            return date()
        case "range": return range()
        case "month": return month()
        case "year": return year()
        case "yearof": return yearOf()
        case "decade":
            guard let d = match.capture("DECADE") ?? match.capture("DECADEWORD"), let n = Int(d.value) else { return nil }
            return CalendarArithmetic.decadeValue(n)
        case "century":
            guard let n = ordinal(a.first ?? "ORD") else { return nil }
            return (CalendarArithmetic.pad(n - 1, 2), nil)
        case "weekday": return weekday()
        case "shift": return shift(base: context.reference)
        case "anchor": return anchored()
        case "counted":
            // "two days later": TimeML tags the length (a DURATION; "later" is a signal, outside
            // the span), but the day it reaches is where the story now is, for what follows.
            guard a.count >= 2, let length = duration([a[0], a[1].hasPrefix("-") ? String(a[1].dropFirst()) : a[1]]) else { return nil }
            return (length.value, anchored()?.span)
        case "dur":
            // `dur UNIT X bare`: a bare plural that is often no length ("the first days", "minutes
            // apart", "a matter of days"), only where a length is plain: "within days", "in minutes",
            // "could take days", "days away", "minutes before the game".
            if a.last == "bare" {
                let before = context.previousWord?.lowercased() ?? "", after = context.nextWord ?? ""
                guard Self.bareLengthBefore.contains(before) || Self.bareLengthAfter.contains(after),
                      !Self.bareLengthNotBefore.contains(before) else { return nil }
                return duration(Array(a.dropLast()))
            }
            return duration()
        case "set":
            // `set SEASON`: "every summer" → XXXX-SU.
            if a.count == 1, let c = match.capture(a[0]) { return ("XXXX-" + c.value, nil) }
            if a.count == 1 { return (a[0], nil) }
            return duration()
        case "const":
            // `const VALUE after WORD`: only after that word, ending its phrase ("at the time," but
            // not "at the time of the attack").
            if a.count == 3, a[1] == "after" {
                guard context.previousWord?.lowercased() == a[2], context.endsPhrase, context.nextWord != "of" else { return nil }
            }
            // `const VALUE ahead`: only where the sentence does not tell the past, and not in "as soon
            // as" or "soon after" (a conjunction or preposition of time).
            if a.count == 2, a[1] == "ahead" {
                guard context.tense != .past, context.previousWord?.lowercased() != "as",
                      !["as", "after", "afterward", "afterwards", "before", "thereafter", "enough"].contains(context.nextWord ?? "")
                else { return nil }
            }
            return a.first.map { ($0, nil) }
        case "season": return season()
        case "quarter": return quarter()
        case "half": return half()
        case "time": return time()
        case "timeset":
            // "5:15 every morning": the clock time of every day (XXXX-XX-XXT05:15).
            guard let t = time(), let k = t.value.firstIndex(of: "T") else { return nil }
            return ("XXXX-XX-XX" + t.value[k...], nil)
        case "part": return part()
        case "spokenyear": return spokenYear()
        case "weekend": return weekend()
        case "holiday": return holiday()
        case "dayofmonth": return dayOfMonth()
        case "comparative": return comparative()
        case "topicquarter": return topicQuarter()
        case "topicyear": return topicYear()
        case "yearperiod":
            // "the year ended June 30" is the length of a (fiscal) year: a duration.
            if let w = context.nextWord, w == "ended" || w == "ending" { return ("P1Y", nil) }
            // "the year to March 31" (British usage): the same length.
            if context.nextWord == "to", context.monthAfterNext { return ("P1Y", nil) }
            return shift(base: context.reference)
        case "weekset":
            guard let w = (match.capture("WEEKDAY") ?? match.capture("WEEKDAYS")).flatMap({ Int($0.value) }) else { return nil }
            return ("XXXX-WXX-\(w)" + ((match.capture("PART") ?? match.capture("PARTS")).map { "T" + $0.value } ?? ""), nil)
        case "frac": return fraction()
        case "easter": return easter()
        case "inyear": return inYear()
        case "weekof":
            // "the week of March 6": the calendar week holding that day.
            if match.capture("DAY") != nil {
                guard let d = date(), let day = d.span?.first else { return nil }
                return CalendarArithmetic.value(of: day, unit: "W")
            }
            return weekOfMonth()
        case "monthset":
            guard let m = match.capture("MONTH").flatMap({ Int($0.value) }) else { return nil }
            return ("XXXX-\(CalendarArithmetic.pad(m, 2))", nil)
        default: return nil
        }
    }

    // MARK: - Helpers

    /// A date of granularity `g` is too coarse to count `unit`s from (a year for days or weeks).
    static func isCoarse(_ g: DaySpan.Granularity, for unit: String) -> Bool {
        switch unit {
        case "D", "W", "H", "WE": return ![.day, .range, .week].contains(g)
        default: return false
        }
    }

    private func number(_ spec: String) -> Int? {
        if let n = Int(spec) { return n }
        var name = spec, sign = 1
        if name.hasPrefix("-") { sign = -1; name.removeFirst() }
        if name.hasPrefix("+") { name.removeFirst() }
        if let n = Int(name) { return sign * n }
        guard let c = match.capture(name) else { return nil }
        if let n = c.number { return sign * n }
        if let n = Int(c.value) { return sign * n }
        return nil
    }

    static let codes: Set<String> = ["D", "W", "M", "Y", "Q", "DE", "CE", "WE", "H", "MIN", "S", "HALF",
                                     "SP", "SU", "FA", "WI", "MO", "AF", "EV", "NI", "MI", "DT"]

    /// A unit or part-of-day code written in the rule, or the value of the capture it names.
    private func text(_ spec: String) -> String? {
        if Self.codes.contains(spec) { return spec }
        return match.capture(spec)?.value
    }

    private func ordinal(_ spec: String) -> Int? {
        for name in [spec, "ORD", "ORDNUM"] {
            if let c = match.capture(name), let n = c.number ?? Int(c.value) { return n }
        }
        return Int(spec)
    }

    private func monthNumber() -> Int? {
        if let c = match.capture("MONTH") { return Int(c.value) }
        if let c = match.capture("MONTHNUM") { return c.number }
        return nil
    }

    private func explicitYear(_ name: String = "YEAR") -> Int? {
        if let c = match.capture(name), let n = c.number { return n }
        if name == "YEAR", let c = match.capture("YY"), let n = c.number { return n < 40 ? 2000 + n : 1900 + n }
        return nil
    }

    /// The year of a month (and day) given without one: the occurrence nearest to the reference
    /// date, unless the tense of the event puts it on the other side (a past visit "in January"
    /// of an October article is this year's January; a summit that "will open on Jan. 14" is next year's).
    private func inferredYear(month: Int, day: Int?) -> Int? {
        guard let ref = context.reference else { return nil }
        guard (2...9998).contains(ref.year) else { return ref.year }
        func occurrence(_ y: Int) -> CalendarDay {
            let d = min(day ?? 1, CalendarDay.daysIn(month: month, year: y))
            return CalendarDay(year: y, month: month, day: d)!
        }
        func lastDay(_ y: Int) -> CalendarDay { day == nil ? CalendarDay.lastOf(month: month, year: y)! : occurrence(y) }
        func distance(_ y: Int) -> Int {
            if occurrence(y) > ref { return occurrence(y).ordinal - ref.ordinal }
            if lastDay(y) < ref { return ref.ordinal - lastDay(y).ordinal }
            return 0
        }
        var best = ref.year
        for y in [ref.year - 1, ref.year + 1] where distance(y) < distance(best) { best = y }
        switch context.tense {
        case .past:
            // News speaks of the coming weeks in the past tense too ("the vote was set for Dec. 15").
            // A date more than two months (a month: more than a month) after the reference in a
            // past-tense sentence is last year's.
            if occurrence(best).ordinal > ref.ordinal + (day == nil ? 31 : 60) { best -= 1 }
        case .future:
            // (A day a few weeks behind is one the text is late for: "must be returned by Jan. 14"
            // in a story of Jan. 15; a month ended less than 45 days before is the one a coming
            // report is about: "will get the report on December trade" in February.)
            if lastDay(best) < ref, ref.ordinal - lastDay(best).ordinal > (day == nil ? 45 : 30) { best += 1 }
        case .reported, .unknown:
            // Without a tense, news speaks more of the months behind than of those ahead: a
            // month more than four months ahead is last year's.
            if occurrence(best).ordinal > ref.ordinal + 122 { best -= 1 }
        }
        return best
    }

    // MARK: - Actions

    /// The day of the month: digits (`DAY`), or an ordinal word read out ("eighth", "twenty-first").
    private func dayNumber() -> Int? {
        if let c = match.capture("DAY") { return c.number }
        guard let o = match.capture("ORD").flatMap({ Int($0.value) }) else { return nil }
        let tens = match.capture("TENS").flatMap { Int($0.value) } ?? 0
        guard tens == 0 || o < 10, (1...31).contains(tens + o) else { return nil }
        return tens + o
    }

    private func date() -> Result? {
        guard let m = monthNumber(), let d = dayNumber() else { return nil }
        // "last Oct. 23": the latest one before the reference; "next May 5": the first one after it.
        var relative: Int? = nil
        if let ref = context.reference, let n = match.capture("REL").flatMap({ Int($0.value) }), n != 0 {
            var y = ref.year
            if n < 0, let day = CalendarDay(year: y, month: m, day: min(d, CalendarDay.daysIn(month: m, year: y))), day >= ref { y -= 1 }
            if n > 0, let day = CalendarDay(year: y, month: m, day: min(d, CalendarDay.daysIn(month: m, year: y))), day <= ref { y += 1 }
            relative = y
        }
        // ("did not start running until March 21, 2019, rather than on March 17": a day without a year
        // in a sentence about a day or a month of another year is of that year, the nearest to it.)
        var sameSentence: Int? = nil
        // (Not a day told as ahead: "invited in July 1997, will join NATO on March 12".)
        if explicitYear() == nil, relative == nil, context.tense != .future, let p = context.period,
           p.granularity == .day || p.granularity == .month, let ref = context.reference, p.first.year != ref.year {
            let near = (p.first.year - 1...p.first.year + 1).compactMap { CalendarDay(year: $0, month: m, day: min(d, CalendarDay.daysIn(month: m, year: $0))) }
                .min { abs($0.ordinal - p.first.ordinal) < abs($1.ordinal - p.first.ordinal) }
            if let near, abs(near.ordinal - p.first.ordinal) <= 183 { sameSentence = near.year }
        }
        if let y = explicitYear() ?? relative ?? sameSentence ?? inferredYear(month: m, day: d) {
            guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
            return (day.iso, DaySpan(first: day, last: day, granularity: .day))
        }
        guard d <= 31 else { return nil }
        return ("XXXX-\(CalendarArithmetic.pad(m, 2))-\(CalendarArithmetic.pad(d, 2))", nil)
    }

    private func range() -> Result? {
        guard let m1 = monthNumber(), let d1 = match.capture("DAY")?.number, let d2 = match.capture("DAY#2")?.number else { return nil }
        let m2 = match.capture("MONTH#2").flatMap { Int($0.value) } ?? match.capture("MONTHNUM#2")?.number ?? m1
        guard m2 != m1 || d2 > d1 else { return nil }
        guard let y1 = explicitYear() ?? inferredYear(month: m1, day: d1) else {
            return ("XXXX-\(CalendarArithmetic.pad(m1, 2))-\(CalendarArithmetic.pad(d1, 2))", nil)
        }
        let y2 = m2 < m1 ? y1 + 1 : y1
        guard let first = CalendarDay(year: y1, month: m1, day: d1), let last = CalendarDay(year: y2, month: m2, day: d2),
              last > first, last.ordinal - first.ordinal < 400 else { return nil }
        // "from Aug. 26 to Oct. 20": two dates, as TimeML writes them; only a short stretch across
        // a month end ("30 September to 2 October") is one range.
        if m2 != m1 && last.ordinal - first.ordinal > 7 { return nil }
        return (first.iso, DaySpan(first: first, last: last, granularity: .range))
    }

    private func month() -> Result? {
        guard let c = match.capture("MONTH"), let m = Int(c.value) else { return nil }
        var year = explicitYear()
        // `month anchor named` ("was sentenced that July"): the month of the year named last.
        if rule.arguments.first == "anchor" {
            // (Not "that may be", "that march"; nor "said that July sales rose", "that July was hot":
            // there "that" opens a clause.)
            guard !c.ambiguous, context.endsPhrase, let base = context.anchor else { return nil }
            year = year ?? base.year
        }
        if year == nil, let ref = context.reference, let relation = match.capture("REL"), let n = Int(relation.value) {
            if n < 0 { year = m < ref.month ? ref.year : ref.year - 1 }
            else if n > 0 { year = m > ref.month ? ref.year : ref.year + 1 }
            else { year = ref.year }
        }
        if c.ambiguous && year == nil && match.end - match.first == 1 && !context.previousIsContext { return nil }
        if let y = year ?? inferredYear(month: m, day: nil) { return CalendarArithmetic.monthValue(year: y, month: m) }
        return ("XXXX-\(CalendarArithmetic.pad(m, 2))", nil)
    }

    /// Words that make a number of what looks like a day and a month ("15.06 percent").
    static let numberFollowers: Set<String> = ["percent", "%", "per", "million", "billion", "points", "point", "cents", "pence", "mln", "bln", "times", "kg", "km", "m", "ha", "tons", "tonnes", "manat", "azn", "usd", "dollars", "euros"]

    /// Prepositions after which "the fall" ending its phrase is the season ("since the fall,",
    /// "in the fall.", "would not begin before the fall,"; not "the fall of the regime", "after the fall").
    static let seasonPrepositions: Set<String> = ["in", "since", "during", "until", "till", "by", "through", "throughout", "before"]
    /// Words after "the fall" that make it a decline ("since the fall in prices", "before the fall from power").
    static let declineFollowers: Set<String> = ["in", "from", "to", "of", "on"]

    private func year() -> Result? {
        guard let y = explicitYear() else { return nil }
        if context.previousWord == "$" { return nil }
        return CalendarArithmetic.yearValue(y)
    }

    /// `yearof UNIT OFFSET`: the year that contains reference ± n units (`a year earlier` → 2022).
    private func yearOf() -> Result? {
        guard let ref = context.reference else { return nil }
        let unit = text(rule.arguments.first ?? "Y") ?? "Y"
        let n = rule.arguments.count > 1 ? (number(rule.arguments[1]) ?? 0) : 0
        return CalendarArithmetic.yearValue(CalendarArithmetic.shift(ref, unit: unit, by: n).year)
    }

    private func weekday() -> Result? {
        guard let c = match.capture("WEEKDAY"), let w = Int(c.value) else { return nil }
        // (`weekday 0 MO`: a part of the day named by another word, "dawn Monday".)
        let part = match.capture("PART")?.value ?? rule.arguments.first { ["MO", "AF", "EV", "NI"].contains($0) }
        guard let ref = context.reference else {
            return ("XXXX-WXX-\(w)" + (part.map { "T" + $0 } ?? ""), nil)
        }
        // `weekday 0 same` ("on Aug. 29, a Monday"): a weekday in apposition names the day told
        // last; when that day is not this weekday the phrase is left to the bare weekday's rules.
        if rule.arguments.contains("same") {
            guard context.anchorGranularity == .day, let a = context.anchor, a.weekday == w else { return nil }
            if let part { return (a.iso + "T" + part, DaySpan(first: a, last: a, granularity: .day)) }
            return (a.iso, DaySpan(first: a, last: a, granularity: .day))
        }
        let offset = rule.arguments.first.flatMap({ number($0) }) ?? 0
        // `weekday REL inweek` ("Thursday of last week"): that weekday of the week REL weeks away.
        if rule.arguments.contains("inweek") {
            let day = ref.adding(days: -(ref.weekday - 1) + 7 * offset + (w - 1))
            return (day.iso, DaySpan(first: day, last: day, granularity: .day))
        }
        // `weekday -1 anchor` ("the previous Friday"): counted from the day mentioned last.
        var base = ref
        if rule.arguments.contains("anchor"), let a = context.anchor, context.anchorGranularity == .day { base = a }
        let day = weekdayDay(w, reference: base, offset: offset)
        if let part { return (day.iso + "T" + part, DaySpan(first: day, last: day, granularity: .day)) }
        return (day.iso, DaySpan(first: day, last: day, granularity: .day))
    }

    /// The day a weekday names: `offset` -1 (last Friday) or +1 (next Friday), else by tense —
    /// the most recent in the past, the next one ahead, the nearer one when nothing tells.
    private func weekdayDay(_ w: Int, reference ref: CalendarDay, offset: Int) -> CalendarDay {
        var day: CalendarDay
        if offset < 0 {
            // last Friday: the most recent one strictly before the reference date.
            let back = (ref.weekday - w + 7) % 7
            day = ref.adding(days: -(back == 0 ? 7 : back))
        } else if offset > 0 || context.tense == .future {
            var diff = (w - ref.weekday + 7) % 7
            // "next Friday" on a Friday is a week away; a bare "Friday" ahead in a story written
            // on a Friday is that day (news names the day of publication by its weekday).
            if diff == 0, offset > 0 { diff = 7 }
            day = ref.adding(days: diff)
        } else if context.tense == .unknown {
            // No tense at all ("polls open Tuesday"): the nearer one, the past one on a tie.
            let back = (ref.weekday - w + 7) % 7, ahead = (w - ref.weekday + 7) % 7
            day = ahead < back ? ref.adding(days: ahead) : ref.adding(days: -back)
        } else {
            day = ref.adding(days: -((ref.weekday - w + 7) % 7))
        }
        return day
    }

    private func shift(base: CalendarDay?) -> Result? {
        let a = rule.arguments
        guard a.count >= 2, let unit = text(a[0]) else { return nil }
        guard let n = number(a[1]) else { return nil }
        guard let base else {
            // No publication date: the expression is still a date, of unknown value.
            switch unit {
            case "D", "H", "MIN", "S": return ("XXXX-XX-XX", nil)
            case "W": return ("XXXX-WXX", nil)
            case "WE": return ("XXXX-WXX-WE", nil)
            case "M": return ("XXXX-XX", nil)
            case "Q": return ("XXXX-QX", nil)
            default: return ("XXXX", nil)
            }
        }
        if unit == "H" || unit == "MIN" || unit == "S" {
            return (base.iso, DaySpan(first: base, last: base, granularity: .day))
        }
        if ["SP", "SU", "FA", "WI"].contains(unit) { return seasonShift(code: unit, by: n, base: base) }
        let moved = CalendarArithmetic.shift(base, unit: unit, by: n)
        // "999999 weeks ago" leaves the calendar.
        guard (1...9999).contains(moved.year) else { return nil }
        return CalendarArithmetic.value(of: moved, unit: unit)
    }

    /// The season `code` that is `n` seasons of that name away from `base` ("last spring", "next
    /// fall"); `includingCurrent` lets the season under way be the one before or after.
    private func seasonShift(code: String, by n: Int, base: CalendarDay, includingCurrent: Bool = false) -> Result? {
        let order = ["SP": 0, "SU": 1, "FA": 2, "WI": 3]
        let (current, year) = CalendarArithmetic.season(of: base)
        var y = year
        let same = includingCurrent && code == current
        if n < 0 { if order[code]! >= order[current]!, !same { y -= 1 } }
        else if n > 0 { if order[code]! <= order[current]!, !same { y += 1 } }
        return CalendarArithmetic.seasonValue(year: y + (abs(n) > 1 ? n.signum() * (abs(n) - 1) : 0), code: code)
    }

    /// `anchor UNIT N`: N units from the day mentioned last (from the reference date without one).
    private func anchored() -> Result? {
        let a = rule.arguments
        // "three days later" after "in 2012" has no day to count from: only what the anchor
        // tells is known ("2012-XX-XX"; "1998-10-XX" after "in October 1998").
        if let g = context.anchorGranularity, let base = context.anchor, let spec = a.first, let unit = text(spec),
           Self.isCoarse(g, for: unit) {
            // ("The same day, she met the head, who noted the flats provided last year. The next
            // morning, …": a year or month before the story's day is background; the day goes on.)
            if unit == "D", a.count > 1, let n = number(a[1]), n != 0, let day = context.clockDay, g == .year ? base.year < day.year : g == .month
                ? (base.year, base.month) < (day.year, day.month) : false {
                return shift(base: day)
            }
            let year = CalendarArithmetic.pad(base.year, 4)
            if unit == "W" || unit == "WE" { return (year + "-WXX", nil) }
            if g == .month { return (year + "-" + CalendarArithmetic.pad(base.month, 2) + "-XX", nil) }
            return (year + "-XX-XX", nil)
        }
        return shift(base: context.anchor ?? context.reference)
    }

    private func duration(_ a: [String]? = nil) -> Result? {
        let a = a ?? rule.arguments
        guard let unitSpec = a.first, let unit = text(unitSpec) else { return nil }
        var amount = "X"
        if a.count > 1 {
            if a[1] == "X" { amount = "X" }
            else if let n = number(a[1]) { amount = String(n) }
            else if let c = match.capture(a[1]) { amount = c.value }
        }
        if let n = match.capture("NUM"), a.count > 1, a[1] == "NUM", n.number == nil { amount = n.value }
        var factor = 1
        if a.count > 2, let f = Int(a[2]) { factor = f }
        if factor != 1, let n = Int(amount) { amount = String(n * factor) }
        if amount.contains(".") {
            // 1.5 years → P18M; other fractions stay as written.
            if let d = Double(amount), unit == "Y", (d * 12).rounded() == d * 12 { return ("P\(Int(d * 12))M", nil) }
        }
        if let n = Int(amount) {
            // A number that reads as a year is not an amount ("the 1988 quarter").
            if a.count > 1, a[1] == "NUM", let c = match.capture("NUM"), c.digits, !c.grouped, (1900...2100).contains(n) { return nil }
            switch unit {
            case "DE": return ("P\(n * 10)Y", nil)
            case "CE": return ("P\(n * 100)Y", nil)
            default: break
            }
        }
        // A vague number of decades is written in years, as TimeBank does ("for decades": PXY).
        if amount == "X", unit == "DE" { return ("PXY", nil) }
        switch unit {
        case "H": return ("PT\(amount)H", nil)
        case "MIN": return ("PT\(amount)M", nil)
        case "S": return ("PT\(amount)S", nil)
        default: return ("P\(amount)\(unit)", nil)
        }
    }

    /// `frac UNIT WHOLE NUMERATOR DENOMINATOR`: "2 1/2 years" (`frac UNIT NUM NUM#2 NUM#3`) → P2Y6M,
    /// "a minute and a half" (`frac UNIT 1 1 2`) → PT1M30S; the fraction is written in the next
    /// smaller unit when it comes out whole there, else as a decimal.
    private func fraction() -> Result? {
        let a = rule.arguments
        guard a.count == 4, let unit = text(a[0]), let whole = number(a[1]), let num = number(a[2]), let den = number(a[3]),
              den > 0, num > 0, num < den, whole >= 0, whole < 10_000 else { return nil }
        let smaller: [String: (unit: String, per: Int)] = [
            "Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
            "H": ("MIN", 60), "MIN": ("S", 60),
        ]
        func code(_ n: String, _ u: String) -> String {
            switch u {
            case "DE": return n + "DE"
            case "CE": return n + "CE"
            case "MIN": return n + "M"
            default: return n + u
            }
        }
        let clock = unit == "H" || unit == "MIN" || unit == "S"
        let lead = clock ? "PT" : "P"
        if let next = smaller[unit], (num * next.per) % den == 0, unit != "M" {
            let part = num * next.per / den
            if unit == "DE" || unit == "CE" { return (lead + "\(whole * next.per + part)Y", nil) }
            let head = whole > 0 ? code(String(whole), unit) : ""
            if unit == "D" { return ("P" + (whole > 0 ? "\(whole)D" : "") + "T\(part)H", nil) }
            return (lead + head + code(String(part), next.unit), nil)
        }
        let amount = Double(whole) + Double(num) / Double(den)
        var text = String(amount)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (lead + code(text, unit), nil)
    }

    /// `weekof [last]` without a day: "the first week of March" (ORD), "the last week of April" —
    /// the calendar week holding the middle of those seven days.
    private func weekOfMonth() -> Result? {
        guard let m = monthNumber(), let y = explicitYear() ?? inferredYear(month: m, day: nil) else { return nil }
        let length = CalendarDay.daysIn(month: m, year: y)
        let middle: Int
        if rule.arguments.first == "last" { middle = length - 3 }
        else {
            guard let n = ordinal("ORD"), (1...5).contains(n) else { return nil }
            middle = min(7 * (n - 1) + 4, length)
        }
        guard let day = CalendarDay(year: y, month: m, day: middle) else { return nil }
        return CalendarArithmetic.value(of: day, unit: "W")
    }

    /// `inyear`: a month, day or season in the year named relative to the reference
    /// ("January this year", "June last year", "April next year").
    private func inYear() -> Result? {
        guard let ref = context.reference, let n = match.capture("REL").flatMap({ Int($0.value) }) else { return nil }
        let y = ref.year + n
        if let m = monthNumber() {
            if let d = match.capture("DAY")?.number {
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                return (day.iso, DaySpan(first: day, last: day, granularity: .day))
            }
            return CalendarArithmetic.monthValue(year: y, month: m)
        }
        if let c = match.capture("SEASON") {
            // "prices fall this year": the verb, unless an article makes it the season.
            if c.ambiguous && c.token == match.first { return nil }
            return CalendarArithmetic.seasonValue(year: y, code: c.value)
        }
        return nil
    }

    private func season() -> Result? {
        guard let capture = match.capture("SEASON") else { return nil }
        let code = capture.value
        // `season anchor 0` ("that summer"): the season of the year of the date named last;
        // `season anchor 1` ("the following spring"): the first such season after it.
        if rule.arguments.first == "anchor", let base = context.anchor {
            let n = rule.arguments.count > 1 ? Int(rule.arguments[1]) ?? 0 : 0
            if n == 0 {
                let current = CalendarArithmetic.season(of: base)
                return CalendarArithmetic.seasonValue(year: current.code == code ? current.year : base.year, code: code)
            }
            if context.anchorGranularity == .year || context.anchorGranularity == nil {
                return CalendarArithmetic.seasonValue(year: base.year + n, code: code)
            }
            return seasonShift(code: code, by: n, base: base)
        }
        if capture.ambiguous && explicitYear() == nil && match.capture("REL") == nil && rule.arguments.first != "anchor"
            && !(match.end - match.first == 2 && Self.seasonPrepositions.contains(context.previousWord ?? "")
                 && context.endsPhrase && !Self.declineFollowers.contains(context.nextWord ?? "")) { return nil }
        // A bare season ("in winter,") only after a preposition and at the end of its phrase:
        // "summer camp", "the Arab Spring" name no time.
        if match.end - match.first == 1, !(context.previousIsContext && context.endsPhrase) { return nil }
        if let y = explicitYear() { return CalendarArithmetic.seasonValue(year: y, code: code) }
        guard let ref = context.reference else { return ("XXXX-\(code)", nil) }
        if let relation = match.capture("REL"), let n = Int(relation.value) {
            // "this winter" in January is the winter under way (of the year before); "this spring"
            // in January is the spring of the year of publication.
            if n == 0 {
                let current = CalendarArithmetic.season(of: ref)
                return CalendarArithmetic.seasonValue(year: current.code == code ? current.year : ref.year, code: code)
            }
            return seasonShift(code: code, by: n, base: ref)
        }
        // By tense, the season under way counts too ("will be published in the spring" in March).
        switch context.tense {
        case .past, .reported: return seasonShift(code: code, by: -1, base: ref, includingCurrent: true)
        case .future: return seasonShift(code: code, by: 1, base: ref, includingCurrent: true)
        case .unknown:
            // No tense: the nearest such season (the current one if it is that season).
            var best = CalendarArithmetic.season(of: ref).year, bestDistance = Int.max
            for y in [ref.year - 1, ref.year, ref.year + 1] {
                guard let span = CalendarArithmetic.seasonValue(year: y, code: code).span else { continue }
                let d = span.first > ref ? span.first.ordinal - ref.ordinal : span.last < ref ? ref.ordinal - span.last.ordinal : 0
                if d < bestDistance { best = y; bestDistance = d }
            }
            return CalendarArithmetic.seasonValue(year: best, code: code)
        }
    }

    private func quarter() -> Result? {
        let a = rule.arguments
        guard let q = ordinal(a.first ?? "ORD"), (1...4).contains(q) else { return nil }
        if let y = explicitYear() { return CalendarArithmetic.quarterValue(year: y, quarter: q) }
        guard let ref = context.reference else { return ("XXXX-Q\(q)", nil) }
        var y = ref.year
        if let relation = match.capture("REL"), let n = Int(relation.value) { y += n }
        else if a.count > 1, let n = Int(a[1]) { y += n }
        else if a.contains("fiscal") {
            // A fiscal quarter (months unknown) is labelled with the year it was reported in, a month back.
            y = ref.adding(days: -31).year
        } else if let start = CalendarDay(year: y, month: 3 * q - 2, day: 1), start.adding(days: -92) > ref,
                context.tense != .future {
            // "the fourth quarter" in a February report on results: last year's.
            y -= 1
        }
        return CalendarArithmetic.quarterValue(year: y, quarter: q)
    }

    private func half() -> Result? {
        guard let h = ordinal(rule.arguments.first ?? "ORD"), (1...2).contains(h) else { return nil }
        // "the first half of next year": REL moves the reference year.
        let moved = context.reference.flatMap { ref in match.capture("REL").flatMap { Int($0.value) }.map { ref.year + $0 } }
        let y = explicitYear() ?? moved ?? context.reference?.year
        guard let y else { return ("XXXX-H\(h)", nil) }
        let first = CalendarDay(year: y, month: h == 1 ? 1 : 7, day: 1)!
        let last = CalendarDay.lastOf(month: h == 1 ? 6 : 12, year: y)!
        return ("\(CalendarArithmetic.pad(y, 4))-H\(h)", DaySpan(first: first, last: last, granularity: .half))
    }

    private func time() -> Result? {
        let a = rule.arguments
        guard var h = match.capture("HOUR")?.number ?? match.capture("CLOCKWORD").flatMap({ Int($0.value) })
                ?? a.lazy.compactMap({ Int($0) }).first else { return nil }
        let minute = match.capture("MINUTE")?.number ?? 0
        if let ampm = match.capture("AMPM")?.value ?? a.first(where: { $0 == "am" || $0 == "pm" }) {
            if ampm == "pm", h < 12 { h += 12 }
            if ampm == "am", h == 12 { h = 0 }
            guard h <= 23 else { return nil }
        } else if h > 24 { return nil }
        // "2:00 yesterday afternoon", "7:30 every night": the part of the day tells the half.
        else if let p = match.capture("PART")?.value, h < 12 {
            if p == "AF" || p == "EV" || p == "NI" && h >= 6 { h += 12 }
        }
        let clock = "T\(CalendarArithmetic.pad(h, 2)):\(CalendarArithmetic.pad(minute, 2))"
        guard let ref = context.reference else { return ("XXXX-XX-XX" + clock, nil) }
        // A clock time alone ("was shot at 10 p.m.") is on the day the text speaks of: the
        // day mentioned last, else the publication date.
        // (Only a day within a year of the publication: a birth date is no narrative day.)
        var day = ref
        // (A day named last by a clock time or a part of the day, after the date named last, is where
        // the story is: "at 7 p.m. Thursday, Aug. 18 … got back at about 2:30 a.m. and were called out
        // again shortly before 6 a.m.")
        if context.clockHour != nil, let c = context.clockDay, abs(c.ordinal - ref.ordinal) <= 366 { day = c }
        else if context.anchorGranularity == .day, let a = context.anchor, abs(a.ordinal - ref.ordinal) <= 366 { day = a }
        // ("Police arrested a man Monday night … Officers surrounded the house at 9:30 p.m.", "won
        // Tuesday, the first time since 1928 … declared the winner after 9 p.m.": the day told last,
        // whatever the period or year named after it.)
        else if let c = context.clockDay, abs(c.ordinal - ref.ordinal) <= 366 { day = c }
        // ("Car horns that started blaring before 11 p.m. Sunday had barely let up by noon", "began
        // their shift at 7 p.m. … got back to their base at about 2:30 a.m.": a morning clock time
        // told after an evening or a night on the same day is on the day after it.)
        if day == context.clockDay, let last = context.clockHour, last >= 18, h <= 12 {
            day = day.adding(days: 1)
        }
        // ("The plan takes effect Aug. 19. The meeting, which began at 5:30 p.m., …": a clock time
        // not told as ahead is not on a day still to come, but on the day named last before it.)
        if day > ref, context.tense != .future {
            if let p = context.pastDay, abs(p.ordinal - ref.ordinal) <= 366 { day = p } else { day = ref }
        }
        // "10 a.m. yesterday".
        if let n = match.capture("DAYREL").flatMap({ Int($0.value) }) { day = ref.adding(days: n) }
        // `time … day N`: on the day N from the publication date ("10 this morning": `day 0`,
        // "midnight last night": `day -1`).
        if let k = a.firstIndex(of: "day"), k + 1 < a.count, let n = Int(a[k + 1]) { day = ref.adding(days: n) }
        if let w = match.capture("WEEKDAY").flatMap({ Int($0.value) }) { day = weekdayDay(w, reference: ref, offset: 0) }
        if let m = monthNumber(), let d = match.capture("DAY")?.number {
            // "5 p.m. EST Nov. 9"
            guard let y = explicitYear() ?? inferredYear(month: m, day: d), let named = CalendarDay(year: y, month: m, day: d) else { return nil }
            day = named
        }
        return (day.iso + clock, DaySpan(first: day, last: day, granularity: .day))
    }

    /// `spokenyear 19`: "nineteen ninety-four" → 1994; `spokenyear 2000`: a fixed year.
    private func spokenYear() -> Result? {
        guard let base = rule.arguments.first.flatMap({ Int($0) }) else { return nil }
        if base >= 1000 { return CalendarArithmetic.yearValue(base) }
        let tens = match.capture("TENS").flatMap { Int($0.value) } ?? 0
        let units = match.capture("NUMWORD").flatMap { Int($0.value) } ?? 0
        guard units < 10 else { return nil }
        let y = base * 100 + tens + units
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        if let m = monthNumber() {
            if let d = match.capture("DAY")?.number {
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                return (day.iso, DaySpan(first: day, last: day, granularity: .day))
            }
            return CalendarArithmetic.monthValue(year: y, month: m)
        }
        if let code = match.capture("SEASON")?.value { return CalendarArithmetic.seasonValue(year: y, code: code) }
        return CalendarArithmetic.yearValue(y)
    }

    /// `comparative UNIT N`: "a year earlier" in a sentence about a period ("profit rose in the
    /// third quarter from a year earlier") is that period moved by N units; otherwise the
    /// publication date moved by N units.
    private func comparative() -> Result? {
        let a = rule.arguments
        guard a.count >= 2, let unit = text(a[0]), let n = number(a[1]) else { return nil }
        // "For the nine months, net rose … from $4 million a year earlier": the year before.
        if unit == "Y", context.sentenceLength != nil, let ref = context.reference {
            return CalendarArithmetic.yearValue((context.topic?.first.year ?? ref.year) + n)
        }
        // ("in October 2016 … an encounter a decade earlier": ten years before the year of the period.)
        if unit == "DE", let p = context.period {
            return CalendarArithmetic.yearValue(p.first.year + 10 * n)
        }
        if let p = context.period ?? context.topic, unit == "Y" {
            let moved = CalendarArithmetic.shift(p.first, unit: "Y", by: n)
            guard (1...9999).contains(moved.year) else { return nil }
            switch p.granularity {
            case .quarter: return CalendarArithmetic.value(of: moved, unit: "Q")
            case .month: return CalendarArithmetic.value(of: moved, unit: "M")
            case .half: return CalendarArithmetic.value(of: moved, unit: "HALF")
            case .season: return CalendarArithmetic.seasonValue(year: moved.year, code: CalendarArithmetic.season(of: moved).code)
            // ("Sales on Black Friday, Nov. 25, were flat with a year ago", "in the nine weeks ended Dec. 31
            // compared with a year earlier": the year before the one of the day the sentence is about.)
            case .day, .week: if context.period != nil { return CalendarArithmetic.yearValue(moved.year) }
            default: break
            }
        }
        return shift(base: context.reference)
    }

    /// `topicquarter`: "the quarter" is the quarter the text is about, else the last complete one.
    /// With an argument N: that quarter N years away ("the year-ago quarter": -1); a second
    /// argument `year` falls back to the year when no quarter was named.
    private func topicQuarter() -> Result? {
        let years = rule.arguments.first.flatMap { Int($0) } ?? 0
        // `topicquarter -1 length`: "For the nine months, net rose … from $63 million in the year-earlier period": the
        // comparison is with a period of that length (P9M), as TimeML annotates it.
        if rule.arguments.contains("length"), let length = context.recentLength { return (length, nil) }
        if let t = context.topic {
            let moved = CalendarArithmetic.shift(t.first, unit: "Y", by: years)
            guard (1...9999).contains(moved.year) else { return nil }
            return CalendarArithmetic.value(of: moved, unit: "Q")
        }
        guard let ref = context.reference else { return nil }
        // `topicquarter -1 year`: without a quarter in the text, "the same period last year" is last year.
        if rule.arguments.count > 1, rule.arguments[1] == "year" {
            return CalendarArithmetic.yearValue(ref.year + years)
        }
        let moved = CalendarArithmetic.shift(ref, unit: "Q", by: 4 * years - 1)
        guard (1...9999).contains(moved.year) else { return nil }
        return CalendarArithmetic.value(of: moved, unit: "Q")
    }

    /// `topicyear`: "the 1988 period" in a text about a quarter is that quarter of 1988, else the year.
    private func topicYear() -> Result? {
        guard let y = explicitYear() else { return nil }
        // "In the first nine months, net was $306 million, against a loss in the 1988 period": that year.
        if let t = context.topic, context.sentenceLength == nil {
            return CalendarArithmetic.quarterValue(year: y, quarter: (t.first.month - 1) / 3 + 1)
        }
        return CalendarArithmetic.yearValue(y)
    }

    /// "on the 10th": that day of the month last mentioned (or of the publication month).
    private func dayOfMonth() -> Result? {
        // (Or "on the 8th received the ambassador": a past form after "on the 8th" ends the phrase too.)
        let verbAfter = context.previousWord?.lowercased() == "on" && (context.nextWord.map { $0.count > 4 && $0.hasSuffix("ed") } ?? false)
        let bare = rule.arguments.first == "bare"
        // `dayofmonth bare` ("on 3rd", no article): a day only right after a preposition of time, and
        // before the end of a phrase or the start of a clause ("Also on 3rd the Ombudsman met …").
        if bare, !["on", "since", "until", "till", "by"].contains(context.previousWord?.lowercased() ?? "") { return nil }
        let clauseAfter = bare && (context.nextWord.map { w in
            w.first?.isUppercase == true || ["the", "a", "an", "she", "he", "they", "we", "i", "it"].contains(w) } ?? true)
        guard context.endsPhrase || verbAfter || clauseAfter, let d = match.capture("ORDNUM")?.number, (1...31).contains(d) else { return nil }
        // (An anchor of a year or coarser names no month: "the results of 2024 … On the 12th I presented" is this month's 12th.)
        let anchor = [.day, .range, .week, .month].contains(context.anchorGranularity) ? context.anchor : nil
        guard var base = anchor ?? context.reference else { return ("XXXX-XX-\(CalendarArithmetic.pad(d, 2))", nil) }
        // ("On the 12th she received …" in a paper of the 10th: last month's 12th.)
        if anchor == nil, d > base.day, context.tense != .future {
            base = base.month == 1 ? CalendarDay(year: base.year - 1, month: 12, day: 1)! : CalendarDay(year: base.year, month: base.month - 1, day: 1)!
        }
        guard let day = CalendarDay(year: base.year, month: base.month, day: d) else { return nil }
        return (day.iso, DaySpan(first: day, last: day, granularity: .day))
    }

    /// "the weekend": the last one (or the current one) in past or present sentences, the next one ahead.
    private func weekend() -> Result? {
        guard let ref = context.reference else { return ("XXXX-WXX-WE", nil) }
        var saturday = ref.adding(days: 6 - ref.weekday)
        if context.tense == .future {
            if ref.weekday == 7 { saturday = saturday.adding(days: 7) }
        } else if ref.weekday < 6 {
            saturday = saturday.adding(days: -7)
        }
        return CalendarArithmetic.value(of: saturday, unit: "WE")
    }

    /// `holiday MM-DD` or `holiday nth N WEEKDAY MONTH` (Thanksgiving: nth 4 4 11).
    private func holiday() -> Result? {
        // `holiday … weekend` ("the Thanksgiving weekend", "Labor Day weekend"): the weekend next to
        // the feast (before a Monday, after a Thursday or a Friday).
        if rule.arguments.last == "weekend" {
            guard let feast = holidayDay()?.span?.first else { return nil }
            return Self.weekend(next: feast)
        }
        return holidayDay()
    }

    /// The weekend next to a feast day: the one before a Monday, else the one ending the feast's week.
    static func weekend(next day: CalendarDay) -> Result? {
        let saturday = day.weekday == 1 ? day.adding(days: -2) : day.adding(days: 6 - day.weekday)
        return CalendarArithmetic.value(of: saturday, unit: "WE")
    }

    private func holidayDay() -> Result? {
        let a = rule.arguments
        func dayIn(_ y: Int) -> CalendarDay? {
            // (Captures too: "the first Monday of March" → nth ORD WEEKDAY MONTH.)
            if a.first == "nth", a.count >= 4, let n = number(a[1]), let w = number(a[2]), let m = number(a[3]) {
                guard let first = CalendarDay(year: y, month: m, day: 1) else { return nil }
                // A fifth argument moves the day ("the Tuesday after the first Monday": nth 1 1 11 1).
                let after = a.count > 4 ? Int(a[4]) ?? 0 : 0
                return first.adding(days: (w - first.weekday + 7) % 7 + 7 * (n - 1) + after)
            }
            let parts = a.first?.split(separator: "-").compactMap { Int($0) } ?? []
            guard parts.count == 2 else { return nil }
            return CalendarDay(year: y, month: parts[0], day: parts[1])
        }
        guard let probe = dayIn(2000) else { return nil }
        if let day = relativeHoliday(dayIn) { return (day.iso, DaySpan(first: day, last: day, granularity: .day)) }
        // ("in October 2016, less than two weeks before Election Day": the feast nearest the period
        // the sentence named, in another year than publication.)
        if explicitYear() == nil, let p = context.period, let ref = context.reference, p.first.year != ref.year,
           let nearest = (p.first.year - 1...p.first.year + 1).compactMap(dayIn).min(by: {
               abs($0.ordinal - p.first.ordinal) < abs($1.ordinal - p.first.ordinal) }) {
            return (nearest.iso, DaySpan(first: nearest, last: nearest, granularity: .day))
        }
        // Without a tense, a feast is the nearest one ("the last word before Election Day" in May):
        // news speaks of the coming feast as much as of the last (unlike a bare month).
        if explicitYear() == nil, context.tense == .unknown, let ref = context.reference,
           let nearest = (ref.year - 1...ref.year + 1).compactMap(dayIn).min(by: { abs($0.ordinal - ref.ordinal) < abs($1.ordinal - ref.ordinal) }) {
            return (nearest.iso, DaySpan(first: nearest, last: nearest, granularity: .day))
        }
        guard let y = explicitYear() ?? inferredYear(month: probe.month, day: probe.day) else {
            return ("XXXX-\(CalendarArithmetic.pad(probe.month, 2))-\(CalendarArithmetic.pad(probe.day, 2))", nil)
        }
        guard let day = dayIn(y) else { return nil }
        return (day.iso, DaySpan(first: day, last: day, granularity: .day))
    }

    /// "last Christmas", "next Easter", "this Thanksgiving": the feast before the reference date,
    /// after it, or in its year (nil without `REL` or a reference date).
    private func relativeHoliday(_ dayIn: (Int) -> CalendarDay?) -> CalendarDay? {
        guard let r = match.capture("REL"), let n = Int(r.value), let ref = context.reference else { return nil }
        if n == 0 { return dayIn(ref.year) }
        let days = (ref.year - 1...ref.year + 1).compactMap(dayIn)
        return n < 0 ? days.last { $0 < ref } : days.first { $0 > ref }
    }

    /// `easter N [week]`: N days from Easter Sunday (Good Friday: -2), or the week holding it; the
    /// year is inferred like a date without one.
    private func easter() -> Result? {
        let a = rule.arguments
        let offset = a.first.flatMap { Int($0) } ?? 0
        func day(in y: Int) -> CalendarDay? { CalendarArithmetic.easterSunday(year: y)?.adding(days: offset) }
        guard let probe = day(in: context.reference?.year ?? 2000) else { return nil }
        if let d = relativeHoliday(day) {
            if a.contains("week") { return CalendarArithmetic.value(of: d, unit: "W") }
            return (d.iso, DaySpan(first: d, last: d, granularity: .day))
        }
        guard let y = explicitYear() ?? inferredYear(month: probe.month, day: probe.day), let d = day(in: y) else {
            return ("XXXX-XX-XX", nil)
        }
        if a.contains("week") { return CalendarArithmetic.value(of: d, unit: "W") }
        if a.contains("weekend") { return Self.weekend(next: d) }
        return (d.iso, DaySpan(first: d, last: d, granularity: .day))
    }

    /// Words before a bare plural unit ("within days") that make it a length.
    static let bareLengthBefore: Set<String> = ["for", "within", "in", "over", "take", "takes", "took", "taking", "spent", "spend", "lasted", "lasts"]
    /// Words after a bare plural unit ("days away", "minutes later") that make it a length. (Not
    /// "after": "crossed the border days after the killing" is read as the time it reached.)
    static let bareLengthAfter: Set<String> = ["away", "ago", "later", "earlier", "before"]
    /// Words before a bare plural unit that make it a noun of its own ("the days before", "those days").
    static let bareLengthNotBefore: Set<String> = ["the", "those", "these", "of", "on", "recent", "early", "first", "last", "best"]

    /// `part CODE|PART OFFSET`: a part of a day relative to the reference (`this morning`, `last night`).
    /// Prepositions before "the morning" as a time of the day told ("through the morning").
    static let partPrepositions: Set<String> = ["in", "through", "during", "throughout", "until", "till", "by"]

    private func part() -> Result? {
        let a = rule.arguments
        guard let code = text(a.first ?? "PART") else { return nil }
        let offset = a.count > 1 ? (number(a[1]) ?? 0) : 0
        // `part PART 0 told`: "worked through the morning", "placed orders in the morning" — only
        // after a preposition and ending its phrase (not "the morning papers"), on the day told
        // last, as a clock time alone.
        // `part PART 0 that`: "that night", "that afternoon" point back to the day told last, with
        // or without a preposition.
        let told = a.count > 2 && (a[2] == "told" || a[2] == "that")
        if a.count > 2, a[2] == "told", !(Self.partPrepositions.contains(context.previousWord ?? "") && context.endsPhrase) { return nil }
        guard let ref = context.reference else { return ("XXXX-XX-XXT\(code)", nil) }
        var day = ref.adding(days: offset)
        if told {
            // (As for a clock time: the day a clock time or a part of the day named last, after the date.)
            if context.clockHour != nil, let c = context.clockDay, abs(c.ordinal - ref.ordinal) <= 366 { day = c }
            else if context.anchorGranularity == .day, let a = context.anchor, abs(a.ordinal - ref.ordinal) <= 366 { day = a }
            else if let c = context.clockDay, abs(c.ordinal - ref.ordinal) <= 366 { day = c }
            var hour = day == context.clockDay ? context.clockHour : nil
            // (As a clock time: not a day still to come, unless told as ahead.)
            if day > ref, context.tense != .future {
                if let p = context.pastDay, abs(p.ordinal - ref.ordinal) <= 366 { day = p; hour = context.pastHour } else { day = ref; hour = nil }
            }
            // ("at 11:47 p.m. … stayed until dawn": the morning after an evening or a night.)
            if code == "MO", let last = hour, last >= 18 { day = day.adding(days: 1) }
        }
        return (day.iso + "T" + code, DaySpan(first: day, last: day, granularity: .day))
    }
}
