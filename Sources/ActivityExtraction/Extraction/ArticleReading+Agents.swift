import NewsArticles
import TemporalTagging
import TimelineModel

/// Who performs a trigger: her, her office, someone else.
extension ArticleReading {
    // MARK: who acts

    /// The comma ending an opening that names her as the one acting along ("Together with Sabina
    /// Aliyeva, …", "Accompanied by the Ombudsman, …"), if the sentence has one.
    func companionOpening(_ s: SentenceScan) -> Int? {
        guard s.count > 4, let cue = cues.accompaniment.longestMatch(in: s.t, at: 0), cue.end >= 2 else { return nil }
        var k = cue.end
        if k < s.count, s.t[k].norm == "the" { k += 1 }
        guard let m = s.mention(at: k), counts(who(m, in: s)), m.range.upperBound < s.count,
              s.t[m.range.upperBound].norm == "," else { return nil }
        return m.range.upperBound
    }

    /// The agent of a verb at token `t`: the mention just before it, skipping adverbs, dates and
    /// parentheticals (", together with UNICEF,"), or the agent of the previous verb after "and".
    func agentBefore(_ t: Int, _ s: SentenceScan, previous: Agent?) -> Agent {
        var j = t - 1
        while j >= 0 {
            let w = s.t[j].norm
            if s.timeOf[j] >= 0 || cues.adverbs.contains(w) || cues.habitual.contains(w) || skipWords.contains(w) { j -= 1; continue }
            // The preposition of a date between the agent and the verb ("Aliyeva on 19 November held …").
            if ["on", "in", "at"].contains(w), j + 1 < t, s.timeOf[j + 1] >= 0 { j -= 1; continue }
            break
        }
        // "The visit opened in Ankara on Monday with a meeting with Turkey's Chief Ombudsman": her visit
        // told just before opens with her act.
        if t > 3, t < 12, opensVisit(s), (3..<t).contains(where: { s.t[$0].norm == "with" }),
           let v = drafts.last(where: { $0.kind == .visit }), v.status == .done, order - v.lastTold <= 2 { return .subject }
        // "Having visited the site on Sunday, Aliyeva said …": a perfect participle opening the sentence.
        let having = j == 0 && s.t[0].norm == "having"
        if having { j = -1 }
        guard j >= 0 else {
            // A participle opening the sentence belongs to the main clause's subject:
            // "Speaking at the conference, Aliyeva noted …".
            // So does her act named opening it: "In her address, Sabina Aliyeva spoke about …".
            guard t < s.count, s.t[t].norm.hasSuffix("ing") || having || opensWithHerAct(s, at: t), var comma = (t..<s.count).first(where: { s.t[$0].norm == "," }) else { return .none }
            // Past a clause describing the event: "Speaking at the meeting of the Board, which was held
            // in Tashkent on 10-11 September, Azerbaijan's Ombudsman Sabina Aliyeva called …".
            // (The clause may hold commas of its own: the one after which she is named ends it.)
            if comma + 1 < s.count, s.t[comma + 1].norm.isOne(of: "which", "held", "organised", "organized", "hosted", "that") {
                let commas = (comma + 1..<s.count).filter { s.t[$0].norm == "," }
                if let named = commas.first(where: { c in
                    var k = c + 1
                    while k < s.count, s.t[k].norm.isOne(of: "the", "a") { k += 1 }
                    if s.mention(at: k) != nil { return true }
                    guard let m = s.mentions.first(where: { $0.range.lowerBound > c }), m.range.lowerBound - c <= 8 else { return false }
                    return (c + 1..<m.range.lowerBound).allSatisfy { s.t[$0].isCapitalized || s.t[$0].norm.isOne(of: "'s", "of", "for", "the", "(", ")") }
                }) ?? commas.first { comma = named }
            }
            var k = comma + 1
            while k < s.count, s.t[k].norm.isOne(of: "the", "a") { k += 1 }
            if let m = s.mention(at: k) { return who(m, in: s) }
            // "Presenting her report on Tuesday, Azerbaijan's Commissioner Sabina Aliyeva said …".
            if let m = s.mentions.first(where: { $0.range.lowerBound > comma && $0.range.lowerBound - comma <= 8 }),
               (comma + 1..<m.range.lowerBound).allSatisfy({ s.t[$0].isCapitalized || s.t[$0].norm.isOne(of: "'s", "of", "for", "the") }) {
                return who(m, in: s)
            }
            return k < s.count && (s.t[k].isCapitalized || cues.personTitles.contains(s.t[k])) ? .other : .none
        }
        // "Together with Sabina Aliyeva, the Turkish guest visited …": she does it with the one acting.
        if let comma = companionOpening(s), comma < j, !(comma + 1..<t).contains(where: { cues.finiteVerbs.contains(s.t[$0]) }) {
            return .subject
        }
        if let m = s.mention(at: j) {
            // "the group, without the participation of the Ombudsman, visited …": hers is no part.
            if cues.absence.matchEnding(in: s.t, at: m.range.lowerBound, lookback: 6) != nil { return .other }
            let acting = who(m, in: s)
            // "Sabina Aliyeva and the Uzbek Ombudsman met …": the other is her partner in the act.
            if acting == .other, m.range.lowerBound > 0, let joint = jointPartner(s, from: m.range.lowerBound - 1) { return joint }
            return acting
        }
        // An adjunct between her and the verb: "Aliyeva on the first day of the visit has received …".
        if let m = s.mentions.last(where: { $0.range.upperBound < j && j - $0.range.upperBound <= 8 }),
           s.t[m.range.upperBound].norm.isOne(of: "on", "during", "at", "in", "within"),
           (m.range.upperBound...j).allSatisfy({ s.t[$0].isWord && s.mentionOf[$0] < 0 && !cues.finiteVerbs.contains(s.t[$0]) && !s.t[$0].norm.hasSuffix("ed") }) {
            return who(m, in: s)
        }
        let w = s.t[j].norm
        // ("during my meeting with …" in her words: her meeting.)
        if w == "i" || w == "my" { return firstPersonIsHers ? .subject : .other }
        // ("we visited", "our monitoring group" in her words: her office.)
        if w == "we" || w == "our" { return firstPersonIsHers ? .office : .other }
        // A possessor: "Aliyeva's participation in the forum", "her visit to Ganja".
        if w == "'s", let m = s.mention(at: j - 1) { return who(m, in: s) }
        if w == "her", x.profile.pronouns.contains("she") {
            return who(Mention(range: j..<j + 1, who: .pronoun), in: s)
        }
        if cues.relative.contains(w) { return j >= 1 ? npAgent(endingAt: s.t[j - 1].norm == "," ? j - 2 : j - 1, s) : .none }
        if w == "and" { return previous ?? coordinatedAgent(before: j, s) ?? listedAgent(before: j, s) ?? npAgent(endingAt: j - 1, s) }
        // "took part in the session, as well as met with …": "as well as" joins her verbs like "and".
        if w == "as", j >= 2, s.t[j - 1].norm == "well", s.t[j - 2].norm == "as", let p = previous { return p }
        if w == "," {
            var k = j - 1
            while k >= 0, s.t[k].norm != "," { k -= 1 }
            // (A comma of a list inside a relative clause — ", who received residents of Lankaran,
            // Astara and Lerik districts on 12 February, visited …" — is not the one opening it.)
            if k > 0, k + 1 < j, s.t[k - 1].isCapitalized, s.t[k + 1].isCapitalized, s.t[k + 1].isWord,
               let open = (0..<k).last(where: { c in s.t[c].norm == "," && c + 1 < s.count && cues.relative.contains(s.t[c + 1]) }),
               s.clause[open + 1] == s.clause[k] {
                k = open
            }
            guard k >= 0 else {
                if let q = listedVerb(s, from: 0, to: j, next: t) { return agentBefore(q, s, previous: previous) }
                // "Aliyeva, speaking at the event, noted": the mention before the only comma.
                if let m = s.mention(at: j - 1) { return who(m, in: s) }
                // "Aliyeva called for …, speaking at a conference": the participle is the main clause's subject's.
                if s.t[t].norm.hasSuffix("ing"), let m = mainSubject(s, before: j) { return who(m, in: s) }
                return .none
            }
            let inner = k + 1
            let parenthetical = inner < j && (cues.relative.contains(s.t[inner]) || cues.accompaniment.matches(s.t, at: inner)
                || s.t[inner].norm.isOne(of: "in", "on", "at", "during", "after", "following", "as", "while", "despite", "according", "within", "under",
                    "accompanied", "along", "together", "upon", "for", "later", "earlier", "afterwards", "subsequently", "then")
                // An apposition after her name: "Aliyeva, a former member of parliament who was elected in 2019, visited …".
                || (k >= 1 && s.mention(at: k - 1) != nil && s.t[inner].norm.isOne(of: "a", "an", "the", "who", "whose"))
                || (s.timeOf[inner] >= 0 && s.timeOf[j - 1] >= 0)
                // A participle aside: "the Commissioner, acting within the mandate of the National
                // Preventive Mechanism, went to …" (not a list: "officials, including Aliyeva, …").
                || (Self.isParticiple(s.t[inner].norm) && !s.t[inner].isCapitalized
                    && !s.t[inner].norm.isOne(of: "including", "excluding", "representing", "among"))
                // A date's apposition: "Aliyeva on 7 February, the day of the presidential election, visited …".
                || (k >= 1 && s.timeOf[k - 1] >= 0 && s.t[inner].norm.isOne(of: "the", "a")))
            // (An apposition that names her role makes the name before it hers: "Əliyeva, the Commissioner
            // for Human Rights, received …".)
            if parenthetical, let m = s.mention(at: j - 1), s.mention(at: k - 1) != nil, who(m, in: s) == .subject { return .subject }
            // "The delegates, accompanied by Ombudsman Sabina Aliyeva, visited Shusha": she goes with them.
            if parenthetical, cues.accompaniment.matches(s.t, at: inner),
               s.mentions.contains(where: { $0.range.lowerBound > inner && $0.range.upperBound <= j && who($0, in: s) == .subject }) { return .subject }
            if parenthetical { return agentBefore(k, s, previous: previous) }
            if let m = s.mention(at: j - 1) { return who(m) }
            if let q = listedVerb(s, from: inner, to: j, next: t) { return agentBefore(q, s, previous: previous) }
            if s.t[t].norm.hasSuffix("ing"), let m = mainSubject(s, before: j) { return who(m, in: s) }
            return .other
        }
        // "The Ombudsman and her staff visited …": she acts with her people.
        if j >= 3, s.t[j - 1].norm.isOne(of: "her", "his", "their") || (j >= 4 && s.t[j - 2].norm.isOne(of: "her", "his", "their")) {
            let and = s.t[j - 1].norm == "and" ? j - 1 : (s.t[j - 1].norm.isOne(of: "her", "his", "their") ? j - 2 : j - 3)
            if and >= 1, s.t[and].norm == "and", let m = s.mention(at: and - 1), who(m, in: s) == .subject { return .subject }
        }
        // "Ombudsman Sabina Aliyeva and the Minister of Justice visited …", "… and Chief Ombudsman of
        // Türkiye Mehmet Akarca met …": she acts jointly (the other's title may be a mention of its own).
        if let joint = jointPartner(s, from: j) { return joint }
        if let listed = listedAgent(before: j + 1, s) { return listed }
        if jointSubject(endingAt: j, s) { return .subject }
        // "the Commissioner Sabina Aliyeva together with the staff of our Office took part …": she acts,
        // with the people named after her (no comma, no verb between; the words between may be many:
        // "together with the heads of the diplomatic missions and the representatives of the
        // international organizations accredited in our country visited …").
        for m in s.mentions where m.range.upperBound <= j && j - m.range.upperBound < 24 && who(m, in: s) == .subject
            && cues.accompaniment.matches(s.t, at: m.range.upperBound) {
            if (m.range.upperBound...j).allSatisfy({ s.t[$0].isWord && !cues.finiteVerbs.contains(s.t[$0]) }) { return .subject }
        }
        // "The sides signed a memorandum", "the two heads of institutions signed …" told right after her
        // meeting: she and the one she met.
        if let d = drafts.last, d.kind == .meeting, d.status == .done, order - d.lastTold <= 4, s.sentence.paragraph - d.sentence.paragraph <= 2, j >= 1,
           ["sides", "parties"].contains(w) && s.t[j - 1].norm.isOne(of: "the", "both", "two")
            || ["heads", "institutions", "ombudsmen", "commissioners"].contains(w) && (max(0, j - 4)..<j).contains(where: { s.t[$0].norm.isOne(of: "two", "both") }) {
            return .subject
        }
        return npAgent(endingAt: j, s)
    }

