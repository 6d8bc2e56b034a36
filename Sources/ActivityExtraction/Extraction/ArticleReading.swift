import NewsArticles
import TemporalTagging
import TimelineModel

/// An activity being assembled while the article is read.
struct Draft {
    var kind: ActivityKind
    var date: DateChoice?
    var location: String?
    var counterparts: [String]
    var title: String
    var sentence: Sentence
    var anchor: Int
    var status: ActivityStatus
    /// The sentence's number in the article.
    var order: Int = 0
}

/// An event the article has told about (hers or not), that later sentences may refer back to:
/// "opened the event", "within the framework of the conference".
struct EventFrame {
    var kind: ActivityKind
    var heads: Set<String>
    var date: DateChoice?
    var location: String?
    /// The draft it is, when the event is hers.
    var draft: Int?
}

/// Who performs a trigger.
enum Agent: Equatable { case subject, office, other, none }

/// The state of reading one article: coreference, events told so far, activities found.
struct ArticleReading {
    let x: ActivityExtractor
    let article: Article
    var state = CoreferenceState()
    var frames: [EventFrame] = []
    var drafts: [Draft] = []
    var fields: ClauseFields
    /// Number of the sentence being read.
    var order = 0
    /// The last day named in the sentences read so far: what "a day later" counts from.
    var lastDay: CalendarDay?

    init(extractor: ActivityExtractor, article: Article) {
        x = extractor
        self.article = article
        let home = Set(extractor.profile.home.map { $0.lowercased() })
        fields = ClauseFields(rules: extractor.rules, ignoredPlaces: home)
    }

    var cues: LanguageCues { x.rules.cues }
    var kinds: KindVocabulary { x.rules.kinds }

    // MARK: one sentence

    mutating func read(_ sentence: Sentence, scalars: [Unicode.Scalar], times: [TimeExpression]) {
        let s = SentenceScan(sentence: sentence, scalars: scalars, times: times, matcher: x.matcher, cues: cues, state: &state)
        order += 1
        defer { updateAgent(s) }
        // "The meeting was held on 2 February in Baku.": details of an event told before.
        if eventDetails(s) {
            noteEventFrames(s)
            for time in s.times.reversed() {
                if let span = time.expr.span, span.granularity == .day || span.granularity == .range { lastDay = span.last; break }
            }
            return
        }
        var primary: Int?
        var agents: [Int: Agent] = [:]
        var i = 0
        var lastAgent: Agent?
        // An event named at the start: "During the bilateral meeting with X, …, Aliyeva discussed …".
        if let d = introEvent(s) { primary = d }
        while i < s.count {
            if s.mentionOf[i] >= 0 || s.timeOf[i] >= 0 { i += 1; continue }
            if let p = kinds.passives.longestMatch(in: s.t, at: i) {
                if let d = passive(s, at: i, end: p.end) { primary = primary ?? d }
                i = p.end
                continue
            }
            guard let m = kinds.triggers.longestMatch(in: s.t, at: i) else { i += 1; continue }
            let agent = agentBefore(i, s, previous: lastAgent)
            agents[i] = agent
            lastAgent = agent
            if let d = trigger(s, at: i, end: m.end, trigger: m.value, agent: agent, primary: primary) { primary = primary ?? d }
            i = m.end
        }
        noteEventFrames(s)
        for time in s.times.reversed() {
            if let span = time.expr.span, span.granularity == .day || span.granularity == .range { lastDay = span.last; break }
        }
    }

    // MARK: who acts

