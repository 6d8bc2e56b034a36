import NewsArticles
import TemporalTagging
import TimelineModel

/// The date of a trigger's clause.
extension ArticleReading {
    func dateFor(_ s: SentenceScan, trigger i: Int, clause: [Int], pastTense: Bool = false) -> DateChoice? {
        let c = s.clause[i]
        var best: (distance: Int, date: DateChoice)?
        var otherEnd: Int?   // where the last date belonging to something else ended
        // ", Aliyeva said at a press conference held today": dates after the saying are the saying's.
        var saying = s.count
        if s.times.contains(where: { $0.tokens.lowerBound > i }), let comma = (i + 1..<s.count).first(where: { s.t[$0].norm == "," }),
           let r = (comma + 1..<s.count).first(where: { cues.reporting.contains(s.t[$0]) }) {
            saying = r
        }
        // A dateline opening the sentence dates the dispatch, not the act, when the sentence names
        // another day: "Dec 11 (Interfax) - Moskalkova met with … on Tuesday".
        var dateline = s.times.count > 1 ? datelineEnd(s) ?? 0 : 0
        // A perfect participle's clause dates its own act: "Having met the Chairman on 15 April,
        // Aliyeva inspected the prison on Wednesday".
        // (When the main clause names a day of its own; "Having laid a wreath on 6 September, the
        // Ombudsman then visited …" is on that day.)
        if let comma = earlierActClauseEnd(s, before: i), s.times.contains(where: { $0.tokens.lowerBound > comma }) {
            dateline = max(dateline, comma)
        }
        // Quoted words date what they tell, not a verb outside the quotation ("'… Today …,' she said at the ceremony").
        for (k, time) in s.times.enumerated() {
            if time.tokens.lowerBound > saying || time.tokens.upperBound <= dateline { continue }
            // A date naming a thing before the verb ("a report on the attack on Barda of 28 October
            // 2020 was presented … on the following day") when the verb has a date after it.
            // (Not a part of that day: "In the early morning of 23 January, Aliyeva took part …".)
            if time.tokens.lowerBound < i, time.tokens.lowerBound > 1, s.t[time.tokens.lowerBound - 1].norm == "of",
               !Self.dayParts.contains(s.t[time.tokens.lowerBound - 2].norm),
               s.times.contains(where: { $0.tokens.lowerBound > i }),
               cues.otherDates.matchEnding(in: s.t, at: time.tokens.lowerBound, lookback: 4) == nil { continue }
            if !s.quoted.isEmpty, time.tokens.lowerBound < s.count, s.isQuoted(time.tokens.lowerBound) != s.isQuoted(i) { continue }
            // A day owning a thing after the verb ("signed the book of condolences opened for victims of
            // Monday's earthquakes") dates that thing; owning an event, it may be hers ("the results of
            // last week's trip to Guba, where the Ombudsman received …").
            if time.tokens.lowerBound > i + 1, s.t[time.tokens.lowerBound - 1].norm == "of", time.tokens.upperBound + 1 < s.count,
               s.t[time.tokens.upperBound].norm.isOne(of: "'s", "’s"), !kinds.nouns.matches(s.t, at: time.tokens.upperBound + 1) { continue }
            // The second of two days joined by "and" ("on Friday and Saturday") is part of the first's range.
            if k > 0, oneSpan(s, s.times[k - 1], time) != nil { continue }
            let first = time.tokens.lowerBound
            // (A date opening the sentence dates its main clause: "On 4 October, …", "Earlier, on 4 October, …".)
            var opening = first <= 1 && s.clause[first] == 0
            if !opening, first < s.count, first <= 4 {
                opening = true
                for q in 0..<first where !(cues.sentenceOpeners.contains(s.t[q]) || s.t[q].norm.isOne(of: ",", "on", "in")) { opening = false; break }
            }
            guard first < s.count, s.clause[first] == c || (opening && time.tokens.upperBound < s.count
                && s.t[time.tokens.upperBound].norm == ",") || heldClause(s, first, before: i),
                  var span = time.expr.span else { continue }
            if first > 0, cues.history.matchEnding(in: s.t, at: first, lookback: 3) != nil { continue }
            // "In the afternoon, … she received residents": a part of the day her story is telling — the
            // day of her last act in this paragraph — not of the day named last ("… and continued to
            // Aghdam on Thursday. In Barda, she … In the afternoon, …").
            if time.tokens.count == 2, s.t[first].norm == "the", s.t[first + 1].norm.isOne(of: "morning", "afternoon", "evening"),
               let d = drafts.last, d.sentence.paragraph == s.sentence.paragraph, d.status == .done,
               let date = d.date, date.precision == .day, let day = date.start {
                span = DaySpan(first: day, last: day, granularity: .day)
            }
            // A period a thing after the verb covers ("signed a Joint Action Plan covering the years
            // 2022-2024", "a work plan for 2025") is no date of the act.
            if first > i + 1, span.granularity == .year, Self.namesPeriod(s, first: first, end: time.tokens.upperBound) { continue }
            // What she said after the act: "opened the training and informed the participants … that the
            // law was amended in 2022" dates the amendment, not the opening.
            if first > i + 2, toldAfter(s, trigger: i, before: first) { continue }
            // "visited villages that were shelled … on 12 September": a relative clause about a thing,
            // not an event, dates what happened to it. ("the conference, which was held on …" dates the event.)
            if first > i + 2, let rel = (i + 1..<first).first(where: { q in
                s.t[q].norm.isOne(of: "that", "which") && q + 1 < first && s.t[q + 1].norm.isOne(of: "was", "were", "had", "has", "have")
            }), rel >= 1, !(max(i + 1, rel - 4)..<rel).contains(where: { kinds.nouns.matches(s.t, at: $0) }) { continue }
            // "met with families who returned to the city this spring", "visited a boy who was injured in a
            // mine explosion in March": a clause about people dates what happened to them. (A day may still
            // be the act's, told after the clause: "received residents who returned … at her office on May 23".)
            // (Nor a day of what befell them: "met with families of servicemen who died during the
            // anti-terror measures in Karabakh on September 19-20".)
            if first > i + 2, let who = (i + 1..<first).first(where: { q in
                s.t[q].norm.isOne(of: "who", "whose") && q >= 1 && s.mentionOf[q - 1] < 0 && !(q >= 2 && s.t[q - 1].norm == "," && s.mentionOf[q - 2] >= 0)
            }), ![.day, .range].contains(span.granularity) || s.t[first - 1].norm == "of"
                || (who + 1..<first).contains(where: { s.t[$0].norm.isOne(of: "died", "killed", "wounded", "injured", "perished") || cues.incidents.contains(s.t[$0]) }) { continue }
            // "travelled to the city of Shusha, liberated from Armenian occupation on November 8, 2020": a
            // participle set off by a comma tells of the place or thing, not of her act.
            if first > i + 3, participleOfAThing(s, trigger: i, before: first) { continue }
            // A report's or plan's period, not the day it was presented: "the annual report on human rights
            // in the country in 2024 was presented …", "the 2024 annual report", "a work plan for 2024-2025".
            if span.granularity == .year, documentPeriod(s, time: time.tokens, trigger: i) { continue }
            // "the last day of her visit": a day of an event, counted by ``dayOfRange`` — not a day before the paper.
            if let l = time.tokens.last, l < s.count, s.t[l].norm == "day", l + 1 < s.count, s.t[l + 1].norm == "of" { continue }
            // Someone else's act named in her object: "a statement regarding the shelling of our
            // positions by Armenian forces on April 18" dates the shelling, not the statement.
            // (An event "organized by" or "hosted by" someone keeps its date: it is the event she attended.)
            // (Nor "was received by Aliyeva on May 2": the one acting "by" is she.)
            if first > i + 2, let by = (max(i + 1, first - 6)..<first).last(where: { s.t[$0].norm == "by" }),
               kinds.passives.matchEnding(in: s.t, at: by + 1) == nil,
               !(by + 1..<first).contains(where: { k in s.mention(at: k).map { who($0, in: s) == .subject } ?? false }),
               // ("… committed by Armenia on the night of September 12-13": a part of the day too.)
               (by + 1..<first).allSatisfy({ s.t[$0].isCapitalized || s.t[$0].norm.isOne(of: "armed", "forces", "the", "on", "in", "of")
                   || Self.dayParts.contains(s.t[$0].norm) || s.t[$0].norm == "early" || s.t[$0].norm == "hours" }),
               s.t[first - 1].norm == "on" || s.t[first - 1].norm == "in"
                   || (s.t[first - 1].norm == "of" && first >= 2 && (Self.dayParts.contains(s.t[first - 2].norm) || s.t[first - 2].norm == "hours")) { continue }
            // "the first by the Ombudsman since … following the local anti-terrorist measures of September
            // 19-20", "the site of the attack of 28 October": a day owned by an incident told after the act.
            if first > i + 2, s.t[first - 1].norm == "of", first >= 2,
               cues.incidents.contains(s.t[first - 2]) || s.t[first - 2].norm.isOne(of: "measures", "events", "operations", "operation") { continue }
            // The incident an act is about: "an address … in connection with the missile strike on a
            // residential area of Ganja in the early hours of October 11" dates the strike.
            if first > i + 3, let about = (i + 1..<first).first(where: { s.t[$0].norm.isOne(of: "connection", "regarding", "concerning", "over") }),
               (about + 1..<first).contains(where: { s.clause[$0] == c && cues.incidents.contains(s.t[$0]) }) { continue }
            // "On the eve of 8 March": the day before it (loosely "just before" when that is not past yet).
            let eveAt = first >= 1 && s.t[first - 1].norm == "the" ? first - 1 : first
            if eveAt >= 3, s.t[eveAt - 1].norm == "of", s.t[eveAt - 2].norm == "eve", span.granularity == .day,
               k > 0, let before = s.times[k - 1].expr.span, before.granularity == .day,
               s.times[k - 1].tokens.upperBound < s.count, s.t[s.times[k - 1].tokens.upperBound].norm == ",",
               eveAt - 2 - s.times[k - 1].tokens.upperBound <= 3 {
                // "On 6 March, on the eve of 8 March": the day is told; the eve describes it.
                otherEnd = time.tokens.upperBound
                continue
            } else if eveAt >= 3, s.t[eveAt - 1].norm == "of", s.t[eveAt - 2].norm == "eve", span.granularity == .day,
               article.published.map({ span.first.adding(days: -1) <= $0 }) ?? true {
                let d = span.first.adding(days: -1)
                span = DaySpan(first: d, last: d, granularity: .day)
                // The occasion named next to it is the day itself: "on the eve of 8 March – International Women's Day".
                otherEnd = time.tokens.upperBound
            } else if first > 0, let st = cues.otherDates.matchEnding(in: s.t, at: first, lookback: 4)
                        // ("on the occasion of the Novruz holiday": an article between.)
                        ?? (first > 1 && s.t[first - 1].norm == "the" ? cues.otherDates.matchEnding(in: s.t, at: first - 1, lookback: 4) : nil),
                      // (Her greeting itself is on the holiday it greets: "congratulated women on 8 March".)
                      // (Unless it is one of several acts told together, on a visit: "checked the living
                      // conditions, congratulated the residents on Novruz and listened …".)
                      st != i || !s.t[i].norm.hasPrefix("congratulat") || listedVerb(s, from: 0, to: i, next: i) != nil,
                      // (A statement marking the paper's own day is made that day: "has issued a statement on
                      // the occasion of September 27 – Remembrance Day" in the paper of 27 September.)
                      !(span.granularity == .day && span.first == span.last && span.first == article.published
                        && st > i && (i..<st).contains(where: { cues.occasionNouns.contains(s.t[$0]) })) {
                otherEnd = time.tokens.upperBound
                continue
            }
            // "a statement on the International Day of …": the day it is about.
            // ("a statement on 31 March – the Day of Genocide of Azerbaijanis": the date and its name.)
            if first >= 2, s.t[first - 1].norm == "on", cues.occasionNouns.contains(s.t[first - 2]),
               Self.namesADay(s, time.tokens) || (k + 1 < s.times.count && s.times[k + 1].tokens.lowerBound - time.tokens.upperBound <= 3
                                                  // (Its name in apposition, not "on Sunday marking Human Rights Day".)
                                                  && (time.tokens.upperBound..<s.times[k + 1].tokens.lowerBound).allSatisfy({ s.t[$0].norm.isOne(of: ",", "-", "–", "—", "the") })
                                                  && Self.namesADay(s, s.times[k + 1].tokens)) {
                otherEnd = time.tokens.upperBound
                continue
            }
            // Its apposition too: "on the occasion of November 20, World Children's Day".
            if let e = otherEnd, first > e, first - e <= 4, s.t[e].norm.isOne(of: ",", "-", "–", "—"),
               (e + 1..<first).allSatisfy({ s.t[$0].isCapitalized || s.t[$0].norm == "the" }) {
                otherEnd = time.tokens.upperBound
                continue
            }
            // "a day after World Children's Day", "two days before the elections": counted from that day.
            if first >= 2, s.t[first - 1].norm.isOne(of: "after", "before"), s.timeOf[first - 2] >= 0,
               case let lead = s.times[s.timeOf[first - 2]], lead.expr.type == .duration, lead.tokens.upperBound == first - 1,
               span.granularity == .day, let n = Self.durationDays(lead.expr.value) {
                let d = span.first.adding(days: s.t[first - 1].norm == "after" ? n : -n)
                span = DaySpan(first: d, last: d, granularity: .day)
            }
            // A dateline ("BAKU, October 12 – …") dates the dispatch, not the event.
            if first == 2, s.t[1].norm == ",", x.rules.places.match(in: s.t, at: 0) != nil, time.tokens.upperBound < s.count,
               s.t[time.tokens.upperBound].norm.isOne(of: "-", "(", "/") { continue }
            // A bare weekday with a verb in the past tense is the last such day, not the next one
            // ("On Tuesday, she visited Vienna" in Monday's paper).
            if pastTense, let p = article.published, span.first > p, span.first == span.last, span.first.ordinal - p.ordinal < 7,
               time.tokens.allSatisfy({ k in Self.weekdays.contains(s.t[k].norm) || s.t[k].norm.isOne(of: "on", "this", "last") }) {
                let back = span.first.adding(days: -7)
                span = DaySpan(first: back, last: back, granularity: .day)
            }
            // In a review of the past week, the paper's own weekday is last week's ("On Monday, the
            // Ombudsman received …" in Monday's "The past week was marked by …"); the other days
            // are already the last such days.
            if pastTense, reviewsPastWeek, span.first == article.published, span.first == span.last, time.tokens.count == 1,
               Self.weekdays.contains(s.t[time.tokens.lowerBound].norm) {
                let back = span.first.adding(days: -7)
                span = DaySpan(first: back, last: back, granularity: .day)
            }
            // A day and month without a year more than a month ahead, told with a verb in the past
            // tense, is last year's ("On December 19, the minister met with her" in a November paper);
            // nearer days stay as the tagger read them (an announcement in the wrong tense).
            if pastTense, let p = article.published, span.first.ordinal - p.ordinal > 31, [.day, .range].contains(span.granularity),
               !time.tokens.contains(where: { k in s.t[k].norm.count == 4 && Int(s.t[k].norm) != nil }),
               let first = CalendarDay(year: span.first.year - 1, month: span.first.month, day: span.first.day),
               let last = CalendarDay(year: span.last.year - 1, month: span.last.month, day: span.last.day) {
                span = DaySpan(first: first, last: last, granularity: span.granularity)
            }
            if k + 1 < s.times.count, let both = oneSpan(s, time, s.times[k + 1]) { span = both }
            guard let d = DateChoice(span: span, published: article.published) else { continue }
            _ = k
            // The finest date wins ("the report on 2022 … on April 4" is April 4), then the nearest.
            var rank: Int
            switch d.precision {
            case .day, .range: rank = 0
            case .week: rank = 1
            case .month: rank = 2
            case .year: rank = 4
            case .onOrBefore: rank = 5
            }
            // A season, quarter or half is a span of months, coarser than a month ("earlier this month,
            // … in the winter period").
            if [.season, .quarter, .half].contains(span.granularity) { rank = 3 }
            // "the same day" only points back; a date of the event's own wins over it.
            if time.tokens.contains(where: { s.t[$0].norm == "same" || s.t[$0].norm == "that" }) { rank = 3 }
            var distance = rank * 10_000 + (s.clause[first] == c ? abs(first - i) : 1000)
            // "visited Guba on 3 March and met the governor on 5 March": a day before an "and" that
            // joins another verb to this one is that verb's.
            if time.tokens.upperBound < i, (time.tokens.upperBound..<i).contains(where: { s.t[$0].norm == "and" }) { distance += 500 }
            // So is a day before the comma of a list of acts: "received the Ambassador on Tuesday,
            // inspected the institution on Wednesday".
            else if time.tokens.upperBound < i, s.t[time.tokens.upperBound].norm == ",",
                    (time.tokens.upperBound..<i).allSatisfy({ s.t[$0].norm == "," || cues.adverbs.contains(s.t[$0]) }),
                    listedVerb(s, from: max(0, first - 12), to: first, next: i) != nil { distance += 500 }
            if distance < (best?.distance ?? Int.max) { best = (distance, d) }
        }
        return best?.date
    }

