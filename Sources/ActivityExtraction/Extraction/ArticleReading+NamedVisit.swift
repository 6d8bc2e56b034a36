import NewsArticles
import TemporalTagging
import TimelineModel

/// Her visit named as a thing, with its days in its own words or in the clause that describes it:
/// "as part of the Ombudsman's three-day working visit to Switzerland, which began on Sunday",
/// "The working visit of … Sabina Aliyeva to Geneva, the Swiss Confederation, which took place on
/// 18-20 September, has concluded", "Aliyeva is in the Swiss city for a working visit that started
/// on 18 June and runs until 20 June".
extension ArticleReading {
    mutating func namedVisit(_ s: SentenceScan) -> Int? {
        // (One visit a sentence: a verb of hers that told it already wins.)
        // (Loops, not closures: a closure over `drafts` copies each draft.)
        for k in drafts.indices where drafts[k].kind == .visit && drafts[k].order == order { return nil }
        let nouns = kinds.nouns
        for q in 0..<s.count where s.mentionOf[q] < 0 && !s.isQuoted(q) {
            guard let n = nouns.longestMatch(in: s.t, at: q), n.value == .visit else { continue }
            guard let owner = visitOwner(s, noun: q, end: n.end) else { continue }
            // The noun phrase: up to a comma, a verb or a day ("to Geneva, the Swiss Confederation").
            var words: [Int] = []
            var k = owner.after
            while k < s.count, k - owner.after < 10, !s.t[k].norm.isOne(of: ",", ";", ".", "that", "which", "where", "when"),
                  s.mentionOf[k] < 0, !cues.finiteVerbs.contains(s.t[k]) {
                words.append(k)
                k += 1
            }
            // ("on a working visit to Poland to attend the Conference, which runs from …": the clause is the
            // conference's.)
            // ("the Ombudsman's trip on Tuesday to the Aghdam district, where she met with families": the
            // act told there is the activity, the trip its place, as with "travelled to …, where".)
            if k + 1 < s.count, s.t[k].norm == "where" || (s.t[k].norm == "," && s.t[k + 1].norm == "where") { continue }
            // ("was on a working trip to Uzbekistan on 13-14 May to attend the meeting of the Board": a trip
            // for an event is that event, as with "visited Vienna to participate in …".)
            if words.contains(where: { x.rules.purpose.matches(s.t, at: $0) }) { continue }
            let cut = words.firstIndex(where: { kinds.nouns.matches(s.t, at: $0) })
            let rel = cut == nil ? visitClause(s, after: k) : []
            if let cut { words = Array(words[..<cut]) }
            // ("her visit to the Mingachevir psychoneurological boarding house": a monitoring visit.)
            guard !visitsDetention(s, from: owner.after, clause: words) else { continue }
            let told = Array(owner.place..<q) + words + rel
            // (Its first day told, the clause's own: the trigger's clause rules of `dateFor` do not apply.)
            guard let span = told.lazy.compactMap({ k -> DaySpan? in
                      guard s.timeOf[k] >= 0, k == 0 || s.timeOf[k - 1] != s.timeOf[k], let span = s.times[s.timeOf[k]].expr.span else { return nil }
                      return [.day, .range].contains(span.granularity) ? span : nil
                  }).first,
                  !told.contains(where: { cues.plan.matches(s.t, at: $0) }), !negated(s, before: owner.first),
                  var date = lengthAdjusted(DateChoice(span: span, published: article.published), s, clause: told) else { continue }
            // "started on 18 June and runs until 20 June": both ends told.
            if date.precision == .day, let first = date.start, let last = untilDay(s, in: rel) ?? sinceDay(s, in: told), first < last {
                date = DateChoice(span: DaySpan(first: first, last: last, granularity: .range), published: article.published) ?? date
            }
            guard [.day, .range].contains(date.precision), !date.isFuture, isNews(date) else { continue }
            let location = fields.location(in: s, tokens: Array(owner.place..<n.end) + words + rel, near: q)
            // Told already (a verb of hers, days before): the same trip.
            if let v = drafts.lastIndex(where: { $0.kind == .visit && $0.status == .done }),
               drafts[v].date.map({ $0.overlaps(date) }) ?? (order - drafts[v].lastTold <= 3 && (location == nil || drafts[v].location == location)) {
                if drafts[v].date == nil || drafts[v].date?.precision == .onOrBefore { drafts[v].date = date }
                drafts[v].lastTold = order
                return v
            }
            let name = (owner.first..<n.end).filter { s.timeOf[$0] < 0 && s.mentionOf[$0] < 0 && !s.t[$0].norm.isOne(of: "her", "the", "a", "an", "'s", "’s") }
            let title = ClauseFields.capitalized(s.text(tokens: name + words.filter { k in
                s.timeOf[k] < 0 && !(k + 1 < s.count && s.timeOf[k + 1] >= 0 && s.t[k].norm.isOne(of: "on", "in", "from", "since", "during"))
            }))
            return add(Draft(kind: .visit, date: date, location: location, counterparts: [], title: title,
                             sentence: s.sentence, anchor: s.t[q].start, status: .done), heads: eventHeads(s, clause: told))
        }
        return nil
    }