    /// The agent of a verb at token `t`: the mention just before it, skipping adverbs, dates and
    /// parentheticals (", together with UNICEF,"), or the agent of the previous verb after "and".
    func agentBefore(_ t: Int, _ s: SentenceScan, previous: Agent?) -> Agent {
        var j = t - 1
        while j >= 0 {
            let w = s.t[j].norm
            if s.timeOf[j] >= 0 || cues.adverbs.contains(w) || cues.habitual.contains(w) || skipWords.contains(w) { j -= 1; continue }
            break
        }
        guard j >= 0 else { return .none }
        if let m = s.mention(at: j) { return who(m, in: s) }
        let w = s.t[j].norm
        if cues.relative.contains(w) { return j >= 1 ? npAgent(endingAt: s.t[j - 1].norm == "," ? j - 2 : j - 1, s) : .none }
        if w == "and" { return previous ?? npAgent(endingAt: j - 1, s) }
        if w == "," {
            var k = j - 1
            while k >= 0, s.t[k].norm != "," { k -= 1 }
            guard k >= 0 else { return .none }
            let inner = k + 1
            let parenthetical = inner < j && (cues.relative.contains(s.t[inner].norm) || cues.accompaniment.matches(s.t, at: inner)
                || ["in", "on", "at", "during", "after", "following", "as", "while", "despite", "according"].contains(s.t[inner].norm)
                || (s.timeOf[inner] >= 0 && s.timeOf[j - 1] >= 0))
            if parenthetical { return agentBefore(k, s, previous: previous) }
            if let m = s.mention(at: j - 1) { return who(m) }
            return .other
        }
        // "Ombudsman Sabina Aliyeva and the Minister of Justice visited …": she acts jointly.
        var k = j
        while k > 0, s.mention(at: k) == nil, s.t[k].isWord, s.timeOf[k] < 0,
              s.t[k].isCapitalized || ["the", "of", "for", "and"].contains(s.t[k].norm) || cues.personTitles.contains(s.t[k].norm) {
            if s.t[k].norm == "and", let m = s.mention(at: k - 1), who(m, in: s) == .subject { return .subject }
            k -= 1
        }
        return npAgent(endingAt: j, s)
    }

    private var skipWords: Set<String> { ["will", "shall", "would", "is", "was", "expected", "to", "scheduled", "due", "set", "plans",
                                          "planning", "intends", "going", "not", "did", "never", "be", "has", "had", "also", "unable", "failed"] }

    func npAgent(endingAt j: Int, _ s: SentenceScan) -> Agent {
        guard j >= 0 else { return .none }
        if let m = s.mention(at: j) { return who(m) }
        let tok = s.t[j]
        if tok.isCapitalized || cues.personTitles.contains(tok.norm) { return .other }
        return .none
    }

    func who(_ m: Mention) -> Agent {
        switch m.who {
        case .subject: return .subject
        case .office: return .office
        case .other: return .other
        case .pronoun: return state.lastAgentIsSubject ? .subject : .other
        }
    }

    /// Like ``who(_:)``, but a pronoun after her own mention in the same sentence is hers
    /// ("Aliyeva visited Shaki, where she met …").
    func who(_ m: Mention, in s: SentenceScan) -> Agent {
        guard m.who == .pronoun else { return who(m) }
        for earlier in s.mentions.reversed() where earlier.range.upperBound <= m.range.lowerBound && earlier.who != .pronoun {
            return earlier.who == .subject ? .subject : (state.lastAgentIsSubject && earlier.who == .office ? .subject : .other)
        }
        return who(m)
    }

    func counts(_ a: Agent) -> Bool { a == .subject || (a == .office && x.profile.officeCounts) }

    /// Remembers whether this sentence was about her, for a later "she".
    mutating func updateAgent(_ s: SentenceScan) {
        var start = 0
        if let intro = cues.intro.longestMatch(in: s.t, at: 0) {
            start = intro.end
            while start < s.count, s.t[start].norm != "," { start += 1 }
        }
        var i = start
        while i < s.count {
            if let m = s.mention(at: i) {
                let a = who(m)
                let next = m.range.upperBound
                if next < s.count, s.t[next].isWord, !s.t[next].isCapitalized || next == 0 {
                    state.lastAgentIsSubject = a == .subject
                    return
                }
                if next < s.count, s.t[next].norm == "," {
                    state.lastAgentIsSubject = a == .subject
                    return
                }
                i = next
                continue
            }
            let tok = s.t[i]
            if tok.isWord, !tok.isCapitalized, s.timeOf[i] < 0, cues.finiteVerbs.contains(tok.norm) || tok.norm.hasSuffix("ed") {
                // A verb before any person: "It was noted", "Information was given" — keep the last agent.
                if i > 0, cues.personTitles.contains(s.t[i - 1].norm) || (s.t[i - 1].isCapitalized && i - 1 > 0) {
                    state.lastAgentIsSubject = false
                }
                return
            }
            i += 1
        }
    }

    // MARK: triggers