    /// A list of acts: "received the Ambassador on Tuesday, inspected the institution on Wednesday, and
    /// gave a lecture …" — the first verb of an act in the part before the comma at `end`, whose agent
    /// the past verb at `next` shares.
    func listedVerb(_ s: SentenceScan, from start: Int, to end: Int, next: Int) -> Int? {
        guard next < s.count, !s.t[next].isCapitalized, !s.t[next].norm.hasSuffix("ing"),
              !cues.describingVerbs.contains(s.t[next]) else { return nil }
        let triggers = kinds.triggers
        for q in start..<end where s.mentionOf[q] < 0 && s.timeOf[q] < 0 && !s.t[q].isCapitalized {
            if triggers.longestMatch(in: s.t, at: q) != nil { return q }
        }
        return nil
    }

    /// She or her office first in a pair acting together, the other's name ending at `j`: "Ombudsman
    /// Sabina Aliyeva and the Minister of Justice visited …", "… and Chief Ombudsman of Türkiye Mehmet
    /// Akarca met …", "The Office of the Ombudsman and the UN Refugee Agency (UNHCR) held …" (the
    /// other's title may be a mention of its own).
    func jointPartner(_ s: SentenceScan, from j: Int) -> Agent? { jointAct(s, from: j)?.agent }

    /// ``jointPartner(_:from:)`` with the partner's tokens: "Sabina Aliyeva and the Chief Ombudsman of
    /// Türkiye met" from "Türkiye" back gives her and the tokens after "and".
    func jointAct(_ s: SentenceScan, from j: Int) -> (agent: Agent, partner: Range<Int>)? {
        var k = j
        while k > 0, s.mention(at: k).map({ $0.who == .other }) ?? true, s.t[k].isWord || s.t[k].norm.isOne(of: "(", ")", "'s", "’s"), s.timeOf[k] < 0,
              s.t[k].isCapitalized || s.t[k].norm.isOne(of: "the", "of", "for", "and", "(", ")", "'s", "’s") || cues.personTitles.contains(s.t[k])
                  // (Particles of names: "Maryam bint Abdullah Al Attiyah", "Ursula von der Leyen".)
                  || s.t[k].norm.isOne(of: "bint", "bin", "ibn", "al", "el", "von", "van", "der", "de", "da", "di", "la", "le") {
            if s.t[k].norm == "and", let m = s.mention(at: k - 1) {
                let acting = who(m, in: s)
                if acting == .subject || acting == .office { return (acting, k + 1..<j + 1) }
            }
            k -= 1
        }
        return nil
    }

