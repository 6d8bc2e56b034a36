import NewsArticles
import TemporalTagging
import TimelineModel

/// Verb triggers, passives and events named at the start of a sentence.
extension ArticleReading {
    // MARK: triggers

    /// A verb trigger at `i..<end`: decides kind, status, date, place, and whether it is a new
    /// activity or part of one already found.
    mutating func trigger(_ s: SentenceScan, at i: Int, end: Int, trigger tr: KindVocabulary.Trigger, agent: Agent, primary: Int?) -> Int? {
        // Her act told in the passive: "Citizens of Ordubad were received by Sabina Aliyeva",
        // "the hospital was inspected by the Ombudsman". What was acted on comes before the verb.
        var agent = agent
        let passiveObject = !counts(agent) && actedOnByHer(s, verb: i, end: end)
        if passiveObject { agent = .subject }
        // (Hers only as a courtesy call on a person: "called on Speaker … Sardar Ayaz Sadiq at Parliament
        // House"; "called on the international community to …" is an appeal.)
        if tr.guestOnly, counts(agent), !courtesyCall(s, end: end) { return nil }
        if tr.jointOnly, !withPartner(s, verb: i, end: end) { return nil }
        var status = ActivityStatus.done
        let planned = cues.plan.matchEnding(in: s.t, at: i, lookback: 4) != nil
        // "The main purpose of the visit was to participate in the seminar … on March 15": what she
        // did on the visit just told.
        let purposeOfVisit = tr.isBase && !planned && visitPurpose(s, before: i)
        if purposeOfVisit { agent = .subject }
        if tr.isBase && !planned && !purposeOfVisit { return nil }
        // The present tense tells news only in a headline: "Ombudsman visits Gazakh prison".
        if tr.isPresent && (planned || !isHeadline(s)) { return nil }
        if planned { status = .planned }
        if !tr.isBase, Self.namedAsFuture(s, trigger: i, end: end) { status = .planned }
        if negated(s, before: i) { return nil }
        // "the institutions we visited will be followed up": a relative clause's verb, no act told.
        if !tr.isBase, end < s.count, cues.clauseEndAuxiliaries.contains(s.t[end]) { return nil }
        // "Aliyeva recalled that she had visited …": background, unless it names a day.
        let recalled = (0..<i).contains(where: { cues.recalling.contains(s.t[$0]) })
        // (Told in the passive, what was acted on comes first: "more than 18,000 appeals were received by her in 2023".)
        let actedOn = passiveObject ? Array(s.clauseTokens(of: i).prefix { $0 < i }) : []
        if tr.passiveSubjects == nil, actedOn.contains(where: { cues.thingsReceived.contains(s.t[$0]) }) { return nil }
        // (The things acted on may be a list spanning clauses: "Applications of residents of Guba and Gusar were heard".)
        if let subjects = tr.passiveSubjects, !(0..<i).contains(where: { subjects.contains(s.t[$0].norm) }) { return nil }
        var tally = aggregate(s, object: end) || aggregate(s, object: i + 1)
        for k in actedOn where aggregate(s, object: k) { tally = true; break }
        // "hosted the Ambassador" is a meeting; "hosted a seminar" is the seminar.
        // (A place may come before the object: "hosted in Baku an international conference".)
        var objectStart = end
        // (So may a day: "returned home on Friday night after a five-day working visit".)
        var datedObject = false
        if tr.objectStarts != nil, end + 1 < s.count, s.t[end].norm.isOne(of: "on", "in"), s.timeOf[end + 1] >= 0 {
            let time = s.times[s.timeOf[end + 1]].tokens
            if time.upperBound < s.count, s.t[time.upperBound].isWord { objectStart = time.upperBound; datedObject = true }
        }
        if end + 1 < s.count, s.t[end].norm.isOne(of: "in", "at"), let place = x.rules.places.match(in: s.t, at: end + 1),
           place.end < s.count, s.t[place.end].norm.isOne(of: "a", "an", "the") {
            objectStart = place.end
        }
        var hostsEvent = false
        if tr.objectStarts != nil, let obj = eventObject(s, from: objectStart, clause: s.clauseTokens(of: i)), obj.kind != nil, !obj.nonEvent,
           obj.at >= objectStart, obj.at - objectStart <= 3, !objectIsPerson(s, from: objectStart) {
            hostsEvent = true
        }
        if passiveObject {
            // The object is before the verb: no object to check after it.
        } else if let limit = tr.objectStarts, limit.contains("@place") {
            // "was in Shusha": a place away from home must follow.
            guard end < s.count, let place = x.rules.places.match(in: s.t, at: end),
                  !fields.ignoredPlaces.contains(place.place.name.lowercased()) else { return nil }
        } else if let limit = tr.objectStarts, limit.contains("@area") {
            // "was in the autonomous republic": a place told before, named by its kind ("was in the
            // Nakhchivan Autonomous Republic": or a place's name that takes the article).
            guard end < s.count, limit.contains(s.t[end].norm)
                    || tr.kind == .visit && x.rules.places.match(in: s.t, at: end).map({ !fields.ignoredPlaces.contains($0.place.name.lowercased()) }) == true
            else { return nil }
        } else if !counts(agent), tr.symmetric, herMention(s, in: objectStart..<min(s.count, objectStart + 6))
                    || delayedWith(s, after: end).map({ herMention(s, in: $0..<min(s.count, $0 + 6)) }) == true {
            // "Georgia's Public Defender hosted Azerbaijan's Commissioner Sabina Aliyeva": she is the
            // object; whether she starts it is checked below.
        } else {
            if !hostsEvent, let limit = tr.objectStarts, objectStart < s.count, !limit.contains(s.t[objectStart].norm),
               !(limit.contains("@person") && s.t[objectStart].isCapitalized && !Self.namesPlace(s, at: objectStart, x.rules.places)) { return nil }
            if !hostsEvent, tr.objectStarts != nil, !objectIsPerson(s, from: objectStart) { return nil }
        }
        var counterpartsOverride: [String]?
        if !counts(agent) {
            // "The minister met with Ombudsman Sabina Aliyeva": a meeting of hers too.
            guard tr.symmetric else { return nil }
            // Her mention starts the object, after an article or qualifiers ("with Georgian Public Defender …").
            // (A place may come first: "met in Baku with the Commissioner …"; so may the one she is to
            // the host: "hosted his Azerbaijani counterpart, Commissioner … Sabina Aliyeva".)
            var k = delayedWith(s, after: end) ?? end
            let from = k
            // (Qualifiers in lower case too: "met with Azerbaijan's newly elected Human Rights Commissioner …";
            // not "of", which makes the one named someone of hers, nor a verb, which starts another clause.)
            while k < min(s.count, from + 8), s.mention(at: k) == nil,
                  s.t[k].isWord && (s.t[k].norm.isOne(of: "the", "with", "in", "at", "his", "her", "their", "counterpart", "colleague", "and")
                    || s.t[k].isCapitalized || (!cues.finiteVerbs.contains(s.t[k]) && !cues.functionWords.contains(s.t[k])))
                    || s.t[k].norm.isOne(of: "'s", "’s", ",")
                    // ("received Ms. Sabina Aliyeva": the full stop of an honorific.)
                    || (s.t[k].norm == "." && k > from && cues.honorifics.contains(s.t[k - 1])) { k += 1 }
            // Or she leads the guests: "received a delegation led by the Commissioner …, Sabina Aliyeva".
            if s.mention(at: k) == nil, let led = delegationLeader(s, from: end) { k = led }
            // (Not "met with Aliyeva's predecessor": someone of hers.)
            guard let m = s.mention(at: k), who(m, in: s) == .subject,
                  m.range.upperBound >= s.count || !s.t[m.range.upperBound].norm.isOne(of: "'s", "’s") else { return nil }
            var before = agentPhrase(s, before: i)
            // "The delegation of X, which is visiting Azerbaijan, met with …": the subject before the first comma.
            if before.isEmpty, let comma = (0..<i).first(where: { s.t[$0].norm == "," }), comma > 1,
               !(0..<comma).contains(where: { s.timeOf[$0] >= 0 || s.mentionOf[$0] >= 0 && who(s.mentions[s.mentionOf[$0]], in: s) == .subject }) {
                var from = 0
                while from < comma, s.t[from].norm.isOne(of: "the", "a", "an") { from += 1 }
                before = s.text(from..<comma)
            }
            // "the Public Defender of Georgia, Levan Ioseliani, hosted …": the role and the name set off by commas.
            if before.isEmpty, i >= 2, s.t[i - 1].norm == "," {
                var parts: [String] = []
                var e = i - 1
                while parts.count < 2, e > 0 {
                    var b = e
                    while b > 0, s.t[b - 1].norm != ",", s.timeOf[b - 1] < 0, s.mentionOf[b - 1] < 0 || who(s.mentions[s.mentionOf[b - 1]], in: s) != .subject { b -= 1 }
                    guard b < e, e - b <= 8, b == 0 || s.t[b - 1].norm == "," else { break }
                    var from = b
                    while from < e, s.t[from].norm.isOne(of: "the", "a", "an") { from += 1 }
                    guard from < e, s.t[from].isCapitalized else { break }
                    parts.insert(s.text(from..<e), at: 0)
                    e = b - 1
                }
                before = parts.joined(separator: " ")
            }
            // "…, where he was received by Aliyeva": the one named before the pronoun.
            if before.split(separator: " ").allSatisfy({ ["where", "who", "which", "that", "he", "she", "they", "it", "when"].contains($0.lowercased()) }),
               let other = s.mentions.last(where: { $0.who == .other && $0.range.upperBound <= i }) {
                before = s.text(other.range)
            }
            counterpartsOverride = before.isEmpty ? [] : [before]
        }
        var clause = s.clauseTokens(of: i)
        // "In her speech, Aliyeva said that the Declaration, adopted in Paris …": the opening phrase
        // is the act; the rest tells what she said.
        // (So for a participle opening it: "Speaking at the opening ceremony on Thursday, Aliyeva called on
        // the international community to put pressure on Armenia …".)
        if opensWithHerAct(s, at: i) || opensWithParticiple(s, at: i),
           let comma = clause.first(where: { $0 > i && s.t[$0].norm == "," }) { clause = clause.filter { $0 < comma } }
        // Kind.
        var kind = hostsEvent ? nil : tr.kind
        // "Citizens … were received by her": people received are a reception, not a meeting.
        if passiveObject, tr.kind == .meeting, clause.contains(where: { $0 < i && cues.receivedPeople.contains(s.t[$0]) }) {
            kind = .reception
        }
        var purposeStart: Int?
        var purposeAt: Int?   // the event noun a visit was for ("visited Poland to attend the conference")
        var objectFrame: Int?
        var objectAt: Int?
        var bareVerb = false   // "took part." with the gathering told before
        // (Past an aside on the manner: "joined, by video link, an extraordinary meeting of the Board".)
        // (Past a day before the object too: "returned home on Friday night after a … visit".)
        let objectFrom = pastMannerAside(s, at: datedObject ? objectStart : end)
        if let obj = eventObject(s, from: objectFrom, clause: clause) {
            objectAt = obj.at
            if obj.nonEvent && kind == nil { return nil }
            if kind == nil || kind == .visit, let k = obj.kind { kind = k }
            // A verb with its own kind refers to an event only as its direct object ("addressed the
            // round table"), not through a preposition ("received citizens during the visit").
            let direct = obj.at >= objectFrom && (objectFrom..<obj.at).allSatisfy { s.t[$0].norm.isOne(of: "the", "this", "that", "said") }
            objectFrame = kind == nil || tr.kind == nil || direct ? obj.frame : nil
        } else if kind == nil {
            // "the conference, in which Aliyeva took part": the event is the noun before the relative clause.
            if let k = relativeAntecedent(s, before: i) {
                kind = k
            } else if end >= s.count || s.t[end].norm.isOne(of: ".", ";"),
                      let f = frames.indices.last(where: { order - frames[$0].order <= 2 && frames[$0].date != nil }) {
                // "… and Azerbaijan's Ombudsman Sabina Aliyeva took part.": in the gathering just told.
                kind = frames[f].kind
                objectFrame = f
                bareVerb = true
            } else { return nil }
        }
        if kind == .visit || kind == nil {
            for k in clause where k >= end {
                if x.rules.purpose.matches(s.t, at: k), let obj = eventObject(s, from: x.rules.purpose.longestMatch(in: s.t, at: k)!.end, clause: clause), let ok = obj.kind {
                    kind = ok
                    purposeAt = obj.at
                    purposeStart = x.rules.purpose.longestMatch(in: s.t, at: k)!.end
                    break
                }
            }
        }
        if kind == .visit, visitsDetention(s, from: end, clause: clause) { kind = .monitoring }
        // The event named by the verb phrase itself, told just before: "Aliyeva, who presented the
        // report, said …" after "The annual report of the Commissioner … was heard at the sitting".
        // (An event noun: not "received the citizens of Mingachevir" after a reception of citizens.)
        if objectFrame == nil, let k = kind, end >= 2, s.t[end - 2].norm == "the", kinds.nouns.longestMatch(in: s.t, at: end - 1)?.end == end,
           let f = latestFrame(head: s.t[end - 1].norm), frames[f].kind == k, order - frames[f].order <= 2 {
            objectFrame = f
        }
        if kind == nil, let f = objectFrame { kind = frames[f].kind }
        guard var kindValue = kind else { return nil }
        if history(s, clause: clause, trigger: i) { return nil }
        // Date, place. A clause opened by "where" / "when" without a date of its own takes the day
        // of the clause it hangs on ("The next day she was in Ismayilli, where she visited …").
        let past = !tr.isBase && !planned
        var dateClause = clause
        // (Only the opening phrase dates her act named there: what she said after it has dates of its own.)
        let ownPhrase = !opensWithHerAct(s, at: i) || clause.contains(where: { s.timeOf[$0] >= 0 })
        var own = ownPhrase ? dateFor(s, trigger: i, clause: clause, pastTense: past) : nil
        // "who presented the results of her institution's work in 2023" (in March 2024): the year reported on.
        // (Not a year told before the verb: "In 2024, Sabina Aliyeva presented a special report".)
        if kindValue == .report, let d = own, d.precision == .year, let p = article.published, d.end < p,
           !s.times.contains(where: { $0.tokens.lowerBound < i && $0.expr.span?.granularity == .year }) { own = nil }
        if own == nil, ownPhrase, dayAfter(s, clause: clause) == nil, let main = hostClause(s, of: clause) {
            dateClause = main
            own = dateFor(s, trigger: main[0], clause: main, pastTense: past)
        }
        // "Sabina Aliyeva, who was on a working trip to Shaki on April 15-16, inspected …": the days
        // of the trip she was on (a numbered day of it, "on the first day of the visit", below).
        if own == nil, dayAfter(s, clause: dateClause) == nil,
           let m = s.mentions.last(where: { $0.range.upperBound + 1 < i && counts(who($0, in: s)) }),
           s.t[m.range.upperBound].norm == ",", s.t[m.range.upperBound + 1].norm == "who",
           (m.range.upperBound + 2..<i).contains(where: { kinds.nouns.longestMatch(in: s.t, at: $0)?.value == .visit }) {
            let rel = s.clauseTokens(of: m.range.upperBound + 1)
            if let d = dateFor(s, trigger: m.range.upperBound + 1, clause: rel, pastTense: past), [.day, .range].contains(d.precision) {
                own = d
            }
        }
        var spanDay = false
        // (A loop, not a closure: a closure calling a method of `self` here copies the whole reading.)
        var fromEvent = false
        for k in dateClause where countsFromEvent(s, at: k) { fromEvent = true; break }
        if own == nil || own?.precision == .range || fromEvent, dayAfter(s, clause: dateClause) == nil,
           case let cut = joinedVerbCut(s, own == nil ? dateClause : clause, after: end),
           let d = dayOfRange(s, clause: (own == nil ? dateClause : clause).filter { $0 < cut }, within: own, before: cut) {
            own = d; spanDay = true
        }
        var date = lengthAdjusted(own ?? daysLater(s, clause: dateClause), s, clause: dateClause)
        // "she met with the residents of Kangarli village, …, and listened to their appeals on Thursday":
        // verbs of hers joined by "and" share the day told at the end.
        if date == nil, dayAfter(s, clause: dateClause) == nil, let joined = joinedVerbClause(s, after: i),
           let d = dateFor(s, trigger: joined, clause: s.clauseTokens(of: joined), pastTense: past), [.day, .range].contains(d.precision) {
            date = d
        }
        // "Later in the week, the Commissioner travelled to Shusha, where on 10-11 October she took part
        // in …": the trip's days are those of what she did there.
        if kindValue == .visit, date == nil || [.week, .month].contains(date!.precision),
           let w = (end..<s.count).first(where: { s.t[$0].norm == "where" && s.t[$0 - 1].norm == "," }), w + 1 < s.count {
            let there = s.clauseTokens(of: w + 1)
            if let d = dateFor(s, trigger: w + 1, clause: there, pastTense: past), [.day, .range].contains(d.precision) { date = d }
        }
        // A digest's paragraph under a date heading ("Tuesday, 10 June. The Ombudsman received …"),
        // once the sentences of one activity have been folded together (below).
        // (A year or month in the clause names something else: "the 2026 work plan", "since taking office in November".)
        let coarse = date.map { [.year, .month].contains($0.precision) } ?? true
        var headingDate = coarse && dayAfter(s, clause: dateClause) == nil ? paragraphDate.flatMap { $0.paragraph == s.sentence.paragraph ? $0.date : nil } : nil
        if headingDate != nil { date = nil }
        // (The item's own heading, "Wednesday-Thursday:", over one of its days.)
        if let h = inlineHeadingDate, let d = date, let hs = h.start, let ds = d.start, hs <= ds, d.end <= h.end {
            date = nil
            headingDate = h
        }
        let eventDay = date == nil || date?.precision == .onOrBefore ? daysAfterEvent(s) ?? anniversaryEve(s) : nil
        if let d = eventDay { date = d }
        // "Later the same day", "that day": the day of the activity told just before.
        var sameDayAs: Int?
        if eventDay == nil, let (k, offset) = dayAfter(s, clause: dateClause),
           date == nil || !s.times.contains(where: { !$0.tokens.contains(k) && $0.expr.span != nil && DateChoice(span: $0.expr.span!, published: article.published) == date }) {
            // (Told before this sentence: an activity of the sentence itself is already on the day meant.)
            // (Not an undated act told in the past perfect, background to the day: "… received residents on
            // Thursday. She said she had sent a letter to the ICRC. Earlier in the day, the Ombudsman …".)
            let before = drafts.indices.last {
                drafts[$0].sentence.range != s.sentence.range && !(drafts[$0].pluperfect && drafts[$0].date == nil)
            }
            if let sameSentence = drafts.indices.last, sameSentence != before, drafts[sameSentence].sentence.range == s.sentence.range,
               let sd = drafts[sameSentence].date, s.clause[i] != s.clause[k] {
                date = sd
            } else if let o = openingDay, o.order < order, o.order > before.map({ drafts[$0].order }) ?? 0 {
                // A day opening a sentence after her last activity: the day the text moved on to.
                date = dayChoice(o.day.adding(days: offset))
            } else if let p = before, let pd = drafts[p].date, pd.precision == .day, var day = pd.start {
                // ("took part in the two-day event and spoke on the first day. The next day, …": after the
                // event told in that sentence, not after the day of its part.)
                if offset > 0, let r = drafts.last(where: { $0.sentence.range == drafts[p].sentence.range && $0.date?.precision == .range
                    && ($0.kind == .conference || $0.kind == .training) }),
                   let rd = r.date, rd.contains(pd), rd.end.ordinal - day.ordinal < 7 { day = rd.end }
                let d = day.adding(days: offset)
                date = dayChoice(d)
                if offset == 0 { sameDayAs = p }
            } else if offset == 0, let p = before, let pd = drafts[p].date, [.week, .month].contains(pd.precision), order - drafts[p].lastTold <= 8 {
                // "held a reception in Guba last week. … also inspected the dispensary the same day":
                // the day of that reception, which the text tells only by its week.
                date = pd
                sameDayAs = p
            } else if offset == 0, let p = before, drafts[p].date == nil, order - drafts[p].order <= 2 {
                // "On the same day" as an activity the text gives no date for: no date either.
                sameDayAs = p
                date = nil
            } else if offset > 0, let p = before, let pd = drafts[p].date, pd.precision == .range, let first = pd.start,
                      pd.end.ordinal - first.ordinal < 7, drafts[p].order >= lastDayOrder,
                      // (Not a part of a visit told by its days: "the next day" is a day of the visit.)
                      !drafts.contains(where: { $0.kind == .visit && $0.date == pd }) {
                // "… held a bilateral meeting on the sidelines [of the two-day event]. The next day, …": after it.
                date = dayChoice(pd.end.adding(days: offset))
            } else if let sc = sceneDay, sc.order > before.map({ drafts[$0].order }) ?? 0, order - sc.order <= 4 {
                // "The trip started on Wednesday in Fuzuli district. Upon arrival, … (the city liberated on 17
                // October 2020) … Later that day, the Ombudsman laid a wreath": the day of her trip told,
                // not a day named since in the background.
                date = dayChoice(sc.day.adding(days: offset))
            } else if let base = lastDay {
                let d = base.adding(days: offset)
                date = dayChoice(d)
            }
            // ("Two days later she arrived in Tbilisi on a two-day working visit": its first day of two.)
            if offset != 0 { date = lengthAdjusted(date, s, clause: dateClause) }
        }
        // "attended the session, which took place from 30 September to 11 October in Geneva": the
        // event's own relative clause tells its dates and place.
        var eventClause: [Int]?
        if let oa = objectAt, oa < i {
            // The event "it" stands for, told earlier in the sentence, with its own date and place.
            let rel = s.clauseTokens(of: oa)
            eventClause = rel
            if date == nil { date = lengthAdjusted(dateFor(s, trigger: oa, clause: rel), s, clause: rel) }
        } else if let oa = objectAt ?? purposeAt, let rel = describingClause(s, after: oa) {
            eventClause = rel
            // (The length stands before the noun: "the two-day meeting of the Board, which concluded
            // in the Uzbek capital yesterday".)
            if date == nil { date = lengthAdjusted(dateFor(s, trigger: rel[0], clause: rel), s, clause: Array(max(0, oa - 3)..<oa) + rel) }
        } else if tr.needsDate || Self.tellsLength(s, i..<end), ownPhrase, end < s.count,
                  let rel = describingClause(s, after: end),
                  rel.contains(where: { cues.ended.matches(s.t, at: $0) || cues.began.matches(s.t, at: $0) || s.t[$0].norm.isOne(of: "lasted", "ran")
                      // ("has wrapped up her working visit to Tashkent, which took place on 12-13 October".)
                      || $0 + 1 < s.count && s.t[$0 + 1].norm == "place" && s.t[$0].norm == "took" }) {
            // "completed a three-day working visit to Strasbourg, which ended on Thursday" (", which
            // lasted from March 13 to 17"): the visit's end (its days). (Not after any visit: "visited
            // Ganja, which was shelled in 2020", "visited the Book Fair, which opened on October 23"
            // tell the place's story.)
            eventClause = rel
            if date == nil { date = lengthAdjusted(dateFor(s, trigger: rel[0], clause: rel), s, clause: Array(i..<end) + rel) }
        }
        if date == nil, eventClause == nil, hasOnlyUnusableDates(s, clause: clause) { return nil }
        // Years back the news is background ("The two ombudsmen signed a memorandum in 2021").
        if let d = date, !isNews(d) { return nil }
        if recalled {
            // (Within the news reach like any act: "recalled that on 14 September 2022 she had met in
            // Berlin with …" in February 2023 is her meeting; a vaguer date is background.)
            guard let d = date, [.day, .range, .week].contains(d.precision) else { return nil }
        }
        // A tally over a period ("visited 120 institutions last year") is not one event; a count on
        // a given day is ("received 40 citizens on 18 January"). So are her receptions of a month
        // in a monthly digest ("158 citizens were received by the Commissioner at the Office in May").
        if tally, ![.day, .range, .week].contains(date?.precision ?? .onOrBefore),
           !(kind == .reception && wholePastMonth(date, s)) { return nil }
        if date?.isFuture == true { status = .planned }
        // (Not a place of the acts listed after it: "held talks … on Monday, …, and received citizens in
        // Sumgayit on Thursday" — the talks were not in Sumgayit.)
        let listEnd = listCut(s, clause, after: end)
        let place = fields.place(in: s, tokens: listEnd < s.count ? clause.filter { $0 < listEnd } : clause, near: i)
        var location = place?.name
        if location == nil, let pp = paragraphPlace, pp.paragraph == s.sentence.paragraph { location = pp.name }
        if place?.strong != true, let rel = eventClause, let l = fields.location(in: s, tokens: rel) { location = l }
        if location == nil, let p = sameDayAs { location = drafts[p].location }
        // A day of a visit told before happens where the visit does.
        if location == nil, spanDay, let r = lastRange,
           let v = drafts.last(where: { $0.date?.start == r.first && $0.date?.end == r.last }) { location = v.location }
        // A relative clause ("…, in which she took part") happens where its main clause says.
        if location == nil, s.clause[i] != 0, i > 1, s.clause[i] != s.clause[0],
           (0..<i).contains(where: { cues.relative.contains(s.t[$0]) && s.clause[$0] == s.clause[i] }) {
            location = fields.location(in: s, tokens: s.clauseTokens(of: 0))
        }
        // A later clause of a sentence whose first clause says where she was ("The next day she was in
        // Shusha, …, and the Ombudsman received residents").
        if location == nil, s.clause[i] != s.clause[0], let p = fields.place(in: s, tokens: s.clauseTokens(of: 0)), p.strong {
            location = p.name
        }
        let strongPlace = place?.strong == true ? place?.name : nil
        // Meeting the people held in a place is part of monitoring it ("… and met with detainees"):
        // worked out once, asked where this activity may fold into a monitoring visit.
        let objectIsInmates = (end..<min(end + 3, s.count)).contains { cues.inmates.contains(s.t[$0]) }
        let objectIsOnSite = (end..<min(end + 3, s.count)).contains { cues.peopleOnSite.contains(s.t[$0]) }
        func meetsInmates(during d: Int) -> Bool {
            // ("visited Lachin, where she met with families": part of the visit told in the same sentence;
            // meeting residents later during a visit stays a meeting of its own.)
            kindValue == .meeting && (drafts[d].kind == .monitoring && (objectIsInmates || objectIsOnSite)
                || drafts[d].kind == .visit && objectIsOnSite && drafts[d].sentence.range == s.sentence.range)
        }
        // The event it belongs to: its object ("opened the event") or a framing phrase.
        var framing = framingFrame(s, near: i)
        // "On the sidelines, Aliyeva met …": of the event told just before.
        if framing == nil, s.count > 4, s.t[0].norm == "on", s.t[1].norm.isOne(of: "the", "its"),
           s.t[2].norm.isOne(of: "sidelines", "margins"), s.t[3].norm == "," {
            // (The gathering's, not her speech's at it: "… and delivered a speech on the first day. On the
            // sidelines, she held a bilateral meeting" happened during the whole event.)
            framing = frames.indices.last { frames[$0].date != nil && order - frames[$0].order <= 8 && [.conference, .training].contains(frames[$0].kind) }
                ?? frames.indices.last { frames[$0].date != nil && order - frames[$0].order <= 8 }
        }
        // (Her speech at a gathering is no gathering: "On the sidelines of the conference" after "Addressing
        // the opening session of the conference, …" is of the conference's days.)
        if let f = framing, frames[f].kind == .speech, kindValue != .speech, let fd = frames[f].date,
           let g = frames.indices.last(where: { $0 < f && [.conference, .training].contains(frames[$0].kind) && frames[$0].date?.contains(fd) == true }) {
            framing = g
        }
        let linked = objectFrame ?? framing
        // A year or month before the event's days is what she spoke about, not when: "Opening the
        // conference, she spoke about the shelling … during the 44-day war in 2020".
        if let f = objectFrame, let fd = frames[f].date, let dd = date, [.year, .month, .week].contains(dd.precision),
           dd.end < (fd.start ?? fd.end) {
            date = nil
        }
        if let f = linked {
            if let d = frames[f].draft {
                // ("During the visit, the Ombudsman toured the wards": the monitoring visit's own rounds.)
                let folds = objectFrame != nil || [.speech, .statement, .other].contains(kindValue) || kindValue == drafts[d].kind
                    || meetsInmates(during: d) || (kindValue == .visit && drafts[d].kind == .monitoring)
                if folds, !Self.speechApart(kindValue, from: drafts[d].kind), date == nil || date == drafts[d].date, strongPlace == nil || strongPlace == drafts[d].location {
                    if drafts[d].location == nil { drafts[d].location = strongPlace }
                    // A headline's event retold under a digest's date heading: the heading's day.
                    if drafts[d].headline, drafts[d].date == nil, let h = headingDate {
                        drafts[d].date = h
                        drafts[d].headline = false
                    }
                    return d
                }
            }
            // The event's day beats a year, month or week in the clause ("… during which they discussed 2022",
            // "Earlier this week, on the margins of the meeting, …").
            if date == nil {
                // (Not a day years back: "the event" the Declaration of 1948 stood for is not this one.)
                if let fd = frames[f].date, isNews(fd) { date = fd } else if frames[f].date == nil, let hd = frames[f].draft,
                    drafts[hd].headline, let day = firstBodyDay {
                    // "During the visit, …" with the visit told only by the headline: the lead's day,
                    // the day the headline's news has too.
                    date = day
                }
            } else if let fd = frames[f].date, [.day, .range].contains(fd.precision), [.year, .month, .week].contains(date!.precision),
                      // (Its object the event itself — "opened the conference and informed the participants
                      // about the results of 2025" — when the event's day lies in that year.)
                      objectFrame == nil || date!.contains(fd) {
                date = fd
            }
            if location == nil { location = frames[f].location }
            if objectFrame != nil, tr.kind == nil { kindValue = frames[f].kind }
        }
        // "The Office had earlier submitted …", "Between the two receptions, she visited …": not on
        // the day of the act told just before.
        var toldAsBefore = false
        for k in max(0, i - 5)..<i where cues.toldBefore.contains(s.t[k]) { toldAsBefore = true }
        // ("After she had inspected the facility, Aliyeva received …": the order of two acts of the day.)
        if toldAsBefore, cues.orderingOpeners.contains(s.t[0]) { toldAsBefore = false }
        // A follow-up without date or place of its own in the next sentences is part of the event
        // just told ("She also visited the medical department" during a prison visit); "also"
        // marks a further activity of the same occasion, which shares its date.
        // "The Commissioner has also received citizens in Khirdalan": one more item of a round-up, told in
        // the perfect without a day — not a part of the act told before, nor on its day.
        var addedItem = false
        for k in max(0, i - 3)..<i where s.t[k].norm.isOne(of: "has", "have") {
            for a in k + 1..<i where s.t[a].norm == "also" { addedItem = true }
        }
        if date == nil, !addedItem, let p = drafts.indices.last, drafts[p].sentence.range != s.sentence.range, drafts[p].status == status {
            let sub: Set<ActivityKind> = [.monitoring, .visit]
            // (A participle opening the sentence — "Addressing the residents, the Ombudsman stressed …" —
            // reaches back further to the act just told.)
            // (So does her act named opening it: "In her remarks, Aliyeva said …".)
            let reach = opensWithParticiple(s, at: i) || opensWithHerAct(s, at: i) ? 6 : 2
            // (Under a date heading of its own, only the paragraph's own items: "29-30 November. The
            // Ombudsman took part in …" is the next item of a digest, not the headline's.)
            // (Inspecting a detention place during a day's visit to a city is an act of its own.)
            let ownInspection = kindValue == .monitoring && visitsDetention(s, from: end, clause: clause)
            let host = drafts.indices.reversed().first { k in
                order - drafts[k].lastTold <= reach && drafts[k].sentence.range != s.sentence.range && drafts[k].status == status
                    && (headingDate == nil || drafts[k].sentence.paragraph == s.sentence.paragraph)
                    && (sub.contains(kindValue) ? sub.contains(drafts[k].kind) : true)
                    && (!ownInspection || drafts[k].kind == .monitoring)
            }
            // ("Presenting the report, the Ombudsman stated …" after the report told: the same act.)
            var participial = false
            if let h = host, i == 0, s.t[0].norm.hasSuffix("ing"), drafts[h].kind == kindValue { participial = true }
            // ("Before the meeting, she laid flowers at the bust …": an act of its own, before or after the
            // event the sentence opens with, not a part of it.)
            // (Another institution named on a day of monitoring is another visit: "went to the Ganja
            // Pre-trial Detention Facility … Later in the afternoon the Commissioner called at the Ganja
            // Psychiatric Hospital".)
            var otherInstitution = false
            if ownInspection, let h = host, drafts[h].kind == .monitoring {
                var k = end
                while k < s.count, s.t[k].norm == "the" { k += 1 }
                var name: [Int] = []
                while k < s.count, s.t[k].isWord, s.t[k].isCapitalized { name.append(k); k += 1 }
                if name.count >= 2, !drafts[h].title.contains(s.text(tokens: name)) { otherInstitution = true }
            }
            // ("The Commissioner also issued a statement" after her visit: a statement of her own, and not
            // told to be of the visit's day.)
            let alsoStated = kindValue == .statement && (max(0, i - 4)..<i).contains { s.t[$0].norm == "also" }
                && host.map { drafts[$0].kind != .statement } ?? false
            if alsoStated {
                // (Dated below from its own context, if at all.)
            } else if let h = host, Self.speechApart(kindValue, from: drafts[h].kind) {
                date = drafts[h].date
                if location == nil { location = drafts[h].location }
            } else if let h = host, !otherInstitution, strongPlace == nil || strongPlace == drafts[h].location || (drafts[h].kind == .visit && kindValue == .visit),
               !(s.count > 2 && cues.afterEvent.matches(s.t, at: 0) && s.t[0].norm != "following" && eventBefore(s) != nil),
               sub.contains(kindValue) || meetsInmates(during: h) || participial
                   // (A lecture on a day's visit to a city is an act of its own there: "At Ganja State
                   // University, Aliyeva gave a lecture …" after "paid a working visit to Ganja".)
                   || (kindValue == .speech ? drafts[h].kind != .visit : [.statement, .other].contains(kindValue)) {
                if drafts[h].location == nil { drafts[h].location = strongPlace }
                // A headline the body retells without a date keeps no date: the lead's day is another event's.
                drafts[h].headline = false
                drafts[h].lastTold = order
                return h
            }
            // ("She then went to the City Executive Power, where she met its head": the word of sequence
            // after the sentence's subject stands for all its acts.)
            if alsoStated {
                // (As above.)
            } else if order - drafts[p].order <= 7, (max(0, i - 4)..<i).contains(where: { cues.continuation.contains(s.t[$0]) })
                || (0..<min(i, 4)).contains(where: { cues.continuation.contains(s.t[$0]) && s.mentionOf[max(0, $0 - 1)] >= 0 }) {
                date = drafts[p].date
                // (A day of the span told since: "The visit began with … The Ombudsman then met …".)
                if lastDayOrder > drafts[p].order, let day = lastDay, let pd = drafts[p].date, pd.precision == .range,
                   let first = pd.start, first <= day, day <= pd.end { date = dayChoice(day) }
                if location == nil { location = drafts[p].location }
            } else if var h = eventBefore(s) {
                // "After the opening ceremony, the Ombudsman received …": the same day as the event just told.
                // (In the place of an earlier day of the trip, that day: "was in Barda on Wednesday and
                // continued to Aghdam on Thursday. In Barda, … After that she inspected the hospital".)
                if let here = location, drafts[h].location != here,
                   let v = drafts.indices.last(where: { drafts[$0].location == here && drafts[$0].kind == .visit
                       && order - drafts[$0].lastTold <= 3 && drafts[$0].date?.precision == .day }) { h = v }
                date = drafts[h].date
                if location == nil { location = drafts[h].location }
            } else if order - drafts[p].order == 1, !toldAsBefore, [.visit, .monitoring].contains(drafts[p].kind) || drafts[p].sentence.paragraph >= s.sentence.paragraph - 1,
                      let pd = drafts[p].date, pd.precision != .onOrBefore,
                      strongPlace == nil || strongPlace == drafts[p].location,
                      // (Not after a sentence of several days: "… in Guba on 3 March and in Gusar on 5 March.")
                      !drafts.contains(where: { $0.sentence.range == drafts[p].sentence.range && $0.date != nil && $0.date != pd }) {
                // Told in the sentence right after a dated visit (or monitoring visit): it happened
                // during the visit ("visited villages in Shamakhi on Saturday. The Ombudsman met with residents …").
                date = drafts[p].date
                if location == nil { location = drafts[p].location }
            }
        }
        if date == nil, let (d, l) = contextDate(s, trigger: i, end: end, kind: tr.kind, heading: headingDate, status: status) {
            date = d
            if location == nil { location = l }
        }
        // ("Aliyeva has visited Strasbourg several times": no day of its own, whatever the context gives.)
        if status == .done, !clause.contains(where: { s.timeOf[$0] >= 0 }), (max(0, i - 3)..<min(s.count, end + 12)).contains(where: { s.clause[$0] == s.clause[i] && cues.experience.matches(s.t, at: $0) }) {
            return nil
        }
        // Several verbs of one sentence about one event: "opened the event and gave a speech"
        // ("… visited the detention centre, where she met with detainees": part of the monitoring).
        // (Not "held talks with X and, later the same afternoon, opened an exhibition": a new event,
        // told after a word of sequence or as an indefinite event of another kind.)
        // (Loops, not closures: a closure reaching into `self` here copies the whole reading.)
        var sequenced = false
        for k in max(0, i - 6)..<i where s.t[k].norm.isOne(of: "later", "afterwards", "then") { sequenced = true; break }
        var newEvent = false
        // "Having met with the Chairman …, Aliyeva inspected the prison": the participle's act came
        // first; the main clause's is another.
        if let p = primary, let comma = earlierActClauseEnd(s, before: i),
           drafts[p].sentence.range == s.sentence.range, drafts[p].anchor < s.t[comma].start {
            newEvent = true
        }
        if let oa = objectAt, oa > end, s.t[oa - 1].norm.isOne(of: "a", "an") {
            let kind = kinds.nouns.longestMatch(in: s.t, at: oa)?.value
            newEvent = primary == nil || kind != drafts[primary!].kind
        }
        if let p = primary, drafts[p].sentence.range == s.sentence.range, date == nil || date == drafts[p].date,
           !sequenced, !newEvent,
           // (A gathering the sentence only opens with — "At the forum, Aliyeva made a speech" — is the speech's own.)
           p == framePrimary || !Self.speechApart(kindValue, from: drafts[p].kind),
           strongPlace == nil || strongPlace == drafts[p].location,
           kindValue != .meeting || drafts[p].kind == .meeting || drafts[p].presence || meetsInmates(during: p),
           p != framePrimary || kindValue == drafts[p].kind || [.speech, .statement, .other].contains(kindValue) {
            // "travelled to Fuzuli and inspected the guardhouse": the trip was a monitoring visit; "travelled
            // to Shusha, where she took part in the conference": the trip was for the conference.
            let wasThere = drafts[p].presence && drafts[p].kind != kindValue
            if drafts[p].kind == .visit, [.monitoring, .conference, .training].contains(kindValue) { drafts[p].kind = kindValue }
            // ("she was in Shusha, where … the Ombudsman received residents": being there was the reception.)
            // ("was in Khankendi, where she met with …": being there was the meeting; "went to Khankendi,
            // where she delivered a lecture": the lecture.)
            if drafts[p].presence, [.reception, .meeting, .speech].contains(kindValue) { drafts[p].kind = kindValue }
            // Its title is then the act's ("Took part in the 55th session … in Geneva", not "Was in Geneva").
            if wasThere, drafts[p].kind == kindValue {
                var title = fields.title(in: s, from: i, tokens: s.clauseTokens(of: i).filter { $0 >= i })
                if let place = drafts[p].location, !title.isEmpty, !title.contains(place) { title += " in " + place }
                if !title.isEmpty { drafts[p].title = title }
            }
            // Being there was the first act told; the next of another kind is an act of its own ("was in
            // Geneva, where she attended the annual meeting … and held talks with …").
            drafts[p].presence = false
            return p
        }
        // A verb of a later clause without its own date shares the date of the sentence's event:
        // "visited Shaki on Wednesday, where she met …".
        if date == nil, let p = primary, drafts[p].sentence.range == s.sentence.range {
            date = drafts[p].date
            if location == nil { location = drafts[p].location }
        }
        // A day told as a story: her next acts, with no date named since, happen on that day ("spent
        // Wednesday in Lankaran. … Back in the sports complex, the Commissioner received residents …").
        if date == nil, status == .done, !addedItem, let p = drafts.indices.last, let pd = drafts[p].date, pd.precision == .day, !pd.isFuture,
           drafts[p].status == .done, order - drafts[p].lastTold <= 3, lastDateOrder <= drafts[p].lastTold,
           s.sentence.paragraph - drafts[p].sentence.paragraph <= 2,
           // (Not told as before it — "had earlier submitted" — nor after a sentence of several days.)
           !toldAsBefore,
           !drafts.contains(where: { $0.sentence.range == drafts[p].sentence.range && $0.date != nil && $0.date != pd }) {
            date = pd
            if location == nil, [.visit, .monitoring].contains(drafts[p].kind) { location = drafts[p].location }
        }
        // "The visit started in Astana with a meeting at the Senate, where the Ombudsman held talks …": its first day.
        if let d = date, d.precision == .range, let first = d.start, let r = lastRange, r.first == first, opensVisit(s) {
            date = dayChoice(first)
        }
        // Whatever the context gave, a day years back is background, not this activity's.
        if let d = date, !isNews(d) { date = nil }
        // A speech at a gathering's opening or closing: its first or last day ("Addressing the closing
        // ceremony, …" of a three-day course).
        if kindValue == .speech, let d = date, d.precision == .range,
           let k = clause.first(where: { Self.gatheringEnds[s.t[$0].norm] != nil }) {
            date = endDay(of: d, named: s.t[k].norm)
        }
        var title: String
        if let ps = purposeStart {
            title = fields.title(in: s, from: ps, tokens: clause, prefix: "Took part in")
        } else if objectFrom > end {
            // (The aside left out: "Joined an extraordinary meeting of the Board …".)
            title = fields.title(in: s, from: i, tokens: Array(i..<end)) + " " + fields.title(in: s, from: objectFrom, tokens: clause, capitalize: false)
        } else if opensWithHerAct(s, at: i), let comma = (end..<s.count).first(where: { s.t[$0].norm == "," }),
                  let m = s.mentions.first(where: { $0.range.lowerBound > comma }), m.range.upperBound < s.count,
                  case let told = fields.title(in: s, from: m.range.upperBound, tokens: s.clauseTokens(of: m.range.upperBound)), !told.isEmpty {
            // ("In her address, Sabina Aliyeva spoke about the mine threat" → "Spoke about the mine threat".)
            title = told
        } else if end > i + 2, s.t[i + 1].norm == ",", let close = (i + 2..<end).last(where: { s.t[$0].norm == "," }) {
            // (The aside left out: "went, without prior notice, to the detention centre" → "Went to the detention centre".)
            title = fields.title(in: s, from: i, tokens: [i]) + " " + fields.title(in: s, from: close + 1, tokens: clause, capitalize: false)
        } else {
            title = fields.title(in: s, from: i, tokens: clause)
        }
        // "talks between Aliyeva and the Head of the ICRC Delegation": talks with the other party.
        if let other = otherParty(s, after: end) {
            title = "Held talks with " + other
            counterpartsOverride = [other]
        }
        if bareVerb, let f = objectFrame, let t = frames[f].title { title = t }
        if title.isEmpty { title = kindValue.label }
        // "Addressed the conference" about an event named before: name it ("Addressed the
        // international conference on the rights of migrants").
        if let oa = objectAt, oa < i, let rel = eventClause, let n = kinds.nouns.longestMatch(in: s.t, at: oa) {
            // "opened it" → "Opened the two-day training on access to justice".
            var np: [Int] = []
            var first = oa
            while first > 0, s.clause[first - 1] == s.clause[oa], s.t[first - 1].isWord, s.timeOf[first - 1] < 0,
                  !s.t[first - 1].norm.isOne(of: "a", "an", "the"), oa - first < 4 { first -= 1 }
            for q in rel where q >= first {
                if q >= n.end, kinds.passives.matches(s.t, at: q) || cues.finiteVerbs.contains(s.t[q]) || s.t[q].norm == "," { break }
                np.append(q)
            }
            var verb = Array(i..<end)
            while let l = verb.last, s.t[l].norm.isOne(of: "it", "them") { verb.removeLast() }
            let name = fields.title(in: s, from: first, tokens: np, maxWords: 12, capitalize: false)
            if !verb.isEmpty, !name.isEmpty {
                title = ClauseFields.capitalized(ClauseFields.pastOpening(s.text(tokens: verb) + " the " + name, cues.titleVerbs))
            }
        }
        if let f = objectFrame, let name = frames[f].name, let oa = objectAt, oa > i, kinds.nouns.matches(s.t, at: oa),
           title.split(separator: " ").count <= 4 {
            var verb = Array(i..<oa)
            // (With its modifiers: "addressed the plenary session" → "addressed" + the event's name.)
            if let d = verb.lastIndex(where: { s.t[$0].norm.isOne(of: "the", "a", "an", "this", "that", "said") }), verb.count - d <= 3 {
                verb.removeSubrange(d...)
            }
            if !verb.isEmpty {
                title = ClauseFields.capitalized(ClauseFields.pastOpening(s.text(tokens: verb) + " " + name, cues.titleVerbs))
            }
        }
        // Told in the passive: the verb and what it acted on ("Visited the Guba District Central
        // Hospital", not "Visited by the Ombudsman").
        if passiveObject, let aux = (0..<i).last(where: { s.t[$0].norm.isOne(of: "was", "were") }) {
            let start = ((0..<aux).last { s.t[$0].norm == "," }).map { $0 + 1 } ?? 0
            var name = fields.title(in: s, from: start, tokens: Array(start..<aux), maxWords: 10, capitalize: false)
            // (A common noun opening the sentence is no name: "Citizens of Ordubad" → "citizens of Ordubad".)
            if start + 1 < aux, s.t[start].isCapitalized, !s.t[start + 1].isCapitalized, x.rules.places.match(in: s.t, at: start) == nil,
               let f = name.first {
                name = f.lowercased() + name.dropFirst()
            }
            if !name.isEmpty {
                title = ClauseFields.capitalized(ClauseFields.pastOpening(s.text(tokens: Array(i..<end)) + " " + name, cues.titleVerbs))
            }
        }
        // Someone else met her: the title names them ("Met with the Minister of Justice").
        if let other = counterpartsOverride?.first {
            let head = other.split(separator: " ").first.map { $0.lowercased() } ?? ""
            title = "Met with " + (cues.personTitles.contains(head) ? "the " : "") + other
        }
        var counterparts = counterpartsOverride ?? fields.counterparts(in: s, tokens: clause, from: i)
        // "Sabina Aliyeva and Şeref Malkoç held a meeting": the one named with her as the subject.
        if counterparts.isEmpty, kindValue == .meeting, let other = coSubject(s, before: i) {
            counterparts = [other]
            // ("… and the Chief Ombudsman of Türkiye met on Wednesday": more than "Met".)
            if title.split(separator: " ").count <= end - i { title = "Met with " + other }
        }
        if tr.isPresent { title = presentTitle(title, s, trigger: i, end: end) }
        if let past = tr.pastOfProgressive ?? (purposeOfVisit ? tr.pastOfBase : nil) {
            // "Is taking part in the …" → "Took part in the …": the trigger's words replaced by its past
            // (so is "participate in …" told as the visit's purpose).
            let words = title.split(separator: " ", omittingEmptySubsequences: false)
            let n = end - i
            if words.count >= n, words.prefix(n).map({ $0.lowercased() }) == (i..<end).map({ s.t[$0].norm }) {
                // (A pattern with a gap keeps the words found in it: "is wrapping up a two-day visit to"
                // → "wrapped up a two-day visit to"; only the verb changes.)
                if past.contains("*"), words.count >= 2, words[0].lowercased() == "is", let verb = past.split(separator: " ").first {
                    title = ClauseFields.capitalized(([String(verb)] + words.dropFirst(2).map(String.init)).joined(separator: " "))
                } else {
                    title = ClauseFields.capitalized(([past] + words.dropFirst(n).map(String.init)).joined(separator: " "))
                }
            }
        }
        var draft = Draft(kind: kindValue, date: date, location: location, counterparts: counterparts, title: title,
                          sentence: s.sentence, anchor: s.t[i].start, status: status)
        draft.headline = tr.isPresent || isHeadline(s)
        draft.whereabouts = kindValue == .visit && i > 0 && s.t[i - 1].norm == "who" && s.t[i].norm.isOne(of: "is", "was")
        draft.presence = tr.journey || tr.objectStarts.map { $0.contains("@place") || $0.contains("@area") } == true
        draft.needsDate = tr.needsDate
        draft.pluperfect = i > 0 && (s.t[i - 1].norm == "had" || i > 1 && s.t[i - 2].norm == "had" && s.t[i - 1].norm.isOne(of: "already", "also", "earlier"))
        // (Told by the visit's purpose, the event it names, not the visit: "The main purpose of the visit
        // was to participate in the seminar".)
        let d = add(draft, heads: eventHeads(s, clause: purposeOfVisit ? clause.filter { $0 >= i } : clause))
        // "On October 15 and 16, she held receptions in Guba and Gusar respectively": one per day and place.
        if let given = date, let pairs = respectiveDays(s, date: given) {
            drafts[d].date = pairs[0].date
            drafts[d].location = pairs[0].place
            for pair in pairs.dropFirst() {
                var copy = drafts[d]
                copy.date = pair.date
                copy.location = pair.place
                copy.anchor = pair.anchor   // (its own id)
                _ = add(copy, heads: [])
            }
            return d
        }
        // "held separate meetings with the Ombudsman of Uzbekistan and the Ombudsman of the Kyrgyz
        // Republic": a meeting with each.
        if kindValue == .meeting, counts(agent), let parties = separateParties(s, trigger: i, end: end) {
            drafts[d].title = "Met with " + parties[0].name
            drafts[d].counterparts = [parties[0].name]
            for party in parties.dropFirst() {
                var copy = drafts[d]
                copy.title = "Met with " + party.name
                copy.counterparts = [party.name]
                copy.anchor = s.t[party.at].start   // (its own id)
                _ = add(copy, heads: [], separate: true)
            }
            return d
        }
        // "in Guba on March 3 and in Gusar on March 5": one more activity for each further place and day.
        // (When the act's own day is one of them: "On Monday, … took part in a round table dedicated to
        // Human Rights Day and International Anti-Corruption Day" names the feasts, not its days.)
        if let given = date, case let pairs = coordinatedDays(s, trigger: i), pairs.first?.date == given {
            for extra in pairs where extra.date != given {
                var copy = draft
                copy.date = extra.date
                copy.location = extra.place ?? location
                copy.anchor = extra.anchor
                _ = add(copy, heads: [])
            }
        }
        return d
    }