    /// Two days joined by "and" only, the second the day after the first ("on Friday and Saturday",
    /// "on 3 and 4 May" told as two dates): the range they make.
    func joinedDays(_ s: SentenceScan, _ a: (tokens: Range<Int>, expr: TimeExpression), _ b: (tokens: Range<Int>, expr: TimeExpression)) -> DaySpan? {
        guard let x = a.expr.span, let y = b.expr.span, x.granularity == .day, y.granularity == .day,
              y.first == x.last.adding(days: 1), b.tokens.lowerBound == a.tokens.upperBound + 1,
              a.tokens.upperBound < s.count, s.t[a.tokens.upperBound].norm == "and" else { return nil }
        return DaySpan(first: x.first, last: y.last, granularity: .range)
    }

    /// A participle set off by a comma between the trigger at `i` and a date at `first`, whose phrase
    /// holds the date: "…, liberated from Armenian occupation on November 8, 2020" (not "…, located in
    /// Baku, on Thursday", nor the main verb after a relative clause: "a conference, which opened on
    /// Thursday, wrapped up today"; nor an event's "…, held on …").
    /// Whether token `k` is in a relative clause telling when the event that opens the sentence was
    /// held, before the verb that tells her part in it: "The annual meeting of GANHRI, which was held
    /// in Geneva on 9 and 10 May, was attended by Sabina Aliyeva".
    func heldClause(_ s: SentenceScan, _ k: Int, before i: Int) -> Bool {
        guard k < i else { return false }
        var r = k
        while r > 0, s.clause[r - 1] == s.clause[k] { r -= 1 }
        guard r >= 2, r + 3 < k, s.t[r].norm == ",", s.clause[r - 1] == s.clause[i], s.clause[k] != s.clause[i],
              s.t[r + 1].norm.isOne(of: "which", "that"),
              s.t[r + 2].norm.isOne(of: "was", "were") && s.t[r + 3].norm.isOne(of: "held", "organized", "organised", "convened")
                || s.t[r + 2].norm == "took" && s.t[r + 3].norm == "place",
              // (The event as the subject, not a scene: "During the visit, which took place on Wednesday, …".)
              !s.t[0].norm.isOne(of: "during", "after", "at", "following", "before", "in", "on", "within", "throughout") else { return false }
        // (The event may have a long name: "The annual meeting of the Global Alliance of … (GANHRI), which …".)
        for q in max(0, r - 16)..<r where kinds.nouns.matches(s.t, at: q) { return true }
        return false
    }