    /// Her among several acting together: "Commissioner Sabina Aliyeva, the head of the city executive
    /// power and residents of the city took part …" — her mention first, then only names and commas.
    func listedAgent(before and: Int, _ s: SentenceScan) -> Agent? {
        guard let m = s.mentions.first(where: { $0.range.upperBound < and }), who(m, in: s) == .subject,
              m.range.upperBound < s.count, s.t[m.range.upperBound].norm == "," else { return nil }
        let between = m.range.upperBound..<and
        guard between.contains(where: { s.t[$0].norm == "and" }) || (and < s.count && s.t[and].norm == "and"),
              between.count <= 24, between.allSatisfy({ k in
                  s.timeOf[k] < 0 && !cues.looksFinite(s.t[k])
                      && !cues.relative.contains(s.t[k])
              })
        else { return nil }
        return .subject
    }

    /// The agent named after an event noun at `verb..<end`: its parties after "between" ("talks
    /// between Azerbaijan's Commissioner Sabina Aliyeva and …"), or the one it was "held by" ("the
    /// reception of citizens held by Ombudsman Sabina Aliyeva in Shamakhi on 3 May"); not in a
    /// retelling ("This was the first reception of citizens held by …").
    func agentAfter(_ s: SentenceScan, verb: Int, end: Int) -> Agent? {
        if s.t[end - 1].norm == "between",
           let party = s.mentions.first(where: { $0.range.lowerBound >= end && $0.range.lowerBound <= end + 3 }), counts(who(party, in: s)) {
            return who(party, in: s)
        }
        guard end + 2 < s.count, Self.heldBy.contains(s.t[end].norm), s.t[end + 1].norm == "by",
              !(max(0, verb - 3)..<verb).contains(where: { s.t[$0].norm.isOne(of: "was", "is", "were") }),
              let held = s.mentions.first(where: { $0.range.lowerBound >= end + 2 && $0.range.lowerBound <= end + 4 }) else { return nil }
        return who(held, in: s)
    }