    /// A verb trigger at `i..<end`: decides kind, status, date, place, and whether it is a new
    /// activity or part of one already found.
    mutating func trigger(_ s: SentenceScan, at i: Int, end: Int, trigger tr: KindVocabulary.Trigger, agent: Agent, primary: Int?) -> Int? {
        var status = ActivityStatus.done
        let planned = cues.plan.matchEnding(in: s.t, at: i, lookback: 4) != nil
        if tr.isBase && !planned { return nil }
        if planned { status = .planned }
        if negated(s, before: i) { return nil }
        if (0..<i).contains(where: { cues.recalling.contains(s.t[$0].norm) }) { return nil }
        let tally = aggregate(s, object: end) || aggregate(s, object: i + 1)
        if let limit = tr.objectStarts, end < s.count, !limit.contains(s.t[end].norm) { return nil }
        if tr.objectStarts != nil, !objectIsPerson(s, from: end) { return nil }
        var counterpartsOverride: [String]?
        if !counts(agent) {
            // "The minister met with Ombudsman Sabina Aliyeva": a meeting of hers too.
            guard tr.symmetric else { return nil }
            var k = end
            while k < s.count, ["the", "with"].contains(s.t[k].norm) { k += 1 }
            guard let m = s.mention(at: k), who(m) == .subject else { return nil }
            let before = agentPhrase(s, before: i)
            counterpartsOverride = before.isEmpty ? [] : [before]
        }
        let clause = s.clauseTokens(of: i)
        // Kind.
        var kind = tr.kind
        var purposeStart: Int?
        var objectFrame: Int?
        if let obj = eventObject(s, from: end, clause: clause) {
            if obj.nonEvent && kind == nil { return nil }
            if kind == nil || kind == .visit, let k = obj.kind { kind = k }
            // A verb with its own kind refers to an event only as its direct object ("addressed the
            // round table"), not through a preposition ("received citizens during the visit").
            let direct = (end..<obj.at).allSatisfy { ["the", "this", "that", "said"].contains(s.t[$0].norm) }
            objectFrame = kind == nil || tr.kind == nil || direct ? obj.frame : nil
        } else if kind == nil {
            return nil
        }
        if kind == .visit || kind == nil {
            for k in clause where k >= end {
                if x.rules.purpose.matches(s.t, at: k), let obj = eventObject(s, from: x.rules.purpose.longestMatch(in: s.t, at: k)!.end, clause: clause), let ok = obj.kind {
                    kind = ok
                    purposeStart = x.rules.purpose.longestMatch(in: s.t, at: k)!.end
                    break
                }
            }
        }
        if kind == .visit, visitsDetention(s, from: end, clause: clause) { kind = .monitoring }
        if kind == nil, let f = objectFrame { kind = frames[f].kind }
        guard var kindValue = kind else { return nil }
        if history(s, clause: clause) { return nil }
        // Date, place.
        var date = lengthAdjusted(dateFor(s, trigger: i, clause: clause, pastTense: !tr.isBase && !planned) ?? daysLater(s, clause: clause),
                                  s, clause: clause)
        if date == nil, hasOnlyUnusableDates(s, clause: clause) { return nil }
        // A tally over a period ("visited 120 institutions last year") is not one event; a count on
        // a given day is ("received 40 citizens on 18 January").
        if tally, ![.day, .range, .week].contains(date?.precision ?? .onOrBefore) { return nil }
        if date?.isFuture == true { status = .planned }
        let place = fields.place(in: s, tokens: clause, near: i)
        var location = place?.name
        let strongPlace = place?.strong == true ? place?.name : nil
        // The event it belongs to: its object ("opened the event") or a framing phrase.
        let framing = framingFrame(s, near: i)
        let linked = objectFrame ?? framing
        if let f = linked {
            if let d = frames[f].draft {
                let folds = objectFrame != nil || [.speech, .statement, .other].contains(kindValue) || kindValue == drafts[d].kind
                if folds, date == nil || date == drafts[d].date, strongPlace == nil || strongPlace == drafts[d].location {
                    if drafts[d].location == nil { drafts[d].location = strongPlace }
                    return d
                }
            }
            if date == nil { date = frames[f].date }
            if location == nil { location = frames[f].location }
            if objectFrame != nil, tr.kind == nil { kindValue = frames[f].kind }
        }
        // A follow-up without date or place of its own in the next sentences is part of the event
        // just told ("She also visited the medical department" during a prison visit); "also"
        // marks a further activity of the same occasion, which shares its date.
        if date == nil, let p = drafts.indices.last, drafts[p].sentence != s.sentence, drafts[p].status == status {
            let sub: Set<ActivityKind> = [.monitoring, .visit]
            if order - drafts[p].order <= 2, strongPlace == nil || strongPlace == drafts[p].location,
               (sub.contains(kindValue) && sub.contains(drafts[p].kind)) || [.speech, .statement, .other].contains(kindValue) {
                if drafts[p].location == nil { drafts[p].location = strongPlace }
                return p
            }
            if order - drafts[p].order <= 5, (max(0, i - 4)..<i).contains(where: { s.t[$0].norm == "also" }) {
                date = drafts[p].date
                if location == nil { location = drafts[p].location }
            }
        }
        // Several verbs of one sentence about one event: "opened the event and gave a speech".
        if let p = primary, drafts[p].sentence == s.sentence, date == nil || date == drafts[p].date,
           strongPlace == nil || strongPlace == drafts[p].location, kindValue != .meeting || drafts[p].kind == .meeting {
            return p
        }
        // A verb of a later clause without its own date shares the date of the sentence's event:
        // "visited Shaki on Wednesday, where she met …".
        if date == nil, let p = primary, drafts[p].sentence == s.sentence {
            date = drafts[p].date
            if location == nil { location = drafts[p].location }
        }
        var title: String
        if let ps = purposeStart {
            title = fields.title(in: s, from: ps, tokens: clause, prefix: "Took part in")
        } else {
            title = fields.title(in: s, from: i, tokens: clause)
        }
        if title.isEmpty { title = kindValue.label }
        let counterparts = counterpartsOverride ?? fields.counterparts(in: s, tokens: clause, from: i)
        let d = add(Draft(kind: kindValue, date: date, location: location, counterparts: counterparts, title: title,
                          sentence: s.sentence, anchor: s.t[i].start, status: status), heads: eventHeads(s, clause: clause))
        return d
    }

