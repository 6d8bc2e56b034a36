import NewsArticles
import TemporalTagging
import TimelineModel

/// Events told before and references back to them; details told after an event.
extension ArticleReading {
    mutating func eventDetails(_ s: SentenceScan) -> Bool {
        var q = 0
        while q < s.count, s.timeOf[q] >= 0 || s.t[q].norm == "," { q += 1 }
        var introduced = false
        // "It took place on 2 February", "The meeting was held …" about the last activity told.
        if q + 1 < s.count, s.t[q].norm == "it", let d = drafts.indices.last, order - drafts[d].order <= 2,
           kinds.passives.matches(s.t, at: q + 1) || (s.t[q + 1].norm == "was" && q + 2 < s.count && kinds.passives.matches(s.t, at: q + 1)) {
            let span = s.clauseTokens(of: q + 1)
            applyDetails(s, span: span, to: d, near: q + 1)
            return true
        }
        if let intro = cues.intro.longestMatch(in: s.t, at: q) { q = intro.end; introduced = true }
        // "In the appeal, issued on Tuesday, the Ombudsman said …" (only here: "In the" opens too
        // many other phrases to be an `intro` everywhere).
        else if q + 1 < s.count, s.t[q].norm == "in", s.t[q + 1].norm == "the" { q += 1; introduced = true }
        guard q + 1 < s.count, s.t[q].norm.isOne(of: "the", "this", "that") else { return false }
        if !introduced, seriesItem(s, at: q + 1) { return true }
        var n = q + 1
        while n < min(s.count, q + 4), kinds.nouns.longestMatch(in: s.t, at: n) == nil { n += 1 }
        // "the meeting held on 2 February" is still the meeting told before.
        guard n < s.count, let noun = kinds.nouns.longestMatch(in: s.t, at: n),
              isAnaphoric(s, noun: n, limit: s.count) || (noun.end < s.count && s.t[noun.end].norm.isOne(of: "held", "organized", "organised")
                                                           && isAnaphoric(s, noun: n, limit: noun.end)),
              let f = latestFrame(head: s.t[noun.end - 1].norm) ?? latestFrame(head: s.t[n].norm) else { return false }
        guard let d = frames[f].draft else {
            // An event without her, retold with its length and first day ("… concluded in Doha
            // yesterday. The two-day event, which opened on Sunday, was organised by …"): its days.
            if noun.end + 1 < s.count, s.t[noun.end].norm == ",", s.t[noun.end + 1].norm.isOne(of: "which", "that") {
                let rel = s.clauseTokens(of: noun.end + 1)
                // (A loop, not a closure: a closure reaching into `self` here copies the rules.)
                var opened = false
                for k in rel where cues.began.matches(s.t, at: k) { opened = true; break }
                if opened, let told = dateFor(s, trigger: rel[0], clause: rel),
                   let wide = lengthAdjusted(told, s, clause: Array(q..<noun.end) + rel), wide.precision == .range, isNews(wide),
                   frames[f].date.map({ $0.precision == .day && wide.contains($0) }) ?? true {
                    frames[f].date = wide
                    frames[f].order = order
                }
            }
            return false
        }
        // Where the details are: a participle between commas (", held on 2 February in Baku,") or
        // the verb right after the noun phrase ("was held", "took place").
        var span: [Int] = []
        var verb = noun.end
        if verb + 1 < s.count, s.t[verb].norm == ",", s.t[verb + 1].norm.isOne(of: "held", "organized", "organised", "which", "that", "released", "issued", "sent", "published", "circulated", "addressed") {
            var k = verb + 1
            while k < s.count, s.t[k].norm != "," { span.append(k); k += 1 }
            verb += 1
            // And the verb after it: "The conference, organized by the Ombudsman of Uzbekistan, took
            // place on March 20-21".
            if k + 1 < s.count, kinds.passives.matches(s.t, at: k + 1) || Self.detailVerbs.contains(s.t[k + 1].norm) {
                k += 1
                while k < s.count, s.t[k].norm != "," && s.t[k].norm != "." { span.append(k); k += 1 }
            }
        } else if verb + 1 < s.count, s.t[verb].norm.isOne(of: "on", "from", "in"), s.timeOf[verb + 1] >= 0 {
            span = Array(s.times[s.timeOf[verb + 1]].tokens)
            if !introduced { return false }
        } else if verb < s.count, s.t[verb].norm.isOne(of: "held", "organized", "organised") {
            var k = verb
            while k < s.count, s.t[k].norm != "," { span.append(k); k += 1 }
            if !introduced { return false }
        } else if !introduced, verb < s.count, kinds.passives.matches(s.t, at: verb) || Self.detailVerbs.contains(s.t[verb].norm)
                    // ("The visit began on Monday and ended on Thursday.")
                    || (cues.began.matches(s.t, at: verb) && Self.openedAndClosed(s, cues: cues) != nil) {
            span = s.clauseTokens(of: verb)
        } else {
            return false
        }
        // "The following day, the reception continued in Barda": the same kind of act again, on a
        // day of its own.
        if !introduced, verb < s.count, s.t[verb].norm.isOne(of: "continued", "resumed"), let dd = drafts[d].date, dd.precision == .day {
            let clause = s.clauseTokens(of: verb)
            if let own = dateFor(s, trigger: verb, clause: clause, pastTense: true), own.precision == .day, own != dd, !own.isFuture {
                addAgain(d, on: own, s, clause: clause, near: verb, anchor: verb, heads: frames[f].heads)
                return true
            }
        }
        // (Its length before the noun counts: "The two-day forum, which opened … on Wednesday".)
        applyDetails(s, span: span, to: d, near: verb, length: Array(q..<noun.end))
        return !introduced && span.count > 0 && kinds.passives.matches(s.t, at: noun.end) || Self.detailVerbs.contains(noun.end < s.count ? s.t[noun.end].norm : "")
            || (noun.end < s.count && cues.began.matches(s.t, at: noun.end) && Self.openedAndClosed(s, cues: cues) != nil)
    }