    static let heldBy: Set<String> = ["held", "conducted", "organised", "organized", "chaired"]

    /// Her and others as the subject of a clause, the others named by common nouns: "On 2 April, the
    /// Ombudsman and heads of diplomatic missions visited Aghdam", "Aliyeva and the ambassadors
    /// toured the city". Her mention opens the clause (the sentence, or after a comma), so "met the
    /// Ombudsman and the ambassadors visited" is no such subject.
    func jointSubject(endingAt j: Int, _ s: SentenceScan) -> Bool {
        var q = j
        while q > 0, j - q < 10, s.t[q].isWord, s.timeOf[q] < 0, !cues.finiteVerbs.contains(s.t[q]), !cues.relative.contains(s.t[q]),
              s.mention(at: q).map({ $0.who == .other }) ?? true {
            if s.t[q].norm == "and", let m = s.mention(at: q - 1), m.range.upperBound == q, who(m, in: s) == .subject {
                var before = m.range.lowerBound - 1
                if before >= 0, s.t[before].norm == "the" { before -= 1 }
                return before < 0 || s.t[before].norm == "," || s.timeOf[before] >= 0
            }
            q -= 1
        }
        return false
    }

    /// The subject of the sentence's main clause before token `j`: the first mention followed by its
    /// verb or a date — whose act a trailing participle tells ("Aliyeva called for …, speaking at …").
    func mainSubject(_ s: SentenceScan, before j: Int) -> Mention? {
        s.mentions.first { m in
            let a = m.range.upperBound
            return a < j && (s.timeOf[a] >= 0 || (s.t[a].isWord && !s.t[a].isCapitalized && !cues.functionWords.contains(s.t[a])))
        }
    }