    /// The two parties of "held separate meetings with A and (with) B" (the trigger's words between
    /// `i` and `end` say "separate"): their names and where each starts. Nil for one party or a list
    /// that is not two names.
    func separateParties(_ s: SentenceScan, trigger i: Int, end: Int) -> [(name: String, at: Int)]? {
        guard end < s.count else { return nil }
        var stop = end
        while stop < s.count, s.t[stop].norm != ",", s.t[stop].norm != ";", s.t[stop].norm != ".", s.timeOf[stop] < 0 { stop += 1 }
        let ands = (end..<stop).filter { s.t[$0].norm == "and" }
        guard ands.count == 1, let and = ands.first, and > end else { return nil }
        // (Or "held bilateral meetings with A and with B": the preposition said again, meetings in the plural.)
        guard (i..<end).contains(where: { s.t[$0].norm == "separate" })
                || ((i..<end).contains(where: { s.t[$0].norm == "meetings" }) && and + 1 < stop && s.t[and + 1].norm == "with") else { return nil }
        var second = and + 1
        if second < stop, s.t[second].norm == "with" { second += 1 }
        var first = end
        while first < and, s.t[first].norm == "the" { first += 1 }
        while second < stop, s.t[second].norm == "the" { second += 1 }
        // (Two names or titles in capitals, not "the heads of delegations of Azerbaijan and Sudan".)
        guard first < and, second < stop, s.t[first].isCapitalized, s.t[second].isCapitalized else { return nil }
        let a = s.text(tokens: Array(first..<and)), b = s.text(tokens: Array(second..<stop))
        return [(a, first), (b, second)]
    }