    /// Whose the visit noun at `q` is, when hers: "her (three-day working) visit", "Aliyeva's visit",
    /// "the visit of the Ombudsman", "<she> is in Geneva for a working visit". `first` is where the
    /// noun phrase starts; `after` where its words after the noun (and her name) go on; `place` where
    /// its place and days may be told from ("Aliyeva is in Warsaw for a visit", "Aliyeva arrived on
    /// Tuesday for a three-day visit").
    func visitOwner(_ s: SentenceScan, noun q: Int, end: Int) -> (first: Int, after: Int, place: Int)? {
        var j = q - 1
        while j >= 0, q - j <= 5, s.mentionOf[j] < 0, s.timeOf[j] >= 0 || (s.t[j].isWord && !s.t[j].isCapitalized),
              !s.t[j].norm.isOne(of: "her", "a", "an", "the") { j -= 1 }
        guard j >= 0 else { return nil }
        if s.t[j].norm == "her", who(Mention(range: j..<j + 1, who: .pronoun), in: s) == .subject { return (j, end, j) }
        if s.t[j].norm.isOne(of: "'s", "’s"), let m = s.mention(at: j - 1), who(m, in: s) == .subject { return (m.range.lowerBound, end, m.range.lowerBound) }
        // "the visit of the Commissioner … Sabina Aliyeva to Geneva".
        if end + 1 < s.count, s.t[end].norm == "of", let m = s.mention(at: end + 1) ?? s.mention(at: end + 2),
           m.range.lowerBound <= end + 2, who(m, in: s) == .subject { return (j, m.range.upperBound, j) }
        // "Aliyeva is in the Swiss city for a working visit": she, the clause's subject, is on it.
        // (The verb of her being there comes before, past its place and day, in the same stretch of words.)
        if s.t[j].norm.isOne(of: "a", "an"), j >= 1, s.t[j - 1].norm.isOne(of: "for", "on"),
           let v = (max(0, j - 10)..<j - 1).last(where: { s.t[$0].norm.isOne(of: "is", "was", "has", "had", "arrived", "came", "flew") }),
           !(v..<j).contains(where: { s.t[$0].norm.isOne(of: ",", ";") }), counts(agentBefore(v, s, previous: nil)) {
            return (j, end, v)
        }
        return nil
    }

    /// The relative clause that tells of the visit at `k` (past an apposition naming its place):
    /// ", which began on Sunday", "that started on 18 June and runs until 20 June".
    func visitClause(_ s: SentenceScan, after start: Int) -> [Int] {
        var k = start
        // ", the Swiss Confederation, which …": the place's apposition.
        if k < s.count, s.t[k].norm == ",", let c = (k + 1..<min(s.count, k + 6)).first(where: { s.t[$0].norm == "," }),
           c + 1 < s.count, s.t[c + 1].norm.isOne(of: "which", "that"),
           s.t[k + 1].isCapitalized || s.t[k + 1].norm == "the",
           (k + 1..<c).allSatisfy({ s.t[$0].isWord && s.mentionOf[$0] < 0 && s.timeOf[$0] < 0 && !cues.finiteVerbs.contains(s.t[$0]) }) { k = c }
        if k < s.count, s.t[k].norm == "," { k += 1 }
        guard k + 1 < s.count, s.t[k].norm.isOne(of: "which", "that"),
              cues.began.matches(s.t, at: k + 1) || cues.ended.matches(s.t, at: k + 1) || kinds.passives.matches(s.t, at: k + 1)
                || cues.describingVerbs.contains(s.t[k + 1]) else { return [] }
        var rel: [Int] = []
        while k < s.count, !s.t[k].norm.isOne(of: ",", ";") { rel.append(k); k += 1 }
        return rel
    }

    /// "has been on a working visit to Ankara since November 15": from that day to the paper's.
    func sinceDay(_ s: SentenceScan, in tokens: [Int]) -> CalendarDay? {
        guard let p = article.published, tokens.contains(where: { $0 > 0 && s.timeOf[$0] >= 0 && s.t[$0 - 1].norm == "since" }) else { return nil }
        return p
    }

    /// The day after "until" / "till" / "through" in `tokens`.
    func untilDay(_ s: SentenceScan, in tokens: [Int]) -> CalendarDay? {
        for k in tokens where k > 0 && s.timeOf[k] >= 0 && s.t[k - 1].norm.isOne(of: "until", "till", "through", "to") {
            if let span = s.times[s.timeOf[k]].expr.span, span.granularity == .day { return span.first }
        }
        return nil
    }
}