    /// "She held receptions in three districts this week. The first reception was held on 15
    /// September in Lankaran …": an item of the series told before, on its own day.
    mutating func seriesItem(_ s: SentenceScan, at k: Int) -> Bool {
        guard k + 2 < s.count, Self.ordinals.contains(s.t[k].norm), let noun = kinds.nouns.longestMatch(in: s.t, at: k + 1),
              noun.end < s.count, kinds.passives.matches(s.t, at: noun.end),
              let f = latestFrame(head: s.t[noun.end - 1].norm), let d = frames[f].draft, drafts[d].kind == noun.value,
              let series = drafts[d].date, [.week, .month, .range].contains(series.precision) else { return false }
        let clause = s.clauseTokens(of: noun.end)
        guard let own = dateFor(s, trigger: noun.end, clause: clause, pastTense: true), own.precision == .day,
              series.contains(own), !own.isFuture else { return false }
        addAgain(d, on: own, s, clause: clause, near: noun.end, anchor: k, heads: frames[f].heads)
        return true
    }

    /// Another act of the kind of draft `d`, on `date`, told by this sentence (its place, if it names one).
    mutating func addAgain(_ d: Int, on date: DateChoice, _ s: SentenceScan, clause: [Int], near: Int, anchor: Int, heads: Set<String>) {
        var again = drafts[d]
        again.date = date
        again.location = fields.location(in: s, tokens: clause, near: near) ?? again.location
        again.sentence = s.sentence
        again.anchor = s.t[anchor].start
        again.headline = false
        _ = add(again, heads: heads)
    }

    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "next", "last", "final"]

    /// Verbs after "the meeting" that tell when or where it was.
    static let detailVerbs: Set<String> = ["was", "lasted", "took", "is", "runs", "ran", "continued", "continues", "will"]

    mutating func applyDetails(_ s: SentenceScan, span: [Int], to d: Int, near verb: Int, length: [Int] = []) {
        let inSpan = TokenMask(span, count: s.count)
        // "The visit, which began on Monday, ended on Thursday": its first day to its last.
        // (Only for a draft undated or dated vaguely: her session "on Tuesday" of a two-week conference
        // that "opened on Sept. 29 and closes on Friday" keeps its day.)
        if let both = Self.openedAndClosed(s, cues: cues), let told = DateChoice(span: both, published: article.published), isNews(told),
           drafts[d].date.map({ [.week, .month, .onOrBefore].contains($0.precision) && told.end <= $0.end }) ?? true {
            drafts[d].date = told
            if told.isFuture { drafts[d].status = .planned }
            if drafts[d].location == nil, let place = fields.location(in: s, tokens: span, near: verb) { drafts[d].location = place }
            return
        }
        // (A day refines a vaguer date that holds it: "During the week, she received the Ambassador.
        // At the meeting, held in Baku on Monday, …".)
        let vague = drafts[d].date.map { [.week, .month].contains($0.precision) } ?? true
        if vague {
            for time in s.times where inSpan.contains(time.tokens.lowerBound) {
                let first = time.tokens.lowerBound
                if first > 0, cues.history.matchEnding(in: s.t, at: first, lookback: 3) != nil { continue }
                // (Years back it is something else's date: "The meeting was opened by X, who recalled the
                // Principles adopted in 1993".)
                if let sp = time.expr.span, let told = DateChoice(span: sp, published: article.published), isNews(told),
                   drafts[d].date.map({ $0.contains(told) && told.precision == .day }) ?? true {
                    let date = drafts[d].date == nil ? lengthAdjusted(told, s, clause: length + span) ?? told : told
                    drafts[d].date = date
                    if date.isFuture { drafts[d].status = .planned }
                    break
                }
            }
        }
        if drafts[d].location == nil, let place = fields.location(in: s, tokens: span, near: verb) { drafts[d].location = place }
    }

    // MARK: helpers

    mutating func add(_ draft: Draft, heads: Set<String>, separate: Bool = false) -> Int {
        // One sentence telling one event twice ("A training was held …, jointly organised by the Office").
        // (`separate`: one of several acts the sentence tells apart, "separate meetings with A and B".)
        if !separate, let same = drafts.indices.first(where: { drafts[$0].sentence.range == draft.sentence.range && drafts[$0].kind == draft.kind
            && drafts[$0].date == draft.date && drafts[$0].status == draft.status }) { drafts[same].order = order; return same }
        var draft = draft
        // ("Yesterday the Ombudsman continued her tour in Khachmaz. At a meeting with the head of the District
        // Executive Power, she discussed the rights of seasonal workers during the summer season": the day
        // just told, not a season named in passing that holds it.)
        if let d = draft.date, d.precision == .range, let first = d.start, d.end.ordinal - first.ordinal > 14, draft.status == .done,
           let sc = sceneDay, sc.order == order - 1, let day = dayChoice(sc.day), d.contains(day) {
            draft.date = day
            if draft.location == nil { draft.location = sc.place }
        }
        draft.order = order
        draft.lastTold = order
        drafts.append(draft)
        var h = heads
        h.insert(draft.kind.rawValue)
        h.insert("event")
        h.formUnion(x.rules.kindHeads[draft.kind] ?? [])
        frames.append(EventFrame(kind: draft.kind, heads: h, date: draft.date, location: draft.location, draft: drafts.count - 1, order: order, named: order))
        return drafts.count - 1
    }

    /// "visited 120 institutions", "received more than 300 citizens": a tally, not an event.
    func aggregate(_ s: SentenceScan, object k: Int) -> Bool {
        guard k < s.count else { return false }
        if cues.aggregate.matches(s.t, at: k) { return true }
        if let f = s.t[k].norm.utf8.first, f >= 0x30 && f <= 0x39, let n = Int(s.t[k].norm.filter { $0 != "," }), n >= 2, s.timeOf[k] < 0 { return true }
        return false
    }

    func negated(_ s: SentenceScan, before i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 5, s.mentionOf[j] < 0 {
            if cues.negation.longestMatch(in: s.t, at: j) != nil { return true }
            if s.t[j].norm == "n't" || s.t[j].norm == "t" { return true }
            if s.t[j].norm == "," || s.t[j].norm == ";" { break }
            j -= 1
            steps += 1
        }
        return false
    }

    /// The first event noun of a verb's object, with whether it refers back to an event told before.
    func eventObject(_ s: SentenceScan, from start: Int, clause: [Int]) -> (kind: ActivityKind?, frame: Int?, nonEvent: Bool, at: Int)? {
        let set = TokenMask(clause, count: s.count)
        var k = start
        var steps = 0
        while k < s.count, set.contains(k), steps < 12 {
            let w = s.t[k].norm
            if w == "," || w == ";" { break }
            if cues.counterpartStops.matches(s.t, at: k), k > start, w != "on", w != "of" && w != "for" {
                // ("joined counterparts from twenty countries at an international conference".)
                if !(w == "in" || w == "at" || w == "from") || steps > 6 { break }
            }
            if kinds.nonEventObjects.contains(w), steps < 3 { return (nil, nil, true, k) }
            if let n = kinds.nouns.longestMatch(in: s.t, at: k) {
                var frame: Int?
                if isAnaphoric(s, noun: k, limit: s.count) { frame = latestFrame(head: s.t[k].norm) }
                // "attended the opening session of the conference": a part of an event is that event
                // (still "the opening ceremony of the exhibition", an event of kind other).
                if n.value == .other, n.end + 1 < s.count, s.t[n.end].norm == "of" || (s.t[n.end].norm == "session" && s.t[n.end + 1].norm == "of") {
                    var q = s.t[n.end].norm == "of" ? n.end + 1 : n.end + 2
                    if q < s.count, s.t[q].norm == "the" { q += 1 }
                    var steps = 0
                    while q < s.count, steps < 3, s.t[q].isWord, kinds.nouns.longestMatch(in: s.t, at: q) == nil { q += 1; steps += 1 }
                    if q < s.count, let whole = kinds.nouns.longestMatch(in: s.t, at: q), whole.value != .other { return (whole.value, nil, false, q) }
                }
                return (n.value == .other && frame != nil ? nil : n.value, frame, false, k)
            }
            if w == "it" || w == "them", k == start {
                // "A training was held in Tashkent today, and Aliyeva opened it": the event of the same sentence.
                var q = start - 1
                while q >= 0 {
                    if let n = kinds.nouns.longestMatch(in: s.t, at: q), n.end <= start, s.mentionOf[q] < 0 {
                        var first = q
                        while first > 0, let m = kinds.nouns.longestMatch(in: s.t, at: first - 1), m.end >= n.end { first -= 1 }
                        return (n.value, nil, false, first)
                    }
                    q -= 1
                }
                if let f = frames.indices.last { return (nil, f, false, k) }
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// "the event", "the conference", "this meeting": definite, without a name or complement of its own.
    func isAnaphoric(_ s: SentenceScan, noun q: Int, limit: Int) -> Bool {
        // "During Wednesday's talks": the talks of that day, told before.
        if q >= 2, s.t[q - 1].norm.isOne(of: "'s", "’s"), s.timeOf[q - 2] >= 0 { return true }
        var j = q - 1
        var steps = 0
        while j >= 0, steps < 3 {
            let w = s.t[j].norm
            if w == "the" || w == "this" || w == "that" || w == "said" || w == "her" { break }
            if w == "a" || w == "an" || s.t[j].isCapitalized || !s.t[j].isWord || Int(w.prefix(1)) != nil { return false }
            j -= 1
            steps += 1
        }
        guard j >= 0, s.t[j].norm.isOne(of: "the", "this", "that", "said", "her") else { return false }
        // "the next session", "the previous forum": another instance, not the event told.
        if (j + 1..<q).contains(where: { Self.otherInstance.contains(s.t[$0].norm) }) { return false }
        // "her visit" refers back only when she is the one the article is about.
        if s.t[j].norm == "her", !state.lastAgentIsSubject, !(s.mentions.contains { $0.range.lowerBound > q && who($0, in: s) == .subject }) { return false }
        let after = kinds.nouns.longestMatch(in: s.t, at: q)?.end ?? q + 1
        // "the visit on April 1-2" is still the visit told before: a date does not make a new event.
        if after + 1 < min(limit, s.count), s.t[after].norm.isOne(of: "on", "from", "in"), s.timeOf[after + 1] >= 0 { return true }
        // "the meeting held on the first day of the visit": the meeting told before, during the visit.
        if (after..<min(limit, s.count)).contains(where: { k in
            k + 1 < s.count && s.t[k + 1].norm == "day" && (cues.rangeDaysFromStart.contains(s.t[k].norm) || cues.rangeDaysFromEnd.contains(s.t[k]))
        }) { return true }
        // "At the meeting held in Baku": where it was, not another meeting.
        if after + 1 < min(limit, s.count), s.t[after].norm == "held", s.t[after + 1].norm.isOne(of: "in", "at"),
           !(after..<min(limit, s.count)).contains(where: { s.timeOf[$0] >= 0 }) { return true }
        if after < min(limit, s.count) {
            let w = s.t[after].norm
            if ["on", "of", "with", "dedicated", "entitled", "titled", "organized", "organised", "held"].contains(w) { return false }
            // (A name after the noun names the event — "the conference Ombudsman 2030"; not the subject of
            // the clause after it: "During the conference I met …", "During the talks Aliyeva stressed …".)
            if s.t[after].isCapitalized && s.t[after].isWord && s.t[after].norm != "i" && s.mentionOf[after] < 0 { return false }
        }
        return true
    }

    static let otherInstance: Set<String> = ["next", "upcoming", "following", "previous", "last", "another", "future", "coming", "new", "first", "second", "third"]

    /// "Among the participants was Azerbaijan's Ombudsman Sabina Aliyeva", "Among the speakers on the
    /// first day was …": she took part in the dated event told just before.
    mutating func amongParticipants(_ s: SentenceScan) -> Int? {
        // (Or "Azerbaijan was represented by Human Rights Commissioner Sabina Aliyeva".)
        let represented = (1..<max(1, min(s.count - 2, 8))).first { s.t[$0].norm == "was" && s.t[$0 + 1].norm == "represented" && s.t[$0 + 2].norm == "by" }
        // (Or "Among those who took part were …".)
        let those = s.count > 5 && s.t[0].norm == "among" && s.t[1].norm == "those" && s.t[2].norm.isOne(of: "who", "taking", "attending", "present")
        // (Or "The meeting was attended by the following members of the Board: Mr. …; Ms. Sabina Aliyeva, …":
        // a list after a colon.)
        var attended: Int?
        for a in 1..<max(1, min(s.count - 3, 10)) where s.t[a].norm.isOne(of: "was", "were") && s.t[a + 1].norm == "attended" && s.t[a + 2].norm == "by" {
            if (a + 3..<min(s.count, a + 24)).contains(where: { s.t[$0].norm == ":" }) { attended = a }
            break
        }
        // (Or "Participants included …", "The speakers were …", "From the European region, participants
        // included, among others, …".)
        var lead = s.count > 4 && s.t[0].norm == "the" ? 1 : 0
        if let comma = (1..<max(1, min(s.count, 8))).first(where: { s.t[$0].norm == "," }), comma + 2 < s.count {
            let after = s.t[comma + 1].norm == "the" ? comma + 2 : comma + 1
            if !cues.participantNouns.contains(s.t[lead]), cues.participantNouns.contains(s.t[after]) { lead = after }
        }
        // ("Speakers at the first session included …": a phrase may stand between.)
        let included = s.count > 4 && cues.participantNouns.contains(s.t[lead])
            ? (lead + 1..<min(s.count, lead + 8)).prefix(while: { s.t[$0].norm != "," }).first(where: { s.t[$0].norm.isOne(of: "included", "were") })
            : nil
        // ("Among the other speakers were …", "Among the foreign guests …": a word or two may qualify them.)
        let among = s.count > 4 && s.t[0].norm == "among" && s.t[1].norm == "the" && (2..<min(s.count, 5)).contains { cues.participantNouns.contains(s.t[$0]) }
        guard s.count > 4, represented != nil || those || included != nil || among || attended != nil,
              let be = represented ?? included ?? attended ?? (3..<min(s.count, 16)).first(where: { s.t[$0].norm.isOne(of: "was", "were") }),
              let m = s.mentions.first(where: { $0.range.lowerBound > be && who($0, in: s) == .subject }),
              case let recent = frames.indices.filter({ k in
                  guard let d = frames[k].date, [.day, .range].contains(d.precision), order - frames[k].order <= 6 else { return false }
                  return isNews(d)
              }),
              // The event over all its days rather than a session on one of them.
              let f = recent.last(where: { frames[$0].date?.precision == .range }) ?? recent.last else { return nil }
        if let d = frames[f].draft { return d }
        // (Speaking on one of its days is taking part in the event: its dates.)
        let date = frames[f].date
        let draft = Draft(kind: frames[f].kind, date: date, location: frames[f].location, counterparts: [],
                          title: frames[f].title ?? "Took part in the event", sentence: s.sentence, anchor: s.t[m.range.lowerBound].start,
                          status: date?.isFuture == true ? .planned : .done)
        let d = add(draft, heads: frames[f].heads)
        frames[f].draft = d
        return d
    }

    func latestFrame(head: String) -> Int? {
        var named = frames.indices.reversed().filter { frames[$0].heads.contains(head) || head == "event" }
        // "… gathered in Moscow on Monday for an international conference. Aliyeva addressed the plenary
        // session": a sitting of the conference told before.
        if named.isEmpty, head == "session", let c = frames.indices.last(where: { frames[$0].kind == .conference }), order - frames[c].order <= 3 {
            named = [c]
        }
        // ("On the margins of the event" after a bilateral meeting told within a conference: the
        // conference, not the meeting.)
        if head == "event", let last = named.first, frames[last].kind == .meeting, frames[last].draft != nil,
           let i = named.firstIndex(where: { [.conference, .training].contains(frames[$0].kind) }) {
            named = Array(named[i...])
        }
        // ("During the event" after her speech at a panel on one day of "the high-level event held …
        // on December 11-12": the whole event, which holds the panel's day. Not after an event
        // without her: "A side event … was held … on 18 November. The event was addressed by …".)
        if head == "event", let last = named.first, frames[last].draft != nil, let ld = frames[last].date, ld.precision == .day,
           let whole = named.dropFirst().first(where: { frames[$0].date.map { $0.precision == .range && $0.contains(ld) } ?? false }) {
            return whole
        }
        // An event told with a day still to come ("the session … will continue until 12 July") is not
        // the one a past act happened at when an earlier telling has a past day.
        return named.first { frames[$0].date?.isFuture != true } ?? named.first
    }

    /// The frame named by a framing phrase in the sentence ("within the framework of the conference").
    func framingFrame(_ s: SentenceScan, near i: Int) -> Int? {
        var best: (distance: Int, frame: Int)?
        for k in 0..<s.count {
            guard let m = cues.framing.longestMatch(in: s.t, at: k) else { continue }
            // (Not in a clause of its own joined after the act: "the Ombudsman received the citizens of
            // Mingachevir last month, and about 70 appeals were registered during that reception".)
            if k > i, s.clause[k] != s.clause[i], (i + 1..<k).contains(where: { s.t[$0].norm == "and" && s.t[$0 - 1].norm == "," }) { continue }
            var q = m.end
            var steps = 0
            while q < s.count, steps < 4 {
                if kinds.nouns.longestMatch(in: s.t, at: q) != nil {
                    if isAnaphoric(s, noun: q, limit: s.count), let f = latestFrame(head: s.t[q].norm) {
                        let d = abs(k - i)
                        if d < (best?.distance ?? Int.max) { best = (d, f) }
                    }
                    break
                }
                q += 1
                steps += 1
            }
        }
        return best?.frame
    }

    func visitsDetention(_ s: SentenceScan, from start: Int, clause: [Int]) -> Bool {
        for k in clause where k >= start && k < start + 8 {
            if x.rules.detentionPlaces.matches(s.t, at: k) { return true }
        }
        return false
    }

    func objectIsPerson(_ s: SentenceScan, from start: Int) -> Bool {
        var k = start
        while k < min(s.count, start + 6) {
            let tok = s.t[k]
            // An event noun first: "hosted a round table on "Women's rights"" hosts an event.
            if kinds.nouns.matches(s.t, at: k) { return false }
            if cues.thingsReceived.contains(tok) { return false }
            // A title, also in the plural ("received the ambassadors of EU member states").
            let title = cues.personTitles.contains(tok.norm) || (tok.norm.hasSuffix("s") && cues.personTitles.contains(String(tok.norm.dropLast())))
            if (tok.isCapitalized && tok.isWord) || title || s.mentionOf[k] >= 0 { return true }
            k += 1
        }
        return false
    }

    func agentPhrase(_ s: SentenceScan, before i: Int) -> String {
        var j = i - 1
        var picked: [Int] = []
        // (Up to a dateline's dash too: "Dec 11 (Interfax) - Russian Human Rights Commissioner … met".)
        while j >= 0, s.t[j].norm != ",", s.timeOf[j] < 0, !s.t[j].norm.isOne(of: "-", "–", "—", ")") {
            picked.insert(j, at: 0)
            j -= 1
        }
        while let f = picked.first, s.t[f].norm.isOne(of: "the", "a", "an") { picked.removeFirst() }
        return s.text(tokens: picked)
    }

    /// "since 2019", "for nearly 30 years": the clause sums up a span instead of telling an event.
    func history(_ s: SentenceScan, clause: [Int], trigger i: Int) -> Bool {
        for k in clause where cues.history.matches(s.t, at: k) {
            // (Not the story of the people she met: "met with a group of Khojaly survivors who have
            // been living in the city since 1992".)
            // (Nor of the thing she handed over: "handed her a special report documenting the cases of
            // civilians killed by mines since November 2020", "visited a school that has operated since 2010".)
            if k > i, (i + 1..<k).contains(where: { q in
                s.t[q].norm.isOne(of: "who", "whose", "that", "which") || q > i + 1 && Self.isParticiple(s.t[q].norm)
                    && !s.t[q - 1].norm.isOne(of: "a", "an", "the", "her") && !kinds.nouns.matches(s.t, at: q)
            }) { continue }
            // (Nor a few days just past: "Over the past five days Aliyeva held talks … on Monday, …" is news.)
            if let e = cues.history.longestMatch(in: s.t, at: k)?.end, e < s.count, s.timeOf[e] >= 0,
               case let v = s.times[s.timeOf[e]].expr.value, v.hasPrefix("P"),
               v.hasSuffix("D") || v == "P1W" || v == "PXD" { continue }
            // (A number counts years, not people: "for about 40 lawyers" is no span.)
            if let e = cues.history.longestMatch(in: s.t, at: k)?.end, e < s.count,
               s.timeOf[e] >= 0 || Int(s.t[e].norm) != nil && e + 1 < s.count && Self.timeUnits.contains(s.t[e + 1].norm) { return true }
        }
        return false
    }

    static let timeUnits: Set<String> = ["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"]

    /// Whether "was held" / "was organised" follows the noun phrase ending at `end`, within its clause.
    func heldAfter(_ s: SentenceScan, noun end: Int) -> Bool {
        var q = end
        while q < s.count, q - end < 20, s.clause[q] == s.clause[max(0, end - 1)] {
            if kinds.passives.matches(s.t, at: q) { return true }
            if cues.finiteVerbs.contains(s.t[q]) && !s.t[q].norm.isOne(of: "was", "were", "is") { return false }
            q += 1
        }
        return false
    }

    /// The date expression of the trigger's clause (nearest to it), or one opening the sentence.
    func eventHeads(_ s: SentenceScan, clause: [Int]) -> Set<String> {
        var heads: Set<String> = []
        for k in clause {
            // (Not the event a day is counted from: "The day before the forum, she met …" is no forum.)
            if k >= 3, countsFromEvent(s, at: k - 3) { continue }
            if let n = kinds.nouns.longestMatch(in: s.t, at: k) {
                heads.insert(s.t[n.end - 1].norm)
                heads.insert(s.t[k].norm)
            }
        }
        return heads
    }

    /// Events told without her ("The 8th forum was held in Baku on 5 May."), for later references.
    /// "She and X discussed … at a meeting in Baku on Wednesday": a verb in the past tense of hers
    /// (not one of an activity) followed in its clause by "at a / the <event>" with a day of its own.
    mutating func atEvent(_ s: SentenceScan) -> Int? {
        // (Or "said during her visit to Barda on Tuesday".)
        for k in 1..<max(1, s.count - 2) where s.t[k].norm == "at" && s.t[k + 1].norm.isOne(of: "a", "an", "the")
            || s.t[k].norm == "during" && s.t[k + 1].norm.isOne(of: "the", "her") {
            // The event noun, maybe after a word or two that qualify it ("at a joint meeting").
            var found: (value: ActivityKind, end: Int)?
            for q in k + 2..<min(s.count, k + 5) {
                guard s.t[q].isWord, !s.t[q].isCapitalized else { break }
                if let m = kinds.nouns.longestMatch(in: s.t, at: q) { found = (m.value, m.end); break }
            }
            guard let n = found, n.value != .other, !s.isQuoted(k) else { continue }
            // The verb: the last word before "at" in the clause that follows her mention directly.
            let clause = s.clauseTokens(of: k)
            guard let verb = clause.last(where: { v in
                v < k && s.t[v].isWord && !s.t[v].isCapitalized && (s.t[v].norm.hasSuffix("ed") || cues.finiteVerbs.contains(s.t[v]))
            }), !negated(s, before: verb),
                  // Her, named in the clause before the verb (alone or with others: "She and X discussed"),
                  // as the one acting, not as whose something is ("the report of the Ombudsman was discussed").
                  s.mentions.contains(where: { m in
                      let lead = m.range.lowerBound
                      return counts(who(m, in: s)) && m.range.upperBound <= verb && s.clause[lead] == s.clause[k]
                          && !(lead >= 1 && s.t[lead - 1].norm == "of") && !(lead >= 2 && s.t[lead - 1].norm == "the" && s.t[lead - 2].norm == "of")
                  }),
                  // (Nor a plan told by the verb itself or words after it: "will speak again at a panel".)
                  !(verb...k).contains(where: { cues.plan.matchEnding(in: s.t, at: $0, lookback: 4) != nil }) else { continue }
            // ("in a speech at the annual conference of GANHRI, a two-day event that wrapped up in Geneva
            // on Wednesday": the event's two days, told in its apposition.)
            var date = lengthAdjusted(dateFor(s, trigger: k, clause: clause, pastTense: true), s, clause: Array(k..<s.count))
            var location = fields.location(in: s, tokens: clause, near: k)
            // "at the three-day annual meeting of GANHRI, which concluded in Geneva on Thursday": the
            // event's own relative clause tells its days and place.
            if date == nil, let rel = describingClause(s, after: n.end - 1) {
                date = lengthAdjusted(dateFor(s, trigger: rel[0], clause: rel, pastTense: true), s, clause: clause + rel)
                if location == nil { location = fields.location(in: s, tokens: rel, near: rel[0]) }
            }
            guard let date, [.day, .range].contains(date.precision), !date.isFuture else { continue }
            // ("during her visit to Barda" → "Visit to Barda".)
            let during = s.t[k].norm == "during"
            var nameTokens = clause.filter { $0 > (during ? k + 1 : k) }
            if during, let stop = nameTokens.firstIndex(where: { s.timeOf[$0] >= 0 || s.t[$0].norm.isOne(of: "that", ",", "where", "when") }) {
                nameTokens = Array(nameTokens[..<stop])
            }
            let named = fields.title(in: s, from: during ? k + 2 : k + 1, tokens: nameTokens, maxWords: 8, capitalize: false)
            let title = ClauseFields.capitalized(during ? named : "took part in " + named)
            return add(Draft(kind: n.value, date: date, location: location, counterparts: fields.counterparts(in: s, tokens: clause, from: k + 2),
                             title: title, sentence: s.sentence, anchor: s.t[k].start, status: .done), heads: eventHeads(s, clause: clause))
        }
        return nil
    }

    /// "held a high-level event", "hosted an event": the noun at `k` is the object of a verb of holding,
    /// with at most a few words of its name between.
    func heldBefore(_ s: SentenceScan, noun k: Int) -> Bool {
        var q = k - 1
        while q >= 0, k - q <= 4, s.t[q].isWord, s.mentionOf[q] < 0, s.timeOf[q] < 0 {
            if Self.holdingVerbs.contains(s.t[q].norm) { return true }
            q -= 1
        }
        return false
    }

    static let holdingVerbs: Set<String> = ["held", "hosted", "organised", "organized", "convened"]
    static let theKey = WordKey.of("the"), thisKey = WordKey.of("this")

    /// "Report" the news agency, not a report: "Baku. 25 June. REPORT.AZ/ …", "(Report)", "Report informs".
    static func namesReportAgency(_ s: SentenceScan, at k: Int) -> Bool {
        guard s.t[k].norm == "report", s.t[k].isCapitalized else { return false }
        if k + 2 < s.count, s.t[k + 1].norm == ".", s.t[k + 2].norm == "az" { return true }
        if k + 1 < s.count, s.t[k + 1].norm.isOne(of: "informs", "reports") { return true }
        return k > 0 && s.t[k - 1].norm == "(" && k + 1 < s.count && s.t[k + 1].norm == ")"
    }

    mutating func noteEventFrames(_ s: SentenceScan) {
        // An event named again ("during the seminar") is the one the next sentences are about.
        // (The event of that kind: "the seminar" is not the Board meeting told in a sentence about it.)
        let the = Self.theKey, this = Self.thisKey
        for k in 1..<max(1, frames.isEmpty ? 1 : s.count) where s.t[k - 1].key == the || s.t[k - 1].key == this {
            guard let n = kinds.nouns.longestMatch(in: s.t, at: k) else { continue }
            if let f = frames.indices.last(where: { frames[$0].kind == n.value && frames[$0].heads.contains(s.t[k].norm) }) { frames[f].named = order }
        }
        guard !s.times.isEmpty else { return }
        if let last = drafts.last, last.sentence.range == s.sentence.range { return }
        for k in 0..<s.count {
            // The bare word "event" names an event only as the subject of "was held" / "was organised"
            // ("An event dedicated to Human Rights Day was held at the Ombudsman's Office today").
            // (Or as the object of "held", "hosted", "organised": "UNDP held a high-level event in Ganja on Wednesday".)
            guard let n = kinds.nouns.longestMatch(in: s.t, at: k),
                  n.value != .other || s.t[k].norm != "event" || heldAfter(s, noun: n.end) || heldBefore(s, noun: k),
                  !Self.namesReportAgency(s, at: k),
                  // ("the International Day for Mine Awareness and Assistance in Mine Action": a word of a name.)
                  !(s.t[k].norm == "action" && s.t[k].isCapitalized && k > 0 && s.t[k - 1].isCapitalized) else { continue }
            // "will visit", "to meet": a verb, not an event noun.
            if k > 0, cues.plan.matchEnding(in: s.t, at: k, lookback: 4) != nil || s.t[k - 1].norm.isOne(of: "to", "will", "would", "can", "may", "must") { continue }
            // "A day before the conference, the guest travelled to Shusha": the event is where the
            // day is counted from, not what happened then.
            if k >= 2, s.t[k - 1].norm.isOne(of: "the", "its", "this"), s.t[k - 2].norm.isOne(of: "before", "after", "ahead") { continue }
            // "The conference was also addressed by guests who arrived on 22 May": the day is the
            // guests', told in a clause of their own, not the conference's.
            if let t = s.times.first(where: { $0.tokens.lowerBound > k }),
               !s.times.contains(where: { $0.tokens.lowerBound < k }),
               (k..<t.tokens.lowerBound).contains(where: { s.t[$0].norm.isOne(of: "who", "whom", "whose", "both") }) { continue }
            // "The seminar was followed by the meeting of the Board on 27 October": the day is the next event's.
            if let t = s.times.first(where: { $0.tokens.lowerBound > k }), !s.times.contains(where: { $0.tokens.lowerBound < k }),
               (k + 1..<t.tokens.lowerBound).contains(where: { q in s.t[q].norm.isOne(of: "followed", "preceded") && q + 1 < s.count && s.t[q + 1].norm == "by" }) { continue }
            let clause = s.clauseTokens(of: k)
            // (An event years back — "the Universal Declaration, adopted on 10 December 1948" — is no frame;
            // nor a whole year: "monitoring … is among its powers, and in the current year …" tells no event.)
            // Its day may be told in a clause describing it: "the conference "…", which was held in Baku on Thursday".
            // ("concluded a two-day expert meeting in Warsaw today": its two days.)
            var told = lengthAdjusted(dateFor(s, trigger: k, clause: clause), s, clause: clause)
            let describing = describingClause(s, after: k)
            // (Only a clause telling when it was held: not "which was preceded on 5 March by the meeting
            // of the Bureau", nor the main verb after an apposition: "who is on a visit to Azerbaijan, took part".)
            if told == nil, let rel = describing, let first = rel.first,
               s.t[first].norm.isOne(of: "which", "that") || kinds.passives.matches(s.t, at: first),
               !rel.contains(where: { s.t[$0].norm.isOne(of: "preceded", "followed") }) {
                // ("The two-day conference, which opened on Monday, …": its two days.)
                told = lengthAdjusted(dateFor(s, trigger: first, clause: rel), s, clause: clause + rel)
            }
            // "The conference, which opened in Tashkent on Wednesday, concluded its work today": from
            // its opening day to its closing one.
            if let end = told, end.precision == .day, let last = end.start, let rel = describing,
               rel.contains(where: { cues.began.matches(s.t, at: $0) }), clause.contains(where: { cues.ended.matches(s.t, at: $0) }),
               let opened = dateFor(s, trigger: rel[0], clause: rel), opened.precision == .day, let first = opened.start, first < last,
               last.ordinal - first.ordinal < 15 {
                told = DateChoice(span: DaySpan(first: first, last: last, granularity: .range), published: article.published)
            }
            guard let date = told, isNews(date), date.precision != .year else { continue }
            // Its name, up to the verb: "Took part in the conference titled "…"".
            // Back over its qualifiers to the article: "the 5th Baku Global Forum", "an international conference".
            var first = k
            while first > 0, s.clause[first - 1] == s.clause[k], s.t[first - 1].isWord, s.timeOf[first - 1] < 0, s.mentionOf[first - 1] < 0,
                  !s.t[first - 1].norm.isOne(of: "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "at", "in", "on", "of", "by", "with", "and"),
                  !cues.finiteVerbs.contains(s.t[first - 1]), !s.t[first - 1].norm.hasSuffix("ed"), k - first < 6 { first -= 1 }
            var nameTokens: [Int] = []
            for q in clause where q >= first {
                if q >= n.end, kinds.passives.matches(s.t, at: q) || (!s.t[q].isCapitalized && cues.finiteVerbs.contains(s.t[q])) { break }
                nameTokens.append(q)
            }
            // The name without a verb ("the conference titled "…""), lower case as inside a title.
            let words = fields.title(in: s, from: first, tokens: nameTokens, maxWords: 12, capitalize: false)
            let name = words.isEmpty ? "the event" : "the " + words
            let title = ClauseFields.capitalized("took part in " + name)
            // With no place told, a city in the event's own name ("the 5th Baku Global Forum") is where it was.
            var location = fields.location(in: s, tokens: clause)
            if location == nil, let rel = describing { location = fields.location(in: s, tokens: rel) }
            if location == nil {
                for q in nameTokens where s.t[q].isCapitalized {
                    if let m = x.rules.places.match(in: s.t, at: q), !m.place.isCountry, !fields.ignoredPlaces.contains(m.place.name.lowercased()) {
                        location = m.place.name
                        break
                    }
                }
            }
            frames.append(EventFrame(kind: n.value, heads: eventHeads(s, clause: clause), date: date,
                                     location: location, draft: nil, title: title, name: name, order: order, named: order))
            return
        }
    }

}