    /// The dated activity a sentence opens by following ("After the reception, …", "Following the
    /// meeting, …", "At the end of the visit, …"): the latest one of the last few sentences, of the
    /// kind the opening names if one is.
    /// Whether `date` is a whole month ended before the paper, the only month the sentence names: not
    /// "from July to September", nor "during the month" still under way.
    func wholePastMonth(_ date: DateChoice?, _ s: SentenceScan) -> Bool {
        guard let d = date, d.precision == .month, let first = d.start, let p = article.published, d.end < p,
              CalendarDay.lastOf(month: first.month, year: first.year) == d.end else { return false }
        return s.times.filter({ $0.expr.span?.granularity == .month }).count == 1
    }

    /// Where the object starts after an aside on the manner set off by commas (", by video link,",
    /// ", online,", ", via Zoom,", ", in online format,"); `at` itself when there is none.
    func pastMannerAside(_ s: SentenceScan, at k: Int) -> Int {
        guard k + 2 < s.count, s.t[k].norm == ",",
              let close = (k + 2..<min(s.count, k + 7)).first(where: { s.t[$0].norm == "," }), close + 1 < s.count,
              s.t[k + 1].norm.isOne(of: "by", "via", "online", "remotely", "virtually", "through")
                || s.t[k + 1].norm == "in" && (k + 2..<close).contains(where: { s.t[$0].norm.isOne(of: "online", "virtual", "hybrid", "videoconference") }),
              (k + 1..<close).allSatisfy({ s.t[$0].isWord && s.timeOf[$0] < 0 }) else { return k }
        return close + 1
    }