    func participleOfAThing(_ s: SentenceScan, trigger i: Int, before first: Int) -> Bool {
        let c = s.clause[i]
        // (Loops, not closures: a closure reaching into `self` here copies the whole reading.)
        for q in i + 2..<first where s.t[q - 1].norm == "," && s.t[q].norm.hasSuffix("ed") && !s.t[q].isCapitalized && s.clause[q] == c {
            if cues.describingVerbs.contains(s.t[q]) || kinds.triggers.longestMatch(in: s.t, at: q) != nil { continue }
            var ok = true
            for k in max(i + 1, q - 5)..<q where kinds.nouns.matches(s.t, at: k) { ok = false; break }
            for k in q..<first where s.t[k].norm == "," { ok = false; break }
            for k in 0..<q - 1 where s.t[k].norm == "," && k + 1 < s.count && cues.relative.contains(s.t[k + 1]) { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// Whether the year at `time` names the period of a document: of a report named just before it
    /// (with the trigger not in between) or right after it ("the 2024 annual report"), or of a plan
    /// after "for" (`period_nouns`: "a joint work plan for 2024-2025").
    func documentPeriod(_ s: SentenceScan, time: Range<Int>, trigger i: Int) -> Bool {
        let after = time.upperBound
        if after < s.count, s.t[after].norm == "report" || (after + 1 < s.count && s.t[after + 1].norm == "report") { return true }
        // "signed a joint work plan for 2024-2025", "the action plan for 2025": the plan's years.
        if time.lowerBound >= 2, s.t[time.lowerBound - 1].norm.isOne(of: "for", "-", "–"),
           (max(0, time.lowerBound - 4)..<time.lowerBound - 1).contains(where: { cues.periodNouns.contains(s.t[$0]) }) { return true }
        guard let r = (max(0, time.lowerBound - 40)..<time.lowerBound).last(where: { s.t[$0].norm.isOne(of: "report", "reports") })
        else { return false }
        return !(r + 1..<time.lowerBound).contains(i) && !(r..<time.lowerBound).contains(where: { s.t[$0].norm.isOne(of: ".", ";") })
    }

    /// Two dates that make one span: days joined by "and" (``joinedDays``) or an event's first and
    /// last days (``beganAndEnded``).
    func oneSpan(_ s: SentenceScan, _ a: (tokens: Range<Int>, expr: TimeExpression), _ b: (tokens: Range<Int>, expr: TimeExpression)) -> DaySpan? {
        joinedDays(s, a, b) ?? beganAndEnded(s, a, b)
    }

    /// A named day ("the International Day of …", "Victory Day"): "Day" capitalised among the tokens.
    static func namesADay(_ s: SentenceScan, _ tokens: Range<Int>) -> Bool {
        tokens.contains { s.t[$0].norm == "day" && s.t[$0].isCapitalized }
    }

    /// "which started on Tuesday and concludes today": the event's first and last days, a range.
    func beganAndEnded(_ s: SentenceScan, _ a: (tokens: Range<Int>, expr: TimeExpression), _ b: (tokens: Range<Int>, expr: TimeExpression)) -> DaySpan? {
        guard let x = a.expr.span, let y = b.expr.span, x.granularity == .day, y.granularity == .day,
              y.first > x.last, y.first.ordinal - x.last.ordinal <= 14,
              b.tokens.lowerBound > a.tokens.upperBound, b.tokens.lowerBound - a.tokens.upperBound <= 5,
              a.tokens.lowerBound >= 1 else { return nil }
        let between = a.tokens.upperBound..<b.tokens.lowerBound
        guard between.contains(where: { s.t[$0].norm == "and" }),
              between.contains(where: { cues.ended.matches(s.t, at: $0) }),
              (max(0, a.tokens.lowerBound - 4)..<a.tokens.lowerBound).contains(where: { cues.began.matches(s.t, at: $0) })
        else { return nil }
        return DaySpan(first: x.first, last: y.last, granularity: .range)
    }

    /// "The two-day training ended on 27 October": 26–27 October; "opened on 26 October": the
    /// same. A day given for an event of several days stays a day unless the text says which end it is.
    func lengthAdjusted(_ date: DateChoice?, _ s: SentenceScan, clause: [Int]) -> DateChoice? {
        guard let date, date.precision == .day, let day = date.start else { return date }
        var days: Int?
        var ends = false, begins = false
        for k in clause {
            let w = s.t[k].norm
            // (The length of an event: "a two-day international training", not "the 44-day Patriotic War".)
            if days == nil, let n = Self.days(w), n > 1,
               (k + 1..<min(s.count, k + 4)).contains(where: { kinds.nouns.matches(s.t, at: $0) }) { days = n }
            // ("which concluded in Astana yesterday after two days of discussions".)
            if days == nil, k > 0, s.t[k - 1].norm == "after", let n = Self.count(w), n > 1, n <= 10, k + 2 < s.count,
               s.t[k + 1].norm == "days", s.t[k + 2].norm == "of" { days = n }
            if cues.ended.matches(s.t, at: k) { ends = true }
            if cues.began.matches(s.t, at: k) { begins = true }
            // ("arrived in Ankara on Wednesday for a three-day official visit": its first day.)
            if w == "arrived" { begins = true }
            // ("returned home on Friday night after a five-day working visit": its last day.)
            if w == "returned" { ends = true }
        }
        // Both told ("wrapped up a three-day working visit to Türkiye that began on Thursday"): the word
        // right before the day says which end it is.
        if days != nil, ends, begins,
           let t = s.times.first(where: { $0.expr.span?.first == day && $0.expr.span?.last == day && clause.contains($0.tokens.lowerBound) }) {
            var k = t.tokens.lowerBound - 1
            if k >= 0, s.t[k].norm.isOne(of: "on", "in") { k -= 1 }
            if k >= 0, cues.began.matches(s.t, at: k) { ends = false } else if k >= 0, cues.ended.matches(s.t, at: k) { begins = false }
        }
        // (Neither word before the day says which end it is, but the other end is told too: "concluded a
        // three-day working visit to Georgia on Wednesday, having arrived on Monday".)
        if ends, begins, let t = s.times.first(where: { $0.expr.span?.granularity == .day && Self.arrivedOn($0, in: s) }),
           let first = t.expr.span?.first, first < day, day.ordinal - first.ordinal < 14 {
            return DateChoice(span: DaySpan(first: first, last: day, granularity: .range), published: article.published) ?? date
        }
        guard let n = days, ends != begins else { return date }
        let first = ends ? day.adding(days: -(n - 1)) : day
        var last = ends ? day : day.adding(days: n - 1)
        // ("A two-day conference kicked off in Baku today": what the news can tell is its first day.)
        if let p = article.published, first <= p, p < last { last = p }
        if last == first { return date }
        return DateChoice(span: DaySpan(first: first, last: last, granularity: .range), published: article.published)
    }

    /// "On the first day of the visit", "on the final day": that day of the last span of days named.
    /// `within`: a span the sentence itself names ("the visit held on 12-13 September … on the first
    /// day of the visit"), counted in before the one named last.
    /// `before`: where the act's own words end (see ``joinedVerbCut``); an opening phrase is read only up to there.
    func dayOfRange(_ s: SentenceScan, clause: [Int], within: DateChoice? = nil, before cut: Int? = nil) -> DateChoice? {
        let own = within.flatMap { w -> DaySpan? in
            guard w.precision == .range, let first = w.start else { return nil }
            return DaySpan(first: first, last: w.end, granularity: .range)
        }
        // Something that "began on 24 September" counts its days from there, its last one unknown.
        // (Its length told — "a three-day visit" — gives its last day too.)
        // (Neither told: "has completed her trip to Fuzuli and Jabrayil … On Thursday, she held a
        // reception in Fuzuli. On the second day of the trip, …" counts from the first day named.)
        var firstDay = lastBeginning
        if firstDay == nil, own == nil, lastRange == nil, inlineHeadingDate == nil, clause.contains(where: { k in
            k + 3 < s.count && s.t[k].norm == "day" && s.t[k + 1].norm == "of" && s.t[k + 2].norm.isOne(of: "the", "her")
                && s.t[k + 3].norm.isOne(of: "trip", "visit", "tour")
        }) { firstDay = firstNamedDay }
        guard let range = own ?? lastRange ?? firstDay.map({ DaySpan(first: $0, last: $0.adding(days: (spanLength ?? 31) - 1), granularity: .range) })
        else { return nil }
        let open = own == nil && lastRange == nil && spanLength == nil
        // The clause, and an opening phrase before the sentence's first comma.
        let opening = 0..<min(cut ?? s.count, (0..<s.count).first { s.t[$0].norm == "," } ?? 0)
        // "On the eve of the conference", "the day before the conference": the day before the span
        // named last; "the day after the conference": the day after it.
        if !open, let k = (clause + Array(opening)).first(where: { countsFromEvent(s, at: $0) }) {
            // The event's own first (last) day when it was told ("the conference … held on 27-28 September").
            let told = latestFrame(head: s.t[k + 3].norm).flatMap { frames[$0].date }
            if s.t[k + 1].norm == "after" { return dayChoice((told?.end ?? range.last).adding(days: 1)) }
            return dayChoice((told?.start ?? range.first).adding(days: -1))
        }
        // "Concluding her visit, she met …": its last day.
        if !open, opening.count > 1, cues.spanEndOpeners.matches(s.t, at: 0) { return dayChoice(range.last) }
        // "Upon arrival in the city, she laid flowers …": the first day of her visit (not of a span of
        // the background: "the anti-terrorist measures of September 19-20").
        if !open, opening.count > 1, cues.spanStartOpeners.matches(s.t, at: 0),
           drafts.contains(where: { $0.kind == .visit && $0.date?.start == range.first }) { return dayChoice(range.first) }
        // "attended both days of the session": the whole span.
        if !open, clause.contains(where: { k in k + 1 < s.count && s.t[k].norm == "both" && s.t[k + 1].norm == "days" }) {
            return DateChoice(span: DaySpan(first: range.first, last: range.last, granularity: .range), published: article.published)
        }
        for k in clause + Array(opening) where k > 0 && k + 1 < s.count && s.t[k + 1].norm == "day" && s.t[k - 1].norm.isOne(of: "the", "its") {
            let w = s.t[k].norm
            // "On the final day of the visit": the visit's span, though a conference within it was told since.
            var range = range
            if own == nil, k + 3 < s.count, s.t[k + 2].norm == "of", case let h = k + 3 + (s.t[k + 3].norm.isOne(of: "the", "her") ? 1 : 0), h < s.count,
               let noun = kinds.nouns.longestMatch(in: s.t, at: h),
               let f = frames.indices.last(where: { frames[$0].kind == noun.value && frames[$0].heads.contains(s.t[h].norm) && frames[$0].date?.precision == .range }),
               let fd = frames[f].date, let first = fd.start {
                range = DaySpan(first: first, last: fd.end, granularity: .range)
            }
            let day: CalendarDay
            if let n = cues.rangeDaysFromStart.firstIndex(of: w) ?? (cues.rangeFirstDay.contains(w) ? 0 : nil) {
                day = range.first.adding(days: n)
                guard day <= range.last else { return nil }
            } else if cues.rangeDaysFromEnd.contains(w), !open {
                day = range.last
            } else { continue }
            return dayChoice(day)
        }
        return nil
    }

    /// "eve of the <event>", "day before the <event>", "day after the <event>" at `k`: a day
    /// counted from an event told before, not from the activity told last.
    func countsFromEvent(_ s: SentenceScan, at k: Int) -> Bool {
        k + 3 < s.count && (s.t[k].norm == "eve" && s.t[k + 1].norm == "of" || s.t[k].norm == "day" && s.t[k + 1].norm.isOne(of: "before", "after"))
            && s.t[k + 2].norm == "the" && s.timeOf[k + 3] < 0 && kinds.nouns.matches(s.t, at: k + 3)
    }

    /// "Two days after her trip to Ganja, …", "Three days after the reception in Masalli, …", "The
    /// day after the meeting with the ICRC, …", "On the eve of the conference, …": the day counted
    /// from that event as told before, when it was told with a day.
    func daysAfterEvent(_ s: SentenceScan) -> DateChoice? {
        var k = s.count > 0 && s.t[0].norm == "on" ? 1 : 0
        let n: Int
        let after: Bool
        if k + 2 < s.count, s.t[k].norm == "the", s.t[k + 1].norm == "eve", s.t[k + 2].norm == "of" {
            n = 1; after = false; k += 3
        } else if k + 3 < s.count, let count = s.t[k].norm.isOne(of: "the", "a") ? 1 : Self.count(s.t[k].norm), count >= 1, count <= 14,
                  s.t[k + 1].norm == (count == 1 ? "day" : "days"), s.t[k + 2].norm.isOne(of: "after", "before", "prior") {
            n = count; after = s.t[k + 2].norm == "after"; k += 3
            // ("One day prior to the session")
            if s.t[k - 1].norm == "prior" {
                guard k < s.count, s.t[k].norm == "to" else { return nil }
                k += 1
            }
        } else { return nil }
        guard k + 1 < s.count, s.t[k].norm.isOne(of: "her", "the", "its"),
              let noun = kinds.nouns.longestMatch(in: s.t, at: k + 1) ?? (k + 2 < s.count ? kinds.nouns.longestMatch(in: s.t, at: k + 2) : nil)
        else { return nil }
        var day = frames.last(where: { $0.kind == noun.value && $0.date?.precision == .day })?.date?.start
        if day == nil {
            // "… her annual report at Tuesday's plenary session. The day before the session, …": the
            // day of her act told in a sentence that names the event by the same word.
            let word = s.t[noun.end - 1].norm
            day = drafts.last(where: { $0.date?.precision == .day && $0.sentence.text.lowercased().contains(word) })?.date?.start
        }
        guard let day else { return nil }
        return dayChoice(day.adding(days: after ? n : -n))
    }

    /// "In a statement released on the eve of the anniversary": the day before this year's return of
    /// the day the article recalls ("the night of 19-20 January 1990"), when that falls in the week
    /// before the paper.
    func anniversaryEve(_ s: SentenceScan) -> DateChoice? {
        guard let p = article.published,
              let k = (0..<s.count).first(where: { $0 + 2 < s.count && s.t[$0].norm == "eve" && s.t[$0 + 1].norm == "of" && s.t[$0 + 2].norm == "the" }),
              (k + 3..<min(s.count, k + 6)).contains(where: { s.t[$0].norm == "anniversary" }) else { return nil }
        for t in allTimes.reversed() {
            guard let span = t.span, [.day, .range].contains(span.granularity), span.last.year < p.year,
                  let day = CalendarDay(year: p.year, month: span.last.month, day: span.last.day) else { continue }
            let eve = day.adding(days: -1)
            if eve <= p, p.ordinal - eve.ordinal <= 7 { return dayChoice(eve) }
        }
        return nil
    }

    /// One day as a date choice.
    func dayChoice(_ day: CalendarDay) -> DateChoice? {
        DateChoice(span: DaySpan(first: day, last: day, granularity: .day), published: article.published)
    }

    /// Words that make "… of <date>" a time of that day rather than a thing named by it.
    static let dayParts: Set<String> = ["morning", "evening", "afternoon", "night", "day", "eve", "week", "end", "beginning",
                                        "middle", "start", "hours", "days", "weekend"]

    /// How far back a date may lie and still be the article's news rather than background.
    static let newsReachDays = 400

    /// Whether `date` is recent enough to be news ("The two ombudsmen signed a memorandum in 2021" is background).
    func isNews(_ date: DateChoice) -> Bool {
        article.published.map { date.end.ordinal >= $0.ordinal - Self.newsReachDays } ?? true
    }

    /// Whether the year at `first..<end` names a period: after "for", "covering", "years" or
    /// "period", or either year of "2022-2024".
    static func namesPeriod(_ s: SentenceScan, first: Int, end: Int) -> Bool {
        if first > 0, s.t[first - 1].norm.isOne(of: "for", "covering", "years", "period") { return true }
        if first > 1, s.t[first - 1].norm.isOne(of: "-", "–"), s.timeOf[first - 2] >= 0 { return true }
        return end + 1 < s.count && s.t[end].norm.isOne(of: "-", "–") && s.timeOf[end + 1] >= 0
    }

    /// The number of days a "two-day", "3-day" word tells.
    static func days(_ word: String) -> Int? {
        word.utf8.count > 4 && word.hasSuffix("-day") ? count(String(word.dropLast(4))) : nil
    }

    static func count(_ word: String) -> Int? {
        if let n = Int(word) { return n }
        return numberWords[word]
    }

    // (Built once: a dictionary literal in `count` was rebuilt for every token it was asked about.)
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// Whether a reporting verb and "that" stand between the trigger at `i` and `end`.
    func toldAfter(_ s: SentenceScan, trigger i: Int, before end: Int) -> Bool {
        var reported = false
        for k in i + 1..<end {
            if cues.reporting.contains(s.t[k]) { reported = true } else if reported, s.t[k].norm == "that" { return true }
        }
        return false
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "A day later", "two days later", "a day earlier": a duration counted from the last day named.
    func daysLater(_ s: SentenceScan, clause: [Int]) -> DateChoice? {
        let set = TokenMask(clause, count: s.count)
        for time in s.times where set.contains(time.tokens.lowerBound) && time.expr.type == .duration {
            let after = time.tokens.upperBound
            guard after < s.count, s.t[after].norm == "later" || s.t[after].norm == "earlier" else { continue }
            let sign = s.t[after].norm == "later" ? 1 : -1
            guard let days = Self.durationDays(time.expr.value), let base = lastDay else { continue }
            return dayChoice(base.adding(days: sign * days))
        }
        return nil
    }

    /// The days a duration value counts ("P1D" → 1, "P2W" → 14); nil for other units.
    static func durationDays(_ value: String) -> Int? {
        guard value.hasPrefix("P"), let unit = value.last, let n = Int(value.dropFirst().dropLast()) else { return nil }
        switch unit {
        case "D": return n
        case "W": return 7 * n
        default: return nil
        }
    }

    /// Whether the clause has date expressions but none usable (all history or vague).
    func hasOnlyUnusableDates(_ s: SentenceScan, clause: [Int]) -> Bool {
        let c = clause.first.map { s.clause[$0] }
        // (A period a thing covers, "a roadmap for 2025-2027", dates nothing: no reason to drop the act.)
        let inClause = s.times.filter { t in
            t.tokens.lowerBound < s.count && s.clause[t.tokens.lowerBound] == c
                && !(t.expr.span?.granularity == .year && Self.namesPeriod(s, first: t.tokens.lowerBound, end: t.tokens.upperBound))
        }
        guard !inClause.isEmpty else { return false }
        return inClause.allSatisfy { t in
            if let span = t.expr.span { return DateChoice(span: span, published: article.published) == nil }
            return false
        }
    }

}