    /// "<event> was organised by the Ombudsman Office …", "<event> was held with the participation of …".
    mutating func passive(_ s: SentenceScan, at p: Int, end: Int) -> Int? {
        let clause = s.clauseTokens(of: p)
        // The agent after a cue such as "by" or "with the joint organization of".
        var agentFound = false
        var k = end
        while k < s.count, s.clause[k] == s.clause[p] || s.t[k].norm == "," {
            if let m = s.mention(at: k), counts(who(m)) {
                // Must come after an agent cue somewhere between the verb and the mention.
                if (end..<k).contains(where: { kinds.agentCues.matches(s.t, at: $0) }) || kinds.agentCues.matchEnding(in: s.t, at: end) != nil {
                    agentFound = true
                }
                break
            }
            if s.clause[k] != s.clause[p] { break }
            k += 1
        }
        guard agentFound else { return nil }
        if negated(s, before: p) { return nil }
        // The event: the first event noun before the verb in the clause.
        var kind: ActivityKind?
        var np: Int?
        for q in clause where q < p {
            if let n = kinds.nouns.longestMatch(in: s.t, at: q) { kind = n.value; np = q; break }
        }
        guard let kindValue = kind, let npStart = np else { return nil }
        var first = npStart
        while first > 0, s.clause[first - 1] == s.clause[p], s.t[first - 1].isWord, s.timeOf[first - 1] < 0,
              !["on", "in", "at", "during"].contains(s.t[first - 1].norm) { first -= 1 }
        if first < s.count, ["a", "an", "the"].contains(s.t[first].norm) { first += 1 }
        var status = ActivityStatus.done
        if cues.plan.matchEnding(in: s.t, at: p, lookback: 4) != nil { status = .planned }
        let date = lengthAdjusted(dateFor(s, trigger: p, clause: clause, pastTense: status == .done), s, clause: clause)
        if date?.isFuture == true { status = .planned }
        var location = fields.location(in: s, tokens: clause, near: p)
        var finalDate = date
        if let f = framingFrame(s, near: p), frames[f].draft == nil || frames[f].kind != kindValue {
            if finalDate == nil { finalDate = frames[f].date }
            if location == nil { location = frames[f].location }
        }
        let title = fields.title(in: s, from: first, tokens: clause.filter { $0 < p }, maxWords: 10)
        let counterparts = fields.counterparts(in: s, tokens: clause, from: p)
        return add(Draft(kind: kindValue, date: finalDate, location: location, counterparts: counterparts, title: title,
                         sentence: s.sentence, anchor: s.t[p].start, status: status), heads: eventHeads(s, clause: clause))
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
        var owner: Agent = .none
        while q < s.count, s.t[q].norm != "," {
            if noun == nil, let n = kinds.nouns.longestMatch(in: s.t, at: q) { noun = (q, n.value) }
            if noun == nil, let m = s.mention(at: q) {
                // "During her visit", "During Aliyeva's visit".
                let a = who(m)
                if m.range.upperBound < s.count, s.t[m.range.upperBound].norm == "'s" { owner = a }
            }
            if noun == nil, s.t[q].norm == "her" { owner = state.lastAgentIsSubject ? .subject : .other }
            q += 1
        }
        guard let n = noun, q < s.count else { return nil }
        // Her acting in the main clause: a mention followed by a verb.
        var mainAgent = owner
        if !counts(mainAgent) {
            var k = q
            while k < s.count {
                if let m = s.mention(at: k) {
                    let after = m.range.upperBound
                    if after < s.count, s.t[after].isWord, !s.t[after].isCapitalized, !cues.functionWords.contains(s.t[after].norm) || cues.adverbs.contains(s.t[after].norm) {
                        mainAgent = who(m)
                        break
                    }
                    k = after
                    continue
                }
                k += 1
            }
        }
        guard counts(mainAgent) else { return nil }
        let npTokens = Array(intro.end..<q)
        let definite = isAnaphoric(s, noun: n.at, limit: q)
        if definite, let f = latestFrame(head: s.t[n.at].norm) {
            if let d = frames[f].draft { return d }
            let draft = Draft(kind: frames[f].kind, date: frames[f].date, location: frames[f].location, counterparts: [],
                              title: fields.title(in: s, from: intro.end, tokens: npTokens, prefix: "Took part in"),
                              sentence: s.sentence, anchor: s.t[n.at].start, status: .done)
            let d = add(draft, heads: frames[f].heads)
            frames[f].draft = d
            return d
        }
        let all = Array(0..<s.count)
        var date = dateFor(s, trigger: n.at, clause: s.clauseTokens(of: n.at))
        var location = fields.location(in: s, tokens: npTokens)
        if let f = framingFrame(s, near: q) {
            if date == nil { date = frames[f].date }
            if location == nil { location = frames[f].location }
        }
        if location == nil { location = fields.location(in: s, tokens: all) }
        var first = intro.end
        if first < s.count, ["the", "a", "an", "her", "its"].contains(s.t[first].norm) { first += 1 }
        let title = fields.title(in: s, from: first, tokens: npTokens, maxWords: 10)
        let counterparts = fields.counterparts(in: s, tokens: npTokens, from: intro.end)
        return add(Draft(kind: n.kind, date: date, location: location, counterparts: counterparts, title: title,
                         sentence: s.sentence, anchor: s.t[n.at].start, status: (date?.isFuture ?? false) ? .planned : .done),
                   heads: eventHeads(s, clause: npTokens))
    }