    func eventBefore(_ s: SentenceScan) -> Int? {
        if let m = cues.sequelOpenings.longestMatch(in: s.t, at: 0), m.end < s.count, s.t[m.end].norm == "," || m.end > 1 {
            return drafts.indices.reversed().first { order - drafts[$0].order <= 6 && [.day, .range].contains(drafts[$0].date?.precision) }
        }
        guard let m = cues.afterEvent.longestMatch(in: s.t, at: 0), m.end < s.count else { return nil }
        var k = m.end
        while k < min(m.end + 4, s.count), s.t[k].norm != "," {
            if let noun = kinds.nouns.longestMatch(in: s.t, at: k) {
                let recent = drafts.indices.reversed().filter { order - drafts[$0].order <= 8 && [.day, .range].contains(drafts[$0].date?.precision) }
                // ("Prior to the reception in Shaki, …" after receptions in Shaki and Mingachevir: the one there.)
                var place: String?
                for q in noun.end..<min(noun.end + 4, s.count) where s.t[q].norm != "," {
                    if let p = x.rules.places.match(in: s.t, at: q) { place = p.place.name; break }
                }
                if let place, let there = recent.first(where: { drafts[$0].kind == noun.value && drafts[$0].location == place }) { return there }
                return recent.first { drafts[$0].kind == noun.value } ?? recent.first
            }
            k += 1
        }
        return nil
    }