    /// The agent of a verb joined by "and" to an earlier verb that is no trigger: "she continued to
    /// Fuzuli and inspected …" — the mention right before that verb, with nothing but words between.
    func coordinatedAgent(before and: Int, _ s: SentenceScan) -> Agent? {
        var q = and - 1
        while q > 0, and - q <= 8, s.mentionOf[q] < 0, s.timeOf[q] < 0, s.t[q].isWord, !cues.clauseBreaks.contains(s.t[q]) {
            if let m = s.mention(at: q - 1), !s.t[q].isCapitalized { return who(m, in: s) }
            q -= 1
        }
        return nil
    }

    var skipWords: Set<String> { Self.skipWords }

    static let skipWords: Set<String> = ["will", "shall", "would", "is", "was", "expected", "to", "scheduled", "due", "set", "plans",
                                          "planning", "intends", "going", "not", "did", "never", "be", "has", "had", "also", "unable", "failed"]

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
        case .pronoun:
            if state.lastAgentIsSubject { return .subject }
            let noOtherWoman = state.lastOtherWomanSentence < state.lastSubjectSentence
            let recent = order - state.lastSubjectSentence <= 1 && noOtherWoman
            // ("… accompanied the guests to Shusha. The delegation toured the fortress. The next day she
            // went to Khankendi": only a group acted since her.)
            let onlyGroupsSince = order - state.lastSubjectSentence <= 3 && noOtherWoman && state.lastOtherPersonSentence < state.lastSubjectSentence
            return recent || onlyGroupsSince ? .subject : .other
        }
    }

    /// Like ``who(_:)``, but a pronoun after her own mention in the same sentence is hers
    /// ("Aliyeva visited Shaki, where she met …").
    func who(_ m: Mention, in s: SentenceScan) -> Agent {
        guard m.who == .pronoun else { return who(m) }
        for earlier in s.mentions.reversed() where earlier.range.upperBound <= m.range.lowerBound && earlier.who != .pronoun {
            if earlier.who == .subject { return .subject }
            // "Aliyeva took part in …, met with Nada Al-Nashif, and also she delivered a speech": "she"
            // opening a joined clause is the sentence's subject, not the one met.
            if Self.opensJoinedClause(s, at: m.range.lowerBound), let main = mainSubject(s, before: m.range.lowerBound),
               main.range != earlier.range, main.who == .subject { return .subject }
            return state.lastAgentIsSubject && earlier.who == .office ? .subject : .other
        }
        // "On Wednesday, Abdrakhmatova visited the facility, where she familiarised herself …": the
        // sentence's own subject, a name that is not hers, is who "she" is.
        let opening = s.t.first?.isWord == true ? 0 : 1
        for v in 0..<m.range.lowerBound where s.t[v].isWord && !s.t[v].isCapitalized && s.timeOf[v] < 0 {
            guard cues.finiteVerbs.contains(s.t[v]) || s.t[v].norm.hasSuffix("ed") else { continue }
            if v - 1 > opening, s.t[v - 1].isWord, s.t[v - 1].isCapitalized, s.mentionOf[v - 1] < 0, s.timeOf[v - 1] < 0,
               x.rules.places.match(in: s.t, at: v - 1) == nil { return .other }
            break
        }
        return who(m)
    }

    /// ", and (also) she …", ", as well as she …": token `k` opens a clause joined to the one before.
    static func opensJoinedClause(_ s: SentenceScan, at k: Int) -> Bool {
        var j = k - 1
        while j >= 0, s.t[j].norm.isOne(of: "also", "then", "later") { j -= 1 }
        guard j >= 1 else { return false }
        if s.t[j].norm == "and" { return s.t[j - 1].norm == "," }
        return j >= 2 && s.t[j].norm == "as" && s.t[j - 1].norm == "well" && s.t[j - 2].norm == "as"
    }

    /// Acting groups, that no "she" stands for.
    static let groups: Set<String> = ["delegation", "delegates", "members", "participants", "experts", "they", "guests", "group", "team"]

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
                if next < s.count, s.t[next].isWord && (!s.t[next].isCapitalized || next == 0) || s.t[next].norm == "," {
                    state.lastAgentIsSubject = a == .subject
                    if a != .subject { state.lastOtherPersonSentence = order }
                    return
                }
                i = next
                continue
            }
            let tok = s.t[i]
            if tok.isWord, !tok.isCapitalized, s.timeOf[i] < 0, cues.finiteVerbs.contains(tok.norm) || tok.norm.hasSuffix("ed") {
                // A verb before any person: "It was noted", "Information was given" — keep the last agent.
                // (A capital opening the sentence, or a quotation opening it — "'Civilians were killed,'
                // she said" — names no one.)
                let opening = s.t[0].isWord ? 0 : 1
                if i > 0, cues.personTitles.contains(s.t[i - 1]) || (s.t[i - 1].isCapitalized && i - 1 > opening) {
                    state.lastAgentIsSubject = false
                    if !Self.groups.contains(s.t[i - 1].norm) { state.lastOtherPersonSentence = order }
                }
                return
            }
            i += 1
        }
    }

}