    /// A sentence opening with a reference back to her event ("The meeting was held on 2 February
    /// at the Ombudsman's Office in Baku", "The visit took place last Thursday", "At the meeting,
    /// held on 2 February, …") gives the event the date and place it lacked. Returns whether the
    /// sentence was only such a detail (nothing else to read in it).
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
        guard q + 1 < s.count, ["the", "this", "that"].contains(s.t[q].norm) else { return false }
        var n = q + 1
        while n < min(s.count, q + 4), kinds.nouns.longestMatch(in: s.t, at: n) == nil { n += 1 }
        // "the meeting held on 2 February" is still the meeting told before.
        guard n < s.count, let noun = kinds.nouns.longestMatch(in: s.t, at: n),
              isAnaphoric(s, noun: n, limit: s.count) || (noun.end < s.count && ["held", "organized", "organised"].contains(s.t[noun.end].norm)
                                                           && isAnaphoric(s, noun: n, limit: noun.end)),
              let f = latestFrame(head: s.t[noun.end - 1].norm) ?? latestFrame(head: s.t[n].norm), let d = frames[f].draft else { return false }
        // Where the details are: a participle between commas (", held on 2 February in Baku,") or
        // the verb right after the noun phrase ("was held", "took place").
        var span: [Int] = []
        var verb = noun.end
        if verb + 1 < s.count, s.t[verb].norm == ",", ["held", "organized", "organised", "which", "that"].contains(s.t[verb + 1].norm) {
            var k = verb + 1
            while k < s.count, s.t[k].norm != "," { span.append(k); k += 1 }
            verb += 1
        } else if verb < s.count, ["held", "organized", "organised"].contains(s.t[verb].norm) {
            var k = verb
            while k < s.count, s.t[k].norm != "," { span.append(k); k += 1 }
            if !introduced { return false }
        } else if !introduced, verb < s.count, kinds.passives.matches(s.t, at: verb) || ["was", "lasted", "took"].contains(s.t[verb].norm) {
            span = s.clauseTokens(of: verb)
        } else {
            return false
        }
        applyDetails(s, span: span, to: d, near: verb)
        return !introduced && span.count > 0 && kinds.passives.matches(s.t, at: noun.end) || ["was", "lasted", "took"].contains(noun.end < s.count ? s.t[noun.end].norm : "")
    }

    mutating func applyDetails(_ s: SentenceScan, span: [Int], to d: Int, near verb: Int) {
        let inSpan = Set(span)
        if drafts[d].date == nil {
            for time in s.times where inSpan.contains(time.tokens.lowerBound) {
                if let sp = time.expr.span, let date = DateChoice(span: sp, published: article.published) {
                    drafts[d].date = date
                    if date.isFuture { drafts[d].status = .planned }
                    break
                }
            }
        }
        if drafts[d].location == nil, let place = fields.location(in: s, tokens: span, near: verb) { drafts[d].location = place }
    }

    // MARK: helpers

    mutating func add(_ draft: Draft, heads: Set<String>) -> Int {
        var draft = draft
        draft.order = order
        drafts.append(draft)
        var h = heads
        h.insert(draft.kind.rawValue)
        h.insert("event")
        h.formUnion(x.rules.kindHeads[draft.kind] ?? [])
        frames.append(EventFrame(kind: draft.kind, heads: h, date: draft.date, location: draft.location, draft: drafts.count - 1))
        return drafts.count - 1
    }

    /// "visited 120 institutions", "received more than 300 citizens": a tally, not an event.
    func aggregate(_ s: SentenceScan, object k: Int) -> Bool {
        guard k < s.count else { return false }
        if cues.aggregate.matches(s.t, at: k) { return true }
        if let n = Int(s.t[k].norm.filter { $0 != "," }), n >= 2, s.timeOf[k] < 0 { return true }
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
        let set = Set(clause)
        var k = start
        var steps = 0
        while k < s.count, set.contains(k), steps < 12 {
            let w = s.t[k].norm
            if w == "," || w == ";" { break }
            if cues.counterpartStops.matches(s.t, at: k), k > start, w != "on", w != "of" && w != "for" {
                if !(w == "in" || w == "at") || steps > 6 { break }
            }
            if kinds.nonEventObjects.contains(w), steps < 3 { return (nil, nil, true, k) }
            if let n = kinds.nouns.longestMatch(in: s.t, at: k) {
                var frame: Int?
                if isAnaphoric(s, noun: k, limit: s.count) { frame = latestFrame(head: s.t[k].norm) }
                return (n.value == .other && frame != nil ? nil : n.value, frame, false, k)
            }
            if w == "it" || w == "them", k == start, let f = frames.indices.last { return (nil, f, false, k) }
            k += 1
            steps += 1
        }
        return nil
    }

    /// "the event", "the conference", "this meeting": definite, without a name or complement of its own.
    func isAnaphoric(_ s: SentenceScan, noun q: Int, limit: Int) -> Bool {
        var j = q - 1
        var steps = 0
        while j >= 0, steps < 3 {
            let w = s.t[j].norm
            if w == "the" || w == "this" || w == "that" || w == "said" { break }
            if w == "a" || w == "an" || s.t[j].isCapitalized || !s.t[j].isWord || Int(w.prefix(1)) != nil { return false }
            j -= 1
            steps += 1
        }
        guard j >= 0, ["the", "this", "that", "said"].contains(s.t[j].norm) else { return false }
        let after = kinds.nouns.longestMatch(in: s.t, at: q)?.end ?? q + 1
        if after < min(limit, s.count) {
            let w = s.t[after].norm
            if ["on", "of", "with", "dedicated", "entitled", "titled", "organized", "organised", "held"].contains(w) { return false }
            if s.t[after].isCapitalized && s.t[after].isWord { return false }
        }
        return true
    }

    func latestFrame(head: String) -> Int? {
        for f in frames.indices.reversed() where frames[f].heads.contains(head) || head == "event" { return f }
        return nil
    }

    /// The frame named by a framing phrase in the sentence ("within the framework of the conference").
    func framingFrame(_ s: SentenceScan, near i: Int) -> Int? {
        var best: (distance: Int, frame: Int)?
        for k in 0..<s.count {
            guard let m = cues.framing.longestMatch(in: s.t, at: k) else { continue }
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
            if x.rules.detentionPlaces.contains(s.t[k].norm) { return true }
        }
        return false
    }

    func objectIsPerson(_ s: SentenceScan, from start: Int) -> Bool {
        var k = start
        while k < min(s.count, start + 6) {
            let tok = s.t[k]
            if ["award", "prize", "medal", "letter", "certificate", "complaint", "complaints", "appeal", "appeals", "information", "applications"].contains(tok.norm) { return false }
            if (tok.isCapitalized && tok.isWord) || cues.personTitles.contains(tok.norm) || s.mentionOf[k] >= 0 { return true }
            k += 1
        }
        return false
    }

    func agentPhrase(_ s: SentenceScan, before i: Int) -> String {
        var j = i - 1
        var picked: [Int] = []
        while j >= 0, s.t[j].norm != ",", s.timeOf[j] < 0 {
            picked.insert(j, at: 0)
            j -= 1
        }
        while let f = picked.first, ["the", "a", "an"].contains(s.t[f].norm) { picked.removeFirst() }
        return s.text(tokens: picked)
    }

    /// "since 2019", "for nearly 30 years": the clause sums up a span instead of telling an event.
    func history(_ s: SentenceScan, clause: [Int]) -> Bool {
        for k in clause where cues.history.matches(s.t, at: k) {
            if let e = cues.history.longestMatch(in: s.t, at: k)?.end, e < s.count, s.timeOf[e] >= 0 || Int(s.t[e].norm) != nil { return true }
        }
        return false
    }

    /// The date expression of the trigger's clause (nearest to it), or one opening the sentence.
    func dateFor(_ s: SentenceScan, trigger i: Int, clause: [Int], pastTense: Bool = false) -> DateChoice? {
        let c = s.clause[i]
        var best: (distance: Int, date: DateChoice)?
        for (k, time) in s.times.enumerated() {
            let first = time.tokens.lowerBound
            guard first < s.count, s.clause[first] == c || (first <= 1 && s.clause[first] == 0 && time.tokens.upperBound < s.count
                && s.t[time.tokens.upperBound].norm == ","), var span = time.expr.span else { continue }
            if first > 0, cues.history.matchEnding(in: s.t, at: first, lookback: 3) != nil { continue }
            // A bare weekday with a verb in the past tense is the last such day, not the next one
            // ("On Tuesday, she visited Vienna" in Monday's paper).
            if pastTense, let p = article.published, span.first > p, span.first == span.last, span.first.ordinal - p.ordinal < 7,
               time.tokens.allSatisfy({ k in Self.weekdays.contains(s.t[k].norm) || ["on", "this", "last"].contains(s.t[k].norm) }) {
                let back = span.first.adding(days: -7)
                span = DaySpan(first: back, last: back, granularity: .day)
            }
            guard let d = DateChoice(span: span, published: article.published) else { continue }
            _ = k
            // The finest date wins ("the report on 2022 … on April 4" is April 4), then the nearest.
            let rank: Int
            switch d.precision {
            case .day, .range: rank = 0
            case .week: rank = 1
            case .month: rank = 2
            case .year: rank = 4
            case .onOrBefore: rank = 5
            }
            let distance = rank * 10_000 + (s.clause[first] == c ? abs(first - i) : 1000)
            if distance < (best?.distance ?? Int.max) { best = (distance, d) }
        }
        return best?.date
    }

    /// "The two-day training ended on 27 October": 26–27 October; "opened on 26 October": the
    /// same. A day given for an event of several days stays a day unless the text says which end it is.
    func lengthAdjusted(_ date: DateChoice?, _ s: SentenceScan, clause: [Int]) -> DateChoice? {
        guard let date, date.precision == .day, let day = date.start else { return date }
        var days: Int?
        var ends = false, begins = false
        for k in clause {
            let w = s.t[k].norm
            if days == nil, w.hasSuffix("-day"), let n = Self.count(String(w.dropLast(4))), n > 1 { days = n }
            if cues.ended.matches(s.t, at: k) { ends = true }
            if cues.began.matches(s.t, at: k) { begins = true }
        }
        guard let n = days, ends != begins else { return date }
        let first = ends ? day.adding(days: -(n - 1)) : day
        let last = ends ? day : day.adding(days: n - 1)
        return DateChoice(span: DaySpan(first: first, last: last, granularity: .range), published: article.published)
    }

    static func count(_ word: String) -> Int? {
        if let n = Int(word) { return n }
        return ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10][word]
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "A day later", "two days later": a duration counted from the last dated activity.
    func daysLater(_ s: SentenceScan, clause: [Int]) -> DateChoice? {
        let set = Set(clause)
        for time in s.times where set.contains(time.tokens.lowerBound) && time.expr.type == .duration {
            let after = time.tokens.upperBound
            guard after < s.count, s.t[after].norm == "later" else { continue }
            let v = time.expr.value
            guard v.hasPrefix("P"), let unit = v.last, let n = Int(v.dropFirst().dropLast()) else { continue }
            let days: Int
            switch unit {
            case "D": days = n
            case "W": days = 7 * n
            default: continue
            }
            guard let base = lastDay else { continue }
            let day = base.adding(days: days)
            return DateChoice(span: DaySpan(first: day, last: day, granularity: .day), published: article.published)
        }
        return nil
    }

    /// Whether the clause has date expressions but none usable (all history or vague).
    func hasOnlyUnusableDates(_ s: SentenceScan, clause: [Int]) -> Bool {
        let c = clause.first.map { s.clause[$0] }
        let inClause = s.times.filter { $0.tokens.lowerBound < s.count && s.clause[$0.tokens.lowerBound] == c }
        guard !inClause.isEmpty else { return false }
        return inClause.allSatisfy { t in
            if let span = t.expr.span { return DateChoice(span: span, published: article.published) == nil }
            return false
        }
    }

    func eventHeads(_ s: SentenceScan, clause: [Int]) -> Set<String> {
        var heads: Set<String> = []
        for k in clause {
            if let n = kinds.nouns.longestMatch(in: s.t, at: k) {
                heads.insert(s.t[n.end - 1].norm)
                heads.insert(s.t[k].norm)
            }
        }
        return heads
    }

    /// Events told without her ("The 8th forum was held in Baku on 5 May."), for later references.
    mutating func noteEventFrames(_ s: SentenceScan) {
        guard !s.times.isEmpty else { return }
        for k in 0..<s.count {
            guard let n = kinds.nouns.longestMatch(in: s.t, at: k), n.value != .other || s.t[k].norm != "event" else { continue }
            if frames.contains(where: { $0.draft != nil && drafts[$0.draft!].sentence == s.sentence }) { return }
            let clause = s.clauseTokens(of: k)
            guard let date = dateFor(s, trigger: k, clause: clause) else { continue }
            frames.append(EventFrame(kind: n.value, heads: eventHeads(s, clause: clause), date: date,
                                     location: fields.location(in: s, tokens: clause), draft: nil))
            return
        }
    }

    // MARK: output

    func activities() -> [Activity] {
        var result: [Activity] = []
        for (n, d) in drafts.enumerated() where !toldAgain(n) {
            let date: DateChoice
            if let given = d.date { date = given } else if let p = article.published { date = DateChoice(before: p) } else { continue }
            let sentence = d.sentence
            let source = Source(file: article.fileName, published: article.published, outlet: article.outlet,
                                sentence: sentence.text, offset: sentence.range.lowerBound, length: sentence.range.count)
            result.append(Activity(id: ActivityID.make(file: article.fileName, anchor: d.anchor, kind: d.kind),
                                   start: date.start, end: date.end, precision: date.precision, kind: d.kind,
                                   title: d.title, location: d.location, counterparts: d.counterparts,
                                   sources: [source], status: d.status))
        }
        return result
    }
}

extension ArticleReading {
    /// An undated mention of an event the article also tells with a date (a headline, a summary
    /// paragraph): same kind, same or no place, similar words.
    func toldAgain(_ n: Int) -> Bool {
        let d = drafts[n]
        guard d.date == nil else { return false }
        let words = ActivityMerger.words(d.title)
        let people = Set(d.counterparts.map(ActivityMerger.key))
        return drafts.indices.contains { k in
            let other = drafts[k]
            // A dated telling, or an earlier undated one.
            guard k != n, other.date != nil || k < n, other.kind == d.kind, other.status == d.status,
                  d.location == nil || other.location == nil || other.location == d.location else { return false }
            if !people.isEmpty, !people.isDisjoint(with: other.counterparts.map(ActivityMerger.key)) { return true }
            let w = ActivityMerger.words(other.title)
            let union = w.union(words).count
            return union > 0 && Double(w.intersection(words).count) / Double(union) >= 0.5
        }
    }
}

/// Deterministic activity ids: a hash of the file name, the trigger's offset and the kind.
enum ActivityID {
    static func make(file: String, anchor: Int, kind: ActivityKind) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(file)|\(anchor)|\(kind.rawValue)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return "a" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