    /// Whether the trigger at `i` names her act opening the sentence: "In her address, Sabina Aliyeva
    /// spoke about …" (its agent is the main clause's subject).
    func opensWithHerAct(_ s: SentenceScan, at i: Int) -> Bool {
        i == 0 && s.count > 2 && s.t[0].norm == "in" && s.t[1].norm == "her"
    }

    /// Whether the trigger at `i` is a participle opening the sentence: "Addressing the residents, the
    /// Ombudsman stressed …".
    func opensWithParticiple(_ s: SentenceScan, at i: Int) -> Bool {
        i == 0 && Self.isParticiple(s.t[0].norm)
    }

    /// A word read as a present participle ("addressing", "documenting"; not "king", "thing").
    static func isParticiple(_ word: String) -> Bool { word.count > 5 && word.hasSuffix("ing") }

    /// Whether the clause dates itself by the activity told before, and how many days after it:
    /// "the same day", "later that day", "later in the day" (0), "the next day", "the following
    /// day" (+1), "the previous day", "the day before" (-1), "two days later" (+2), "a week earlier"
    /// (-7). Returns the cue's token and the offset.
    func dayAfter(_ s: SentenceScan, clause: [Int]) -> (Int, Int)? {
        // A sentence opened by the phrase dates all its clauses ("The next day she was in Shusha, …, and
        // the Ombudsman received residents").
        let opening = s.count > 3 && s.t[0].norm == "the" ? [1] : (s.count > 4 && s.t[0].norm.isOne(of: "on", "later", "earlier") ? [1, 2]
            : (s.count > 3 && s.t[0].norm.isOne(of: "a", "one") ? [0] : []))
        // "In the morning she received …", "That afternoon …": the day just told.
        if s.count > 3, (s.t[0].norm == "in" && s.t[1].norm == "the") || s.t[0].norm == "that",
           s.t[s.t[0].norm == "that" ? 1 : 2].norm.isOne(of: "morning", "afternoon", "evening") { return (0, 0) }
        let tokens = clause + opening.filter { !clause.contains($0) }
        for k in tokens where k + 2 < s.count {
            // "Two days later": counted like "a day later" ("two days before World Children's Day"
            // counts from the day it names).
            // (The unit is checked first: `count` is a lookup, asked for every token of the clause.)
            if s.t[k + 1].norm == "days", let n = Self.count(s.t[k].norm), n > 1, n <= 10 {
                if s.t[k + 2].norm == "later" { return (k, n) }
                if s.t[k + 2].norm == "earlier" { return (k, -n) }
            }
            // "A week earlier, she held a reception": the day a week before the one just told.
            let weeks = s.t[k].norm.isOne(of: "a", "one") && s.t[k + 1].norm == "week" ? 1
                : (s.t[k + 1].norm == "weeks" ? Self.count(s.t[k].norm).map { $0 > 1 && $0 <= 3 ? $0 : 0 } ?? 0 : 0)
            if weeks > 0 {
                if s.t[k + 2].norm == "later" { return (k, 7 * weeks) }
                if s.t[k + 2].norm == "earlier" { return (k, -7 * weeks) }
            }
        }
        // "The same evening", "that morning": the day just told.
        for k in tokens where k + 1 < s.count && s.t[k + 1].norm.isOne(of: "evening", "morning", "afternoon", "night") {
            let before = k > 0 ? s.t[k - 1].norm : ""
            if s.t[k].norm == "same" || (s.t[k].norm == "that" && (k == 0 || before.isOne(of: "on", "later", "earlier", ","))) { return (k, 0) }
        }
        for k in tokens where k + 1 < s.count && s.t[k + 1].norm == "day" {
            let w = s.t[k].norm
            let before = k > 0 ? s.t[k - 1].norm : ""
            if w == "same" || (w == "that" && before.isOne(of: "on", "later", "earlier")) { return (k, 0) }
            if w == "the" && before == "in" && k >= 2 && s.t[k - 2].norm.isOne(of: "later", "earlier") { return (k, 0) }
            if w == "next" || w == "following" { return (k, 1) }
            // "A day earlier, she visited …": counted from the activity just told.
            if w.isOne(of: "a", "one"), k + 2 < s.count {
                if s.t[k + 2].norm.isOne(of: "earlier", "before") { return (k, -1) }
                if s.t[k + 2].norm.isOne(of: "later", "after") { return (k, 1) }
            }
            if w == "previous" || (w == "the" && k + 2 < s.count && s.t[k + 2].norm == "before" && s.timeOf[k + 2] >= 0
                && !countsFromEvent(s, at: k + 1)) { return (k, -1) }
        }
        return nil
    }

    /// Days given in one clause as "… in A on D1 and in B on D2": each with the place named just
    /// before it and the text offset of its date. Empty unless at least two such days are joined
    /// by "and" with only places and prepositions between.
    func coordinatedDays(_ s: SentenceScan, trigger i: Int) -> [(date: DateChoice, place: String?, anchor: Int)] {
        let c = s.clause[i]
        let days = s.times.filter { t in
            t.tokens.lowerBound > i && t.tokens.lowerBound < s.count && s.clause[t.tokens.lowerBound] == c
                && [.day, .range].contains(t.expr.span?.granularity)
        }
        guard days.count >= 2 else { return [] }
        var result: [(DateChoice, String?, Int)] = []
        var from = i + 1
        for (n, t) in days.enumerated() {
            // "held on Wednesday and Thursday": two days in a row joined by "and" are one span (the
            // date already chosen), not two events.
            if n > 0, joinedDays(s, days[n - 1], t) != nil { from = t.tokens.upperBound; continue }
            // (Two dates in one word, "14.06.2022-15.06.2022", share their tokens: nothing between them.)
            guard from <= t.tokens.lowerBound else { return [] }
            let between = Array(from..<t.tokens.lowerBound)
            if n > 0 {
                // Only "and", prepositions and a place between the previous day and this one.
                guard let a = between.first, s.t[a].norm == "and",
                      between.dropFirst().allSatisfy({ s.t[$0].norm.isOne(of: "in", "on", "at", "the", "city", "of", ",", "(", ")") || s.t[$0].isCapitalized })
                else { return [] }
            }
            let joined = n + 1 < days.count ? joinedDays(s, t, days[n + 1]) : nil
            guard let span = joined ?? t.expr.span, let d = DateChoice(span: span, published: article.published) else { return [] }
            // (The first place is the one right before its day: "… of the Republic of Azerbaijan … in the
            // cities of Shaki (14 July)".)
            var near: String?
            if n == 0 {
                for k in max(from, t.tokens.lowerBound - 4)..<t.tokens.lowerBound where s.mentionOf[k] < 0 {
                    if let m = x.rules.places.match(in: s.t, at: k), m.end <= t.tokens.lowerBound { near = m.place.name }
                }
            }
            result.append((d, near ?? fields.location(in: s, tokens: between), s.t[t.tokens.lowerBound].start))
            from = t.tokens.upperBound
            // ("in Shaki (14 July) and Mingachevir (15 July)": the day in brackets after its place.)
            if from < s.count, s.t[from].norm == ")" { from += 1 }
        }
        return result.map { (date: $0.0, place: $0.1, anchor: $0.2) }
    }

    /// The days of a short span paired in order with the places of a sentence that says
    /// "respectively" ("On October 15 and 16, … in the Guba and Gusar districts respectively"), or nil.
    func respectiveDays(_ s: SentenceScan, date: DateChoice) -> [(date: DateChoice, place: String, anchor: Int)]? {
        guard date.precision == .range, let first = date.start, date.end.ordinal - first.ordinal <= 3,
              s.t.contains(where: { $0.norm == "respectively" }) else { return nil }
        var places: [(name: String, anchor: Int)] = []
        var k = 0
        while k < s.count {
            if s.mentionOf[k] < 0, let m = x.rules.places.match(in: s.t, at: k), !fields.ignoredPlaces.contains(m.place.name.lowercased()) {
                places.append((m.place.name, s.t[k].start))
                k = m.end
            } else {
                k += 1
            }
        }
        guard places.count == date.end.ordinal - first.ordinal + 1 else { return nil }
        var pairs: [(date: DateChoice, place: String, anchor: Int)] = []
        for (n, place) in places.enumerated() {
            guard let day = dayChoice(first.adding(days: n)) else { return nil }
            pairs.append((day, place.name, place.anchor))
        }
        return pairs
    }

    /// The clause a "where" / "when" clause hangs on: the one before its comma.
    func hostClause(_ s: SentenceScan, of clause: [Int]) -> [Int]? {
        guard let k0 = clause.first, k0 >= 2 else { return nil }
        let opening = [s.t[k0].norm, k0 + 1 < s.count ? s.t[k0 + 1].norm : ""]
        // (Or "who" after her name ending the main clause: "Residents had the opportunity on Tuesday to
        // present their problems to … Sabina Aliyeva, who held a reception of citizens in Sumgayit".)
        // (Not when she is the main clause's subject: "Sabina Aliyeva, who was on a visit to Georgia, met …"
        // dates the meeting, not the visit.)
        let relative = (k0 - 1...min(s.count - 1, k0 + 1)).first { w in
            // (Nor a state: "…, who is on a working visit to Uzbekistan to take part in a conference".)
            guard s.t[w].norm == "who", w >= 2, s.t[w - 1].norm == ",", s.mentionOf[w - 2] >= 0, w + 1 < s.count,
                  !s.t[w + 1].norm.isOne(of: "is", "are", "was", "were", "will", "has", "have", "had", "would") else { return false }
            let m = s.mentions[s.mentionOf[w - 2]]
            return who(m, in: s) == .subject && (0..<m.range.lowerBound).contains { s.mentionOf[$0] < 0 && cues.finiteVerbs.contains(s.t[$0]) }
        }
        guard opening.contains("where") || opening.contains("when") || relative != nil else { return nil }
        var j = k0 - 1
        while j >= 0, s.t[j].norm == "," || s.t[j].norm == "where" || s.t[j].norm == "when" || s.t[j].norm == "who" { j -= 1 }
        guard j >= 0 else { return nil }
        let host = s.clauseTokens(of: j)
        return host.isEmpty || host == clause ? nil : host
    }

    /// A headline: among the first two sentences of the body, without a full stop.
    /// Where the leader's name starts in "a delegation (of …,) led by / headed by <leader>" right
    /// after `from`, or nil.
    func delegationLeader(_ s: SentenceScan, from: Int) -> Int? {
        var j = from
        while j < s.count, s.t[j].norm.isOne(of: "a", "the", "an", "high-level", "large") { j += 1 }
        // (The trigger may end with the word: "hosted a delegation headed by …".)
        if from > 0, s.t[from - 1].norm == "delegation" { j = from - 1 }
        guard j < s.count, s.t[j].norm.isOne(of: "delegation", "delegations") else { return nil }
        var k = j + 1
        while k + 1 < min(s.count, j + 20), !(s.t[k].norm.isOne(of: "led", "headed") && s.t[k + 1].norm == "by") {
            if s.timeOf[k] >= 0 || cues.reporting.contains(s.t[k]) { return nil }
            k += 1
        }
        guard k + 1 < s.count, s.t[k + 1].norm == "by" else { return nil }
        k += 2
        while k < min(s.count, j + 28), s.mention(at: k) == nil,
              s.t[k].isWord && (s.t[k].norm == "the" || s.t[k].isCapitalized) || s.t[k].norm.isOne(of: "'s", "’s", ",") { k += 1 }
        return s.mention(at: k) == nil ? nil : k
    }

    func isHeadline(_ s: SentenceScan) -> Bool {
        guard order <= 2, let last = s.t.last else { return false }
        return !last.norm.isOne(of: ".", "!", "?", ";")
    }

    /// "Visits Gazakh prison" → "Visited Gazakh prison": the chronology speaks in the past.
    func presentTitle(_ title: String, _ s: SentenceScan, trigger i: Int, end: Int) -> String {
        guard let past = kinds.pastOfPresent[s.t[i].norm] else { return title }
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty, words[0].lowercased() == s.t[i].norm else { return title }
        words[0] = past
        return ClauseFields.capitalized(words.joined(separator: " "))
    }

    /// Where the clause's own words end: at an "and" that joins another verb of hers after `end` ("took
    /// part in the conference and, on the opening day, delivered a keynote speech" — the opening day is
    /// the speech's, not the conference's), else past the sentence's end.
    func joinedVerbCut(_ s: SentenceScan, _ clause: [Int], after end: Int) -> Int {
        let triggers = kinds.triggers
        for q in clause where q >= end && s.t[q].norm == "and" {
            var r = q + 1
            // (A phrase set off by commas may come first: "and, on the opening day, delivered".)
            if r < s.count, s.t[r].norm == ",", let close = (r + 1..<min(s.count, r + 9)).first(where: { s.t[$0].norm == "," }) { r = close + 1 }
            if r < s.count, triggers.longestMatch(in: s.t, at: r) != nil { return q }
        }
        return s.count
    }

    /// Where the act's words end in a list of her acts told each with its own day: before ", inspected
    /// … on Wednesday" or "and received … on Thursday" (see ``joinedVerbCut``); the sentence's end
    /// otherwise ("participated and made a speech in the conference held in Tashkent" is one place).
    func listCut(_ s: SentenceScan, _ clause: [Int], after end: Int) -> Int {
        var cut = joinedVerbCut(s, clause, after: end)
        let triggers = kinds.triggers
        for q in clause where q >= end && q < cut && s.t[q].norm == "," && q + 1 < s.count && !s.t[q + 1].isCapitalized {
            // (", held in Doha", ", organised by UNICEF": words about the event, not another act.)
            if s.mentionOf[q + 1] < 0, !cues.describingVerbs.contains(s.t[q + 1]), triggers.longestMatch(in: s.t, at: q + 1) != nil { cut = q; break }
        }
        guard cut < s.count, s.times.contains(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound < cut }),
              s.times.contains(where: { $0.tokens.lowerBound > cut && s.clause[$0.tokens.lowerBound] == s.clause[cut] }) else { return s.count }
        return cut
    }

    /// The first token of a later clause of the sentence that goes on with another verb of the same
    /// agent: ", and listened …" (no one else named between).
    func joinedVerbClause(_ s: SentenceScan, after i: Int) -> Int? {
        var q = i + 1
        while q + 1 < s.count {
            if s.mentionOf[q] >= 0 { return nil }
            if s.t[q].norm == "and", s.t[q - 1].norm == ",", s.clause[q] != s.clause[i] {
                let v = s.t[q + 1].norm
                return v.hasSuffix("ed") || cues.finiteVerbs.contains(v) ? q + 1 : nil
            }
            q += 1
        }
        return nil
    }

    /// Whether the verb at `verb..<end` is passive ("was", "were", "has been" before it) with her as
    /// the agent after "by" in the same clause ("were received by Ombudsman Sabina Aliyeva").
    func actedOnByHer(_ s: SentenceScan, verb: Int, end: Int) -> Bool {
        var j = verb - 1
        while j >= 0, cues.adverbs.contains(s.t[j]) { j -= 1 }
        guard j >= 0, s.t[j].norm.isOne(of: "was", "were", "been", "being") else { return false }
        var k = end
        while k < s.count, k < end + 8, s.clause[k] == s.clause[verb], s.t[k].norm != "by" { k += 1 }
        guard k < s.count, s.t[k].norm == "by" else { return false }
        k += 1
        while k < s.count, k < end + 12, s.mention(at: k) == nil,
              s.t[k].norm.isOne(of: "the", "'s", "’s") || s.t[k].isCapitalized || cues.personTitles.contains(s.t[k]) { k += 1 }
        guard let m = s.mention(at: k) else { return false }
        return who(m, in: s) == .subject
    }

    /// The "with" of a symmetric verb told after a date or a manner: "held talks by video link on
    /// Tuesday with …" (only words and dates between, no verb, no one named).
    func delayedWith(_ s: SentenceScan, after end: Int) -> Int? {
        guard let with = (end..<min(s.count, end + 10)).first(where: { s.t[$0].norm == "with" }), with > end,
              (end..<with).allSatisfy({ s.timeOf[$0] >= 0 || (s.t[$0].isWord && s.mentionOf[$0] < 0 && !cues.finiteVerbs.contains(s.t[$0]))
                  // ("held a number of bilateral meetings, including with her Azerbaijani counterpart".)
                  || (s.t[$0].norm == "," && $0 + 1 < with && s.t[$0 + 1].norm == "including") })
        else { return nil }
        return with
    }

    /// "talks between Aliyeva and the Head of the ICRC Delegation Ali Aslanov on Tuesday": the other
    /// party of an event noun ending in "between" (`end`), her named first; with a name set off by
    /// commas ("the Public Defender of Georgia, Levan Ioseliani, was held"), without a date's preposition.
    func otherParty(_ s: SentenceScan, after end: Int) -> String? {
        guard s.t[end - 1].norm == "between", let her = s.mentions.first(where: { $0.range.lowerBound >= end && counts(who($0, in: s)) }),
              her.range.upperBound < s.count, s.t[her.range.upperBound].norm == "and" else { return nil }
        var stop = her.range.upperBound + 1
        while stop < s.count, s.timeOf[stop] < 0, !s.t[stop].norm.isOne(of: ",", ".", ";"), !cues.finiteVerbs.contains(s.t[stop]) { stop += 1 }
        if stop < s.count, s.timeOf[stop] >= 0, s.t[stop - 1].norm.isOne(of: "on", "in", "at") { stop -= 1 }
        if stop + 1 < s.count, s.t[stop].norm == ",", s.t[stop + 1].isCapitalized, s.t[stop + 1].isWord {
            var name = stop + 1
            while name < s.count, name - stop <= 4, s.t[name].isCapitalized, s.t[name].isWord { name += 1 }
            if name - stop <= 4, name == s.count || s.t[name].norm.isOne(of: ",", ".") || cues.finiteVerbs.contains(s.t[name]) { stop = name }
        }
        var from = her.range.upperBound + 1
        if from < stop, s.t[from].norm == "the" { from += 1 }
        return from < stop ? s.text(from..<stop) : nil
    }

    /// Where a clause opening the sentence with an earlier act of hers ends, before the main clause's
    /// verb at `i`: a perfect participle ("Having met with the Chairman on 15 April, | Aliyeva
    /// inspected …") or one of `earlier_acts` ("Following her visit to … on 19 June, | she received …").
    func earlierActClauseEnd(_ s: SentenceScan, before i: Int) -> Int? {
        guard s.count > 1, s.t[0].norm == "having" || cues.intro.longestMatch(in: s.t, at: 0)?.value == true else { return nil }
        return (0..<i).first { s.t[$0].norm == "," }
    }

    /// Whether a mention of hers (or of her office, where it counts) starts within `range`.
    /// The one named after hers and "and" as the subject of the verb at `verb`: "Sabina Aliyeva and
    /// the Chief Ombudsman of Türkiye met …" → "the Chief Ombudsman of Türkiye" (see ``jointAct(_:from:)``;
    /// a name or title, so not "her deputy").
    func coSubject(_ s: SentenceScan, before verb: Int) -> String? {
        var end = verb
        while end > 0, cues.adverbs.contains(s.t[end - 1]) { end -= 1 }
        guard end > 0, let joint = jointAct(s, from: end - 1), joint.agent == .subject,
              joint.partner.contains(where: { s.t[$0].isCapitalized && s.t[$0].isWord }) else { return nil }
        return s.text(tokens: Array(joint.partner))
    }

    func herMention(_ s: SentenceScan, in range: Range<Int>) -> Bool {
        for k in range { if let m = s.mention(at: k), counts(who(m, in: s)) { return true } }
        return false
    }

    /// Whether the event noun at `q` only frames another one told after it, before the verb at `p`
    /// ("Within the framework of the event, the meeting of the Ombudsman with … took place").
    func framesLaterNoun(_ s: SentenceScan, noun q: Int, end: Int, before p: Int) -> Bool {
        guard q > 0, cues.framing.matchEnding(in: s.t, at: s.t[q - 1].norm == "the" ? q - 1 : q, lookback: 5) != nil else { return false }
        for k in end..<p where kinds.nouns.matches(s.t, at: k) { return true }
        return false
    }

    /// Whether the event noun at `q` is what a time is counted from, not the subject of the clause:
    /// "A day before the session, a meeting of … was held", "one day prior to the conference".
    static func countsTimeFrom(_ s: SentenceScan, noun q: Int) -> Bool {
        guard q >= 2, s.t[q - 1].norm == "the" else { return false }
        let w = s.t[q - 2].norm
        return w.isOne(of: "before", "after", "following") || (w == "to" && q >= 3 && s.t[q - 3].norm == "prior")
    }

    /// "<event> was organised by the Ombudsman Office …", "<event> was held with the participation of …".
    mutating func passive(_ s: SentenceScan, at p: Int, end: Int) -> Int? {
        let clause = s.clauseTokens(of: p)
        // "Aliyeva's visit continued on Thursday with …": a verb of an event's course counts only
        // right after the event it tells of (not "the operation began on 27 September").
        // ("Aliyeva's visit to Ganja continued": a place may name where.)
        if cues.eventCourse.contains(s.t[p]), !(max(0, p - 5)..<p).contains(where: { q in
            guard let n = kinds.nouns.longestMatch(in: s.t, at: q) else { return false }
            return n.end == p || (n.end < p && s.t[n.end].norm.isOne(of: "to", "in") && (n.end + 1..<p).allSatisfy { s.t[$0].isCapitalized })
        }) {
            return nil
        }
        // The agent after a cue such as "by" or "with the joint organization of".
        var agentFound = false
        var party: String?
        var k = end
        while k < s.count, s.clause[k] == s.clause[p] || s.t[k].norm == "," {
            if let m = s.mention(at: k), counts(who(m)) {
                // Must come after an agent cue somewhere between the verb and the mention.
                if (end..<k).contains(where: { kinds.agentCues.matches(s.t, at: $0) }) || kinds.agentCues.matchEnding(in: s.t, at: end) != nil {
                    agentFound = true
                    break
                }
                // (Not yet after a cue, she names where, not who: "was held in the Ombudsman's Office
                // with the participation of …".)
                k = m.range.upperBound
                continue
            }
            if s.clause[k] != s.clause[p] { break }
            k += 1
        }
        // "With the participation of Ombudsman Sabina Aliyeva, the international conference … was held
        // in Tashkent": the cue and her name opening the sentence.
        if !agentFound, let cue = kinds.agentCues.longestMatch(in: s.t, at: 0), cue.end >= 3,
           let mine = s.mentions.first(where: { $0.range.lowerBound >= cue.end && $0.range.lowerBound <= cue.end + 1 }),
           counts(who(mine, in: s)), mine.range.upperBound < p, s.t[mine.range.upperBound].norm == ",",
           !(mine.range.upperBound + 1..<p).contains(where: { s.t[$0].norm == "," || cues.finiteVerbs.contains(s.t[$0]) }) {
            agentFound = true
        }
        // "Aliyeva's meeting with the UNHCR Representative took place on 3 May", "her visit was held …",
        // "A meeting between the Ombudsman of Azerbaijan and … took place".
        if !agentFound {
            for q in clause where q < p {
                guard let noun = kinds.nouns.longestMatch(in: s.t, at: q), !framesLaterNoun(s, noun: q, end: noun.end, before: p),
                      !Self.countsTimeFrom(s, noun: q) else { continue }
                if noun.end < p, s.t[noun.end].norm.isOne(of: "between", "with"),
                   let mine = s.mentions.first(where: { $0.range.lowerBound > noun.end && $0.range.upperBound <= p && counts(who($0, in: s)) }) {
                    agentFound = true
                    // The other party: "… and the Commissioner for Human Rights of Kazakhstan, Artur Lastayev".
                    // She is named first ("between Azerbaijan's Ombudsman … and X") or last ("between X and …").
                    let andAfter = (mine.range.upperBound..<p).first { s.t[$0].norm == "and" }
                    var other = andAfter.map { Array($0 + 1..<p) } ?? Array(noun.end + 1..<mine.range.lowerBound)
                    if andAfter == nil, let a = other.lastIndex(where: { s.t[$0].norm == "and" }) { other = Array(other[..<a]) }
                    while let f = other.first, s.t[f].norm.isOne(of: "and", "the", ",") { other.removeFirst() }
                    while let l = other.last, s.t[l].norm.isOne(of: ",", "and") { other.removeLast() }
                    if !other.isEmpty, !other.contains(where: { s.timeOf[$0] >= 0 }), s.t[other[0]].isCapitalized {
                        party = s.text(tokens: other)
                    }
                    break
                }
                // "The meeting of the Ombudsman with the UNICEF Representative took place …".
                if noun.end < p, s.t[noun.end].norm == "of",
                   let mine = s.mentions.first(where: { [noun.end + 1, noun.end + 2].contains($0.range.lowerBound) && $0.range.upperBound <= p }),
                   counts(who(mine, in: s)) {
                    agentFound = true
                    if mine.range.upperBound < p, s.t[mine.range.upperBound].norm == "with" {
                        var other = Array(mine.range.upperBound + 1..<p)
                        if let c = other.firstIndex(where: { s.t[$0].norm == "," || s.timeOf[$0] >= 0 || x.rules.places.match(in: s.t, at: $0) != nil && s.t[$0 - 1].norm == "in" }) {
                            other = Array(other[..<c])
                        }
                        while let l = other.last, s.t[l].norm.isOne(of: "in", "at", "on", "the") { other.removeLast() }
                        while let f = other.first, s.t[f].norm == "the" { other.removeFirst() }
                        if let f = other.first, s.t[f].isCapitalized { party = s.text(tokens: other) }
                    }
                    break
                }
                // "The reception of citizens by the Commissioner … was held in Shaki": her act, named.
                if noun.end < p, let by = (noun.end..<min(p, noun.end + 4)).first(where: { s.t[$0].norm == "by" }),
                   let mine = s.mentions.first(where: { [by + 1, by + 2].contains($0.range.lowerBound) && $0.range.upperBound <= p }),
                   p - mine.range.upperBound <= 2, counts(who(mine, in: s)) {
                    agentFound = true
                    break
                }
                var j = q - 1
                while j >= 0, s.t[j].isWord, !s.t[j].isCapitalized, s.mentionOf[j] < 0, s.t[j].norm != "her", q - j <= 3 { j -= 1 }
                if j >= 0, s.t[j].norm == "her", who(Mention(range: j..<j + 1, who: .pronoun), in: s) == .subject { agentFound = true }
                if j >= 1, s.t[j].norm == "'s", let m = s.mention(at: j - 1), counts(who(m, in: s)) { agentFound = true }
                break
            }
        }
        guard agentFound else { return nil }
        if negated(s, before: p) { return nil }
        // The event: the first event noun before the verb in the clause, past one that frames it
        // ("Within the framework of the event, the meeting of the Ombudsman with … took place").
        var kind: ActivityKind?
        var np: Int?
        for q in clause where q < p {
            guard let n = kinds.nouns.longestMatch(in: s.t, at: q), !framesLaterNoun(s, noun: q, end: n.end, before: p),
                  !Self.countsTimeFrom(s, noun: q) else { continue }
            kind = n.value; np = q; break
        }
        // "… the international conference held in Baku on 10 December, which was opened by the
        // Commissioner": the event the relative clause hangs on, with its own clause's date and place.
        var antecedentClause: [Int]?
        // (A relative clause starts at its comma.)
        if kind == nil, let c0 = clause.first(where: { s.t[$0].norm != "," }), c0 >= 2, s.t[c0].norm.isOne(of: "which", "that"), s.t[c0 - 1].norm == ",",
           let q = stride(from: c0 - 2, through: max(0, c0 - 16), by: -1).first(where: { kinds.nouns.longestMatch(in: s.t, at: $0) != nil }),
           let n = kinds.nouns.longestMatch(in: s.t, at: q) {
            kind = n.value
            np = q
            antecedentClause = s.clauseTokens(of: q).filter { $0 < c0 - 1 }
        }
        // "Organised by the Ombudsman together with the Youth Foundation, the school brought together …":
        // a participle opening the sentence tells of the main clause's subject.
        var openingParticiple = false
        if kind == nil, p == 0, let comma = (end..<s.count).first(where: { s.t[$0].norm == "," }) {
            var q = comma + 1
            while q < s.count, q <= comma + 4, s.t[q].isWord, s.mentionOf[q] < 0 {
                // ("the school" after "The International Summer School … took place": the event told.)
                let told = s.t[q - 1].norm == "the" ? latestFrame(head: s.t[q].norm).flatMap { order - frames[$0].order <= 3 ? $0 : nil } : nil
                if let n = kinds.nouns.longestMatch(in: s.t, at: q)?.value ?? told.map({ frames[$0].kind }) {
                    kind = n
                    np = q
                    openingParticiple = true
                    break
                }
                q += 1
            }
        }
        // "The Khankendi regional centre … was opened with the participation of …": an opening
        // (of a building, an office, an exhibition) is an event of its own.
        var opening = false
        if kind == nil, s.t[min(p + 1, s.count - 1)].norm.isOne(of: "opened", "launched", "inaugurated", "unveiled"),
           let q = clause.first(where: { $0 < p && s.t[$0].isWord && !s.t[$0].norm.isOne(of: "the", "a", "an") }) {
            kind = .other
            np = q
            opening = true
        }
        // "It was attended by the heads of ombudsman institutions of Azerbaijan, …": the event told
        // in the sentence before.
        var itFrame: Int?
        if kind == nil, p >= 1, s.t[p - 1].norm == "it", p == 1 || !s.t[p - 2].isWord,
           let f = frames.indices.last(where: { order - frames[$0].order <= 2 && frames[$0].date != nil }) {
            if let d = frames[f].draft { return d }
            itFrame = f
            kind = frames[f].kind
            np = p - 1
        }
        guard var kindValue = kind, let npStart = np else { return nil }
        // "The annual report of the Commissioner … was heard at the plenary sitting": a document's
        // verb tells her report only of a report first named here (a report told before, or the
        // antecedent of "which was submitted … by the Ombudsman", is the verb's own trigger's).
        if p + 1 < s.count, s.t[p + 1].norm.isOne(of: "presented", "submitted", "heard"),
           kindValue != .report || antecedentClause != nil || isAnaphoric(s, noun: npStart, limit: p) { return nil }
        // "The event was organized by the Office of the Ombudsman" after "A conference … was held
        // in Baku on December 10": the event told before, with its kind, date and place.
        var told = itFrame
        if itFrame == nil, isAnaphoric(s, noun: npStart, limit: openingParticiple ? s.count : p), let f = latestFrame(head: s.t[npStart].norm) {
            if let d = frames[f].draft { return d }
            told = f
            if kindValue == .other { kindValue = frames[f].kind }
        }
        var first = npStart
        while first > 0, s.clause[first - 1] == s.clause[p], s.t[first - 1].isWord, s.timeOf[first - 1] < 0,
              !s.t[first - 1].norm.isOne(of: "on", "in", "at", "during") { first -= 1 }
        if first < s.count, s.t[first].norm.isOne(of: "a", "an", "the") { first += 1 }
        var status = ActivityStatus.done
        // ("will be conducted on October 29-30 by …": the plan's word before "be".)
        let planEnds = p > 0 && s.t[p - 1].norm == "be" ? [p, p - 1] : [p]
        if planEnds.contains(where: { cues.plan.matchEnding(in: s.t, at: $0, lookback: 4) != nil }) { status = .planned }
        let dateClause = antecedentClause ?? clause, dateAt = antecedentClause == nil ? p : npStart
        let date = lengthAdjusted(dateFor(s, trigger: dateAt, clause: dateClause, pastTense: status == .done), s, clause: dateClause)
        if date?.isFuture == true { status = .planned }
        // The event a plan told before it is for: "X is expected to visit Baku before the end of the year
        // to attend an international event organised by the Azerbaijani Ombudsman".
        if status == .done, ![.day, .range].contains(date?.precision), (1..<max(1, p)).contains(where: { cues.plan.matchEnding(in: s.t, at: $0, lookback: 4) != nil }) {
            status = .planned
        }
        // (The participle opening the sentence names where, not the people the main clause counts: "…,
        // the school brought together participants from Türkiye".)
        var location = openingParticiple ? told.flatMap { frames[$0].location } ?? fields.location(in: s, tokens: Array(0..<npStart), near: dateAt)
            ?? fields.location(in: s, tokens: dateClause, near: dateAt) : fields.location(in: s, tokens: dateClause, near: dateAt)
        // ("The annual meeting, which was held in Geneva on 9 and 10 May, was attended by …": its own clause says where.)
        if location == nil, let k = (0..<p).first(where: { heldClause(s, $0, before: p) }) {
            location = fields.location(in: s, tokens: s.clauseTokens(of: k))
        }
        // ("One day prior to the session, a meeting of … was held": counted from the session's day.)
        var finalDate = date == nil || date?.precision == .onOrBefore ? daysAfterEvent(s) ?? date : date
        if let f = framingFrame(s, near: p), frames[f].draft == nil || frames[f].kind != kindValue {
            if finalDate == nil { finalDate = frames[f].date }
            if location == nil { location = frames[f].location }
        }
        if let f = told {
            if finalDate == nil { finalDate = frames[f].date }
            if location == nil { location = frames[f].location }
        }
        // "Afterwards, a reception of citizens was held by the Ombudsman": the day of the act just told.
        if finalDate == nil, told == nil, status == .done, let h = eventBefore(s) {
            finalDate = drafts[h].date
            if location == nil { location = drafts[h].location }
        }
        // "On 14 April, the project … was launched in Baku. The launching event was attended by the
        // Commissioner …": the event named with "the" right after a sentence that gave its day.
        if finalDate == nil, told == nil, npStart > 0, s.t[npStart - 1].norm == "the" || (npStart > 1 && s.t[npStart - 2].norm == "the"),
           lastDayOrder == order - 1, !drafts.contains(where: { $0.order == order - 1 }),
           let day = lastDay, let pub = article.published, day <= pub, day.ordinal >= pub.ordinal - 31 {
            finalDate = dayChoice(day)
        }
        // "The first memorandum … was signed in 2004": history, not news without a date.
        if finalDate == nil, s.times.contains(where: { t in
            t.tokens.lowerBound < s.count && s.clause[t.tokens.lowerBound] == s.clause[p]
                && t.expr.span.flatMap { DateChoice(span: $0, published: article.published) }.map { !isNews($0) } == true
        }) { return nil }
        // "The last visit of the Ombudsman … took place in 2017": years back, background (a day years
        // back is still hers, told in passing).
        if let d = finalDate, !isNews(d), ![.day, .range].contains(d.precision) { return nil }
        var title = openingParticiple
            ? "Organised the " + fields.title(in: s, from: npStart, tokens: Array(npStart..<(kinds.nouns.longestMatch(in: s.t, at: npStart)?.end ?? npStart + 1)), capitalize: false)
            : fields.title(in: s, from: first, tokens: clause.filter { $0 < p }, maxWords: 10)
        if opening { title = "Opened the " + fields.title(in: s, from: first, tokens: clause.filter { $0 < p }, maxWords: 10, capitalize: false) }
        if told != nil, let f = told, let t = frames[f].title { title = t }
        if let a = antecedentClause {
            let nameTokens = Array(a.filter { $0 >= npStart }.prefix { !s.t[$0].norm.isOne(of: "was", "were", "is", "are") })
            let name = fields.title(in: s, from: npStart, tokens: nameTokens, maxWords: 8, capitalize: false)
            title = ClauseFields.capitalized((s.t[p + 1].norm == "opened" ? "opened the " : "took part in the ") + name)
        }
        var counterparts = fields.counterparts(in: s, tokens: clause, from: first)
        if let other = party {
            let head = other.split(separator: " ").first.map { $0.lowercased() } ?? ""
            title = "Met with " + (cues.personTitles.contains(head) ? "the " : "") + other
            counterparts = [other]
        }
        var draft = Draft(kind: kindValue, date: finalDate, location: location, counterparts: counterparts, title: title,
                          sentence: s.sentence, anchor: s.t[p].start, status: status)
        draft.headline = isHeadline(s)
        let d = add(draft, heads: eventHeads(s, clause: clause))
        if let f = told {
            frames[f].draft = d
            frames[f].heads.formUnion(frames[frames.count - 1].heads)
        }
        // "The receptions of citizens were held by … in the cities of Shaki (14 July) and Mingachevir
        // (15 July)": one for each place and day.
        if told == nil, let given = finalDate, case let pairs = coordinatedDays(s, trigger: p), pairs.count >= 2, pairs[0].date == given {
            if let place = pairs[0].place { drafts[d].location = place }
            for extra in pairs.dropFirst() where extra.date != given {
                var copy = drafts[d]
                copy.date = extra.date
                copy.location = extra.place ?? location
                copy.anchor = extra.anchor
                _ = add(copy, heads: [])
            }
        }
        return d
    }

    /// Whether a place starts at `k` as itself ("received Ganja residents"), not as a possessor
    /// ("received Georgia's Public Defender").
    static func namesPlace(_ s: SentenceScan, at k: Int, _ places: Gazetteer) -> Bool {
        guard let m = places.match(in: s.t, at: k) else { return false }
        return !(m.end < s.count && s.t[m.end].norm.isOne(of: "'s", "’s"))
    }

    /// An act named as the subject of a future: "receptions of citizens in the regions will continue in
    /// the coming weeks in Shamakhi" (not hers acting in the clause: "Aliyeva received … and will …").
    static func namedAsFuture(_ s: SentenceScan, trigger i: Int, end: Int) -> Bool {
        var phraseStart = i
        while phraseStart > 0, !s.t[phraseStart - 1].norm.isOne(of: ",", ";", ":") { phraseStart -= 1 }
        for m in s.mentions where m.range.upperBound <= i && m.range.lowerBound >= phraseStart { return false }
        var k = end
        while k < min(s.count, end + 12), s.t[k].norm != ",", s.t[k].norm != ";" {
            if s.t[k].norm == "will" {
                for m in s.mentions where (end..<k).contains(m.range.lowerBound) { return false }
                return true
            }
            k += 1
        }
        return false
    }

    /// "called on Speaker of the National Assembly Sardar Ayaz Sadiq at Parliament House": a named
    /// person called on, not urged to do something ("called on the international community to act").
    func courtesyCall(_ s: SentenceScan, end: Int) -> Bool {
        guard end < s.count, s.t[end].isCapitalized, s.t[end].isWord, objectIsPerson(s, from: end) else { return false }
        let c = s.clause[end]
        for k in end..<s.count where s.clause[k] == c && s.t[k].norm == "to" && k + 1 < s.count && !s.t[k + 1].isCapitalized && s.t[k + 1].isWord {
            return false
        }
        return true
    }

    /// Which end of a gathering a word names: its first day (`true`: "opening") or its last (`false`: "closing").
    static let gatheringEnds: [String: Bool] = ["opening": true, "inaugural": true, "closing": false, "concluding": false, "final": false]

    /// The first or last day of `date` that `word` names ("the closing ceremony" of 13-15 August → the 15th).
    func endDay(of date: DateChoice, named word: String) -> DateChoice? {
        guard let first = Self.gatheringEnds[word], let start = date.start else { return nil }
        return dayChoice(first ? start : date.end)
    }

    /// A speech she gave at a gathering she took part in is an act of its own, on the gathering's
    /// days: "took part in the forum and delivered a speech", "The conference was organised by the
    /// Ombudsman Office. Opening it, Aliyeva said …".
    static func speechApart(_ kind: ActivityKind, from host: ActivityKind) -> Bool {
        kind == .speech && (host == .conference || host == .training)
    }

    /// A `joint` verb's partner: "Sabina Aliyeva and EU Ambassador Peter Michalko have discussed …",
    /// or a person after "with" in its clause ("discussed the mine threat with Ambassador …").
    func withPartner(_ s: SentenceScan, verb i: Int, end: Int) -> Bool {
        var j = i - 1
        while j >= 0, s.t[j].norm.isOne(of: "have", "has", "also", "jointly", ",") { j -= 1 }
        // ("The sides discussed …" retells the meeting just told.)
        if j >= 0, s.t[j].norm.isOne(of: "sides", "parties") { return false }
        if j >= 0, jointAct(s, from: j) != nil { return true }
        // (A person right after "with": not "implemented with the support of the EU".)
        for k in end..<min(s.count, end + 10) where s.clause[k] == s.clause[i] && s.t[k].norm == "with" {
            var q = k + 1
            if q < s.count, s.t[q].norm.isOne(of: "the", "a", "an", "her", "his", "their") { q += 1 }
            return q < s.count && (s.t[q].isCapitalized || s.mentionOf[q] >= 0 || cues.personTitles.contains(s.t[q].norm)
                || (s.t[q].norm.hasSuffix("s") && cues.personTitles.contains(String(s.t[q].norm.dropLast()))))
        }
        return false
    }

    /// Whether the trigger's own words tell a length of days ("is on a three-day visit to").
    static func tellsLength(_ s: SentenceScan, _ range: Range<Int>) -> Bool {
        for k in range { if let n = days(s.t[k].norm), n > 1 { return true } }
        return false
    }

    /// "The (main) purpose of the / her visit was to" right before `i`, after her visit told (done).
    func visitPurpose(_ s: SentenceScan, before i: Int) -> Bool {
        var k = 0
        if k < s.count, s.t[k].norm == "the" { k += 1 }
        if k < s.count, s.t[k].norm.isOne(of: "main", "primary", "chief") { k += 1 }
        guard k + 5 < s.count, k + 6 == i, s.t[k].norm == "purpose", s.t[k + 1].norm == "of", s.t[k + 2].norm.isOne(of: "the", "her", "this"),
              s.t[k + 3].norm.isOne(of: "visit", "trip"), s.t[k + 4].norm == "was", s.t[k + 5].norm == "to" else { return false }
        guard let v = drafts.last(where: { $0.kind == .visit }) else { return false }
        return v.status == .done && order - v.lastTold <= 3
    }

    /// "During the bilateral meeting with X, within the framework of the conference, Ombudsman
    /// Sabina Aliyeva discussed …": an event opening the sentence, with her acting in the main clause.
    mutating func introEvent(_ s: SentenceScan) -> Int? {
        var start = 0
        while start < s.count, s.timeOf[start] >= 0 || s.t[start].norm == "," { start += 1 }
        guard let intro = cues.intro.longestMatch(in: s.t, at: start) else { return nil }
        // The noun phrase up to the first comma.
        var q = intro.end
        var noun: (at: Int, kind: ActivityKind)?
        var nounEnd = 0
        var owner: Agent = .none
        while q < s.count, s.t[q].norm != "," {
            if noun == nil, let n = kinds.nouns.longestMatch(in: s.t, at: q) { noun = (q, n.value); nounEnd = n.end }
            if noun == nil, let m = s.mention(at: q) {
                // "During her visit", "During Aliyeva's visit".
                let a = who(m)
                if m.range.upperBound < s.count, s.t[m.range.upperBound].norm == "'s" { owner = a }
            }
            if noun == nil, s.t[q].norm == "her" { owner = state.lastAgentIsSubject ? .subject : .other }
            q += 1
        }
        guard let n = noun, q < s.count else { return nil }
        // "At Tuesday's plenary session of the Milli Majlis, …": the body's sitting is where she acts.
        for k in n.at..<q where s.t[k].norm == "of" && cues.sittingBodies.matches(s.t, at: k + 1) { return nil }
        // Her acting in the main clause: a mention followed by a verb.
        var mainAgent = owner
        var agentEnd: Int?
        if !counts(mainAgent) {
            var k = q
            while k < s.count {
                if let m = s.mention(at: k) {
                    let after = m.range.upperBound
                    // (A verb of saying counts: "At the press conference, Aliyeva said …".)
                    if after < s.count, s.t[after].isWord, !s.t[after].isCapitalized,
                       !cues.functionWords.contains(s.t[after]) || cues.adverbs.contains(s.t[after]) || cues.reporting.contains(s.t[after]) {
                        mainAgent = who(m)
                        agentEnd = after
                        break
                    }
                    k = after
                    continue
                }
                k += 1
            }
        }
        guard counts(mainAgent) else { return nil }
        // "As part of the trip, the Commissioner is also expected to visit …": still to come.
        if let e = agentEnd {
            for k in e..<min(s.count, e + 4) where cues.plan.matches(s.t, at: k) { return nil }
        }
        let npTokens = Array(intro.end..<q)
        let definite = isAnaphoric(s, noun: n.at, limit: q)
        // "Within the framework of the visit, …" when no visit was told: her trip to the conference
        // told last ("took part in the conference … in Geneva on 12-13 March").
        // (Not a visit named with its own place or days: "During her working visit to Strasbourg on
        // 17-18 October" after a conference in Tashkent is a trip of its own.)
        let ownTrip = npTokens.contains(where: { s.timeOf[$0] >= 0 }) || fields.place(in: s, tokens: npTokens)?.strong == true
        let trip = definite && n.kind == .visit && !ownTrip && latestFrame(head: s.t[n.at].norm) == nil
            ? frames.indices.last(where: { f in
                [.conference, .training].contains(frames[f].kind) && frames[f].date.map { [.day, .range].contains($0.precision) } == true
            }) : nil
        // (The head word is the noun's last: "During the unannounced visit" is the visit told before.)
        let head = definite ? latestFrame(head: s.t[n.at].norm) ?? latestFrame(head: s.t[max(n.at, nounEnd - 1)].norm) : nil
        if let f = trip ?? head {
            if let d = frames[f].draft {
                // "At the meeting held on the first day of the visit": its day within the visit's span.
                if let day = dayOfRange(s, clause: npTokens), let dd = drafts[d].date, dd.precision == .range,
                   let first = dd.start, let dayStart = day.start, first <= dayStart, day.end <= dd.end {
                    drafts[d].date = day
                }
                // "At the meeting in Tbilisi on Wednesday, …": the day the lead did not give.
                if drafts[d].date == nil, let own = dateFor(s, trigger: n.at, clause: npTokens), !own.isFuture {
                    drafts[d].date = own
                    if drafts[d].location == nil { drafts[d].location = fields.location(in: s, tokens: npTokens) }
                }
                return d
            }
            let draft = Draft(kind: frames[f].kind, date: frames[f].date, location: frames[f].location, counterparts: [],
                              title: frames[f].title ?? fields.title(in: s, from: intro.end, tokens: npTokens, prefix: "Took part in"),
                              sentence: s.sentence, anchor: s.t[n.at].start, status: .done)
            let d = add(draft, heads: frames[f].heads)
            frames[f].draft = d
            return d
        }
        // "During the trip, Aliyeva also visited Lankaran Prison" after her reception of citizens in
        // Lankaran this week, no trip told: the trip is the one that took her there.
        if definite, n.kind == .visit, !ownTrip, let d = drafts.indices.last(where: { k in
            drafts[k].status == .done && drafts[k].date != nil && drafts[k].location != nil && order - drafts[k].lastTold <= 6
                && !fields.ignoredPlaces.contains(drafts[k].location!.lowercased())
        }) {
            return d
        }
        let all = Array(0..<s.count)
        var date = dateFor(s, trigger: n.at, clause: s.clauseTokens(of: n.at))
        // "At the closing ceremony, the Ombudsman handed certificates …" after a course told with its days,
        // no ceremony told: the gathering's, on its last (or first) day.
        var gathering: Int?
        if date == nil, definite, let w = npTokens.first(where: { Self.gatheringEnds[s.t[$0].norm] != nil }),
           let f = frames.indices.last(where: { [.conference, .training].contains(frames[$0].kind) && order - frames[$0].order <= 8
               && [.day, .range].contains(frames[$0].date?.precision) }),
           let fd = frames[f].date {
            date = endDay(of: fd, named: s.t[w].norm)
            gathering = f
        }
        // "In a statement released the same day, …": the day of her act told before (not of a date
        // in the background since: "the counter-offensive on September 27, 2020").
        if let (_, offset) = dayAfter(s, clause: npTokens), let p = drafts.indices.last(where: { drafts[$0].sentence.range != s.sentence.range }),
           let pd = drafts[p].date, pd.precision == .day, let day = pd.start {
            date = dayChoice(day.adding(days: offset))
        }
        // (A year back in what she recalled is no date of hers: "In a statement released on the
        // occasion of the day, Aliyeva reminded that Azerbaijan joined the Convention in 1992".)
        if let d = date, !isNews(d) { date = nil }
        // ("In a statement released on the eve of the anniversary, …".)
        if date == nil { date = anniversaryEve(s) }
        var location = fields.location(in: s, tokens: npTokens) ?? gathering.flatMap { frames[$0].location }
        if let f = framingFrame(s, near: q) {
            if date == nil { date = frames[f].date }
            if location == nil { location = frames[f].location }
        }
        if location == nil { location = fields.location(in: s, tokens: all) }
        var first = intro.end
        if first < s.count, s.t[first].norm.isOne(of: "the", "a", "an", "her", "its") { first += 1 }
        let title = fields.title(in: s, from: first, tokens: npTokens, maxWords: 10)
        let counterparts = fields.counterparts(in: s, tokens: npTokens, from: intro.end)
        // ("Following her visit to the Mingachevir psychoneurological boarding house on 19 June": monitoring.)
        let kind = n.kind == .visit && visitsDetention(s, from: n.at + 1, clause: npTokens) ? .monitoring : n.kind
        return add(Draft(kind: kind, date: date, location: location, counterparts: counterparts, title: title,
                         sentence: s.sentence, anchor: s.t[n.at].start, status: (date?.isFuture ?? false) ? .planned : .done),
                   heads: eventHeads(s, clause: npTokens))
    }

    /// A sentence opening with a reference back to her event ("The meeting was held on 2 February
    /// at the Ombudsman's Office in Baku", "The visit took place last Thursday", "At the meeting,
    /// held on 2 February, …") gives the event the date and place it lacked. Returns whether the
    /// sentence was only such a detail (nothing else to read in it).

    /// The clause describing the event noun at `at`: ", which took place …", ", held …", ", which
    /// was organised …" right after its noun phrase (a quoted name may come in between).
    func describingClause(_ s: SentenceScan, after at: Int) -> [Int]? {
        var k = at + 1
        var quoted = false
        while k < s.count, k - at < 40 {
            let w = s.t[k].norm
            if w == "\"" { quoted.toggle() }
            if !quoted, w == "," || w == ";" || w == "." { break }
            // Without a comma: "a two-day working visit to Lankaran that began on Friday".
            if !quoted, w == "that" || w == "which", k > at, k + 1 < s.count,
               cues.began.matches(s.t, at: k + 1) || cues.ended.matches(s.t, at: k + 1) || s.t[k + 1].norm == "lasted" {
                var rel: [Int] = []
                var q = k
                while q < s.count, !s.t[q].norm.isOne(of: ",", ";", ".") { rel.append(q); q += 1 }
                return rel
            }
            k += 1
        }
        // (Past a country set off by commas: "a working visit to Geneva, Switzerland, which lasted from …".)
        if k + 1 < s.count, s.t[k].norm == ",", let place = x.rules.places.match(in: s.t, at: k + 1), place.end < s.count, s.t[place.end].norm == "," {
            k = place.end
        }
        guard k + 2 < s.count, s.t[k].norm == "," else { return nil }
        var v = k + 1
        if s.t[v].norm.isOne(of: "which", "that") { v += 1 }
        guard v < s.count, kinds.passives.matches(s.t, at: v) || cues.describingVerbs.contains(s.t[v]) else { return nil }
        var rel: [Int] = []
        var q = k + 1
        while q < s.count, s.t[q].norm != ",", s.t[q].norm != ";" { rel.append(q); q += 1 }
        return rel.isEmpty ? nil : rel
    }

    /// The kind of the event named just before ", in which" / ", at which" opening the clause of `i`.
    func relativeAntecedent(_ s: SentenceScan, before i: Int) -> ActivityKind? {
        // "the international conference (that) we organised in Baku": the noun, an optional "that",
        // and the agent just before the verb.
        var a = i
        if let m = s.mentions.last(where: { $0.range.upperBound == i }) { a = m.range.lowerBound }
        else if i > 0, s.t[i - 1].norm.isOne(of: "we", "she", "i") { a = i - 1 }
        if a < i {
            if a > 0, s.t[a - 1].norm.isOne(of: "that", "which") { a -= 1 }
            for q in max(0, a - 3)..<a {
                if let n = kinds.nouns.longestMatch(in: s.t, at: q), n.end == a { return n.value }
            }
        }
        var k = i - 1
        while k > 1, !(s.t[k].norm == "which" && s.t[k - 1].norm.isOne(of: "in", "at", "during")) {
            if s.t[k].norm == "," || s.t[k].norm == ";" { return nil }
            k -= 1
        }
        guard k > 2, s.t[k - 2].norm == "," else { return nil }
        var q = k - 3
        while q >= 0, k - 3 - q < 10 {
            if let n = kinds.nouns.longestMatch(in: s.t, at: q), n.end <= k - 2 { return n.value }
            q -= 1
        }
        return nil
    }
}
