import NewsArticles

/// The tense around a date expression: whether a bare weekday or month lies behind or ahead.
extension TemporalTagger {
    /// Tense of the sentence around tokens `first..<end`: the nearest tense marker before the
    /// expression (back to the sentence start) wins; a few words after it are read only when
    /// nothing before it tells. Reporting verbs (said) count only when nothing else does.
    ///
    /// Words are told by their vocabulary ids and ``classes`` (no string hashing: this runs for
    /// every expression, over up to ~40 tokens each way).
    func tense(_ tokens: [Token], around first: Int, end: Int) -> Tense {
        let found = sentenceTense(tokens, around: first, end: end)
        // "Thursday's closing price", "Wednesday's ruling": with no verb to tell, a day named as
        // the owner of an event is one that has happened (also in reported speech: "said they would
        // look for ways to get around Wednesday's ruling").
        if found == .unknown || found == .future, end + 1 < tokens.count, tokens[end].word == ids.apostrophe,
           tokens[end + 1].word == ids.s, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore {
            if found == .unknown { return .past }
            // "would train on Monday before Tuesday's home match": an event that the future comes
            // before is ahead too.
            if first > 0, tokens[first - 1].text == "before"
                || first > 1 && tokens[first - 1].text == "of" && tokens[first - 2].text == "ahead" { return found }
            if sentenceTense(tokens, around: first, end: end, reportedFuture: false) == .unknown { return .past }
        }
        return found
    }

    private func sentenceTense(_ tokens: [Token], around first: Int, end: Int, reportedFuture: Bool = true) -> Tense {
        // A verb right next to the expression is its own ("said Friday", "met on Monday",
        // "Friday said"): it decides before any marker further away.
        var near = first - 1
        // Deadlines and ranges ("funds the government through Sept. 30", "closed until Monday",
        // "starting in July", "effective Oct. 1", "due Friday") lie ahead, unless the verb of their
        // clause is past ("earned $5 million in the nine months through Sept. 30"); after a past
        // verb, "until" takes the nearest day ("the talks went on until Tuesday").
        var lead = near
        if lead >= 1, tokens[lead].word == ids.on || tokens[lead].word == ids.in_, isIn(tokens, lead - 1, WordClass.forward) { lead -= 1 }
        if lead >= 0, isIn(tokens, lead, WordClass.forward) {
            let until = tokens[lead].word == ids.until || tokens[lead].word == ids.till
            // "postponed until Tuesday": ahead, whatever the tense.
            if until, lead > 0, isIn(tokens, lead - 1, WordClass.deferring) { return .future }
            // "effective Oct. 1", "due Friday": the word itself tells (but "had been due").
            if let e = evidence(tokens, lead, end: end, reportedFuture: reportedFuture), case .tense(let t) = e { return t }
            let clause = clauseTense(tokens, around: lead, end: end, reportedFuture: reportedFuture)
            var told = clause.tense
            // A phrase set off by commas ("The strike, starting Monday, crippled the city") takes
            // the sentence's verb; a clause of its own ("a bill that funds …") only its own.
            if told == nil, clause.start == .punctuation { told = wholeSentenceTense(tokens, around: lead, end: end, reportedFuture: reportedFuture) }
            if told == .past { return until ? .unknown : .past }
            return .future
        }
        // "as early as Tuesday", "as soon as Friday": the earliest moment something may happen.
        if near >= 2, tokens[near].word == ids.as_, isIn(tokens, near - 1, WordClass.soonest),
           tokens[near - 2].word == ids.as_ { return .future }
        // "announced in April that he would retire": the month of the announcement, not of what it told.
        if near >= 1, tokens[near].word == ids.in_, !isBoundary(tokens, near - 1), isIn(tokens, near - 1, WordClass.reporting) {
            return .reported
        }
        if near >= 0, tokens[near].word == ids.on { near -= 1 }
        if near >= 0, !isBoundary(tokens, near) {
            let word = tokens[near].word
            let wordClasses = classes(tokens, near)
            if wordClasses & WordClass.reporting != 0 { return .reported }
            if let m = marker(tokens, near), m == .past, !isPassiveParticiple(tokens, near, m) { return m }
            // "the embassy reopens on Monday": a schedule (not "failed to open Monday", "did not meet").
            if wordClasses & WordClass.schedule != 0, near == 0 || !isIn(tokens, near - 1, WordClass.verbLeader)
                && tokens[near - 1].word != ids.did && !isIn(tokens, near - 1, WordClass.determiner) { return .future }
            // "the law takes effect Oct. 1", "will go into effect on Monday", "the vote takes place
            // Sunday" (not "took effect", "went into effect", "took place").
            if word == ids.effect || word == ids.place, near >= 1 {
                let verb = tokens[near - 1].word == ids.into && near >= 2 ? near - 2 : near - 1
                if isIn(tokens, verb, WordClass.effectVerb) { return .future }
            }
        }
        if end < tokens.count, isIn(tokens, end, WordClass.reporting) { return .reported }
        if end < tokens.count, !isBoundary(tokens, end), let m = marker(tokens, end), m == .past,
           !isPassiveParticiple(tokens, end, m) { return m }
        // The verb of the expression's own clause decides ("He will fly to Moscow, and on Monday he
        // met the president"); the rest of the sentence only when the clause has none.
        let clause = clauseTense(tokens, around: first, end: end, reportedFuture: reportedFuture)
        if let t = clause.tense { return t }
        return wholeSentenceTense(tokens, around: first, end: end, reportedFuture: reportedFuture)
    }

    /// What word `i` tells of the tense around it.
    private enum Evidence { case tense(Tense), reporting, modal }

    private func evidence(_ tokens: [Token], _ i: Int, end: Int, reportedFuture: Bool = true, intent: Bool = true) -> Evidence? {
        let wordClasses = classes(tokens, i)
        if wordClasses & WordClass.neutral != 0 {
            // "said flights would leave from August 6": the future of reported speech (not
            // "would have left").
            if reportedFuture, wordClasses & WordClass.conditional != 0, i + 1 < tokens.count, tokens[i + 1].word != ids.have,
               isReportedSentence(tokens, around: i, end: end) { return .tense(.future) }
            return .modal
        }
        if wordClasses & WordClass.reporting != 0 {
            // "had been reported by Wednesday", "was announced": a participle, whose auxiliary tells.
            if i > 0, isIn(tokens, i - 1, WordClass.copula) || tokens[i - 1].word == ids.had
                || tokens[i - 1].word == ids.has || tokens[i - 1].word == ids.have { return nil }
            return .reporting
        }
        // "is to resume trading Tuesday": an arrangement ahead.
        if tokens[i].word == ids.to, i > 0, tokens[i - 1].word == ids.is_ || tokens[i - 1].word == ids.are { return .tense(.future) }
        // "were to meet in Bangkok Tuesday": a plan seen from the past — the nearest such day.
        if tokens[i].word == ids.to, i > 0, tokens[i - 1].word == ids.was || tokens[i - 1].word == ids.were { return .tense(.unknown) }
        guard let m = marker(tokens, i, intent: intent), !isPassiveParticiple(tokens, i, m) else { return nil }
        // "had been due to expire Friday", "had planned to vote Monday", "had been set for Wednesday":
        // a plan seen from the past, changed or called off before or after its day — no tense (the
        // nearest such day: "a rally that had been scheduled for Friday" in a Thursday story).
        if m == .future, i > 0, tokens[i - 1].word == ids.had
            || (i > 1 && tokens[i - 1].word == ids.been && tokens[i - 2].word == ids.had) { return .tense(.unknown) }
        return .tense(m)
    }

    /// A reporting verb in the sentence of word `i`: before it, or after the expression ending at `end`.
    private func isReportedSentence(_ tokens: [Token], around i: Int, end: Int) -> Bool {
        var k = i - 1, steps = 0
        while k >= 0 && steps < 40 && !isBoundary(tokens, k) {
            if isIn(tokens, k, WordClass.reporting) { return true }
            k -= 1; steps += 1
        }
        k = max(i + 1, end); steps = 0
        while k < tokens.count && steps < 40 && !isBoundary(tokens, k) {
            if isIn(tokens, k, WordClass.reporting) { return true }
            k += 1; steps += 1
        }
        return false
    }

    /// Words that open a clause of their own ("a bill that funds …", "when he arrived").
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "when", "while", "because",
                                             "although", "though", "whereas", "where", "but", "whether"]

    /// Marks that end a sentence (with "." where no abbreviation explains it).
    static let sentenceMarks: Set<String> = ["!", "?", ";"]

    /// ASCII marks that end a clause (with the curly quotes “ ”, and a spaced "-").
    static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "\""]

    /// A token that ends the clause around an expression: a sentence boundary, a comma, colon,
    /// semicolon, bracket or dash, or a word that opens a clause.
    private func isClauseBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        let wordClasses = classes(tokens, i)
        if tokens[i].kind == .punct {
            if wordClasses & WordClass.clauseMark != 0 { return true }
            let word = tokens[i].word
            if word == ids.hyphen { return tokens[i].spaceBefore }
            // A mark outside the vocabulary (the curly quotes): by its text.
            if word < 0 {
                switch tokens[i].text {
                case ",", ";", ":", "(", ")", "\"", "\u{201C}", "\u{201D}": return true
                case "-": return tokens[i].spaceBefore
                default: return isBoundary(tokens, i)
                }
            }
            return isBoundary(tokens, i)
        }
        // ("did not report it to the WHO until February": after a determiner, a name.)
        if wordClasses & WordClass.clauseOpener != 0, i > 0, isIn(tokens, i - 1, WordClass.determiner) { return isBoundary(tokens, i) }
        return wordClasses & WordClass.clauseOpener != 0 || isBoundary(tokens, i)
    }

    /// How the scan of a clause ended: at its start (the sentence's, a comma …), at a word
    /// opening the clause or a reporting verb, or not at all.
    enum ClauseStart { case punctuation, word }

    /// The tense the verb of the expression's own clause tells: the nearest marker back to the
    /// start of the clause (a comma, "that", "said" …), else the first one ahead before its end.
    private func clauseTense(_ tokens: [Token], around first: Int, end: Int, reportedFuture: Bool = true) -> (tense: Tense?, start: ClauseStart) {
        var start = ClauseStart.punctuation
        var back = first - 1
        var steps = 0
        while back >= 0 && steps < 20 {
            if isClauseBoundary(tokens, back) {
                if tokens[back].kind == .word { start = .word }
                break
            }
            if let e = evidence(tokens, back, end: end, reportedFuture: reportedFuture) {
                switch e {
                case .tense(let t): return (t, start)
                case .modal: return (.unknown, start)
                case .reporting: start = .word
                }
                if case .reporting = e { break }
            }
            back -= 1; steps += 1
        }
        switch evidenceAhead(tokens, from: end, inClause: true, reportedFuture: reportedFuture) {
        case .tense(let t)?: return (t, start)
        case .modal?: return (.unknown, start)
        case .reporting?, nil: return (nil, start)
        }
    }

    /// The tense of the whole sentence: the nearest marker before the expression (reporting verbs
    /// counting only when nothing else does), else the first one after it.
    private func wholeSentenceTense(_ tokens: [Token], around first: Int, end: Int, reportedFuture: Bool = true) -> Tense {
        var reported = false
        var back = first - 1
        var steps = 0
        // A reporting verb with no clause opened between it and the expression ("told her on Friday
        // that it would …", "said in a statement Friday that …"): the day of the telling, not of
        // what was told after it.
        var opened = false, direct = false
        while back >= 0 && steps < Self.backReach {
            if isBoundary(tokens, back) { break }
            if let e = evidence(tokens, back, end: end, reportedFuture: reportedFuture, intent: false) {
                switch e {
                case .modal: return .unknown
                case .reporting:
                    reported = true
                    if !opened { direct = true }
                case .tense(let t): return t
                }
            }
            if isIn(tokens, back, WordClass.clauseOpener) { opened = true }
            back -= 1; steps += 1
        }
        if direct { return .reported }
        switch evidenceAhead(tokens, from: end, inClause: false, reportedFuture: reportedFuture, intent: false) {
        case .modal?: return .unknown
        // "In September, it announced plans to …": the first verb after the expression is its own.
        case .reporting?: return .reported
        case .tense(let t)?: return t
        case nil: return reported ? .reported : .unknown
        }
    }

    /// The first word after the expression ending at `end` that tells something of the tense, up to
    /// the end of its clause (`inClause`) or of its sentence.
    private func evidenceAhead(_ tokens: [Token], from end: Int, inClause: Bool, reportedFuture: Bool, intent: Bool = true) -> Evidence? {
        var ahead = end
        var steps = 0
        while ahead < tokens.count && steps < Self.aheadReach {
            if inClause ? isClauseBoundary(tokens, ahead) : isBoundary(tokens, ahead) { break }
            if let e = evidence(tokens, ahead, end: end, reportedFuture: reportedFuture, intent: intent) { return e }
            ahead += 1; steps += 1
        }
        return nil
    }

    /// A verb at token `i`, right after "the day before" ("who the day before had inspected …", "the
    /// day after visited …"): the phrase is the verb's day, counted from the date told last.
    func startsVerb(_ tokens: [Token], _ i: Int) -> Bool {
        isIn(tokens, i, WordClass.verbStart) || Self.isPastForm(tokens[i].text)
    }

    /// Auxiliaries and adverbs that start a verb phrase (see `startsVerb`).
    static let verbStarts: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "did", "would", "will", "could", "also", "already"]

    /// A word of more than four letters ending in "ed" (a past form, if no other marker tells):
    /// the bytes rule most words out before the string is asked.
    @inline(__always)
    static func isPastForm(_ word: String) -> Bool {
        let u = word.utf8
        guard u.count > 4 else { return false }
        var k = u.index(before: u.endIndex)
        guard u[k] == UInt8(ascii: "d") else { return false }
        k = u.index(before: k)
        guard u[k] == UInt8(ascii: "e") else { return false }
        return word.count > 4 && word.hasSuffix("ed")
    }

    /// Subjects after which "the day before" reads as "the day before, she …" (a clause of its own).
    static let pronouns: Set<String> = ["i", "we", "you", "he", "she", "it", "they"]

    /// How many words after an expression the tense scan reads when nothing before it told
    /// ("In January, a week after the anniversary of the ruling, a bomb killed a guard").
    static let aheadReach = 40

    /// How many words before an expression the whole-sentence scan reads ("The report came hours
    /// before the House voted 263 to 171 to approve a $700 billion rescue of the financial system,
    /// reversing its rejection of an earlier version on Monday").
    static let backReach = 40

    /// Present forms of the verbs of "take effect", "go into effect", "come into effect", "take place".
    static let effectVerbs: Set<String> = ["take", "takes", "taking", "go", "goes", "going", "come", "comes", "coming"]

    static let verbLeaders: Set<String> = ["to", "will", "would", "could", "may", "might", "can", "should", "must", "ll", "not"]

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "whose", "any", "no"]

    /// "will be held", "is to be organised", "is heard": the participle after `be`, `is` or `are`
    /// carries no tense; neither
    /// does a marker word after a determiner ("the plan", "the reduced dividend").
    private func isPassiveParticiple(_ tokens: [Token], _ i: Int, _ tense: Tense) -> Bool {
        guard i > 0 else { return false }
        // After a determiner the word is a noun or an adjective: "the plan", "the reduced dividend"
        // ("the upcoming talks" still lie ahead); but after "that" a verb of the `PAST` list is a
        // verb ("the storm that began Saturday").
        if isIn(tokens, i - 1, WordClass.determiner) {
            if tense == .past, tokens[i - 1].word == ids.that, isIn(tokens, i, WordClass.past) { return false }
            return tokens[i].word != ids.upcoming
        }
        guard tense == .past else { return false }
        // "is heard in May", "are held": a present passive carries no past either.
        let before = tokens[i - 1].word
        return before == ids.be || before == ids.been || before == ids.being || before == ids.is_ || before == ids.are
    }

    /// The tense marker word `i` is, read in its context: a word of the class `NOUNVERB` ("plans",
    /// "forecasts") is a verb only before `to`/`that` or after a subject pronoun, a form of `be` or an
    /// adverb ("vacation plans", "analysts' forecasts" tell nothing); "as expected" and a
    /// causal "due to the storm" and an adjective ("the hastily planned trip") tell nothing either.
    private func marker(_ tokens: [Token], _ i: Int, intent: Bool = true) -> Tense? {
        let word = tokens[i].word
        let wordClasses = classes(tokens, i)
        // (-1 and class 0 where there is no next or previous word: the empty text is no word.)
        let next = i + 1 < tokens.count ? tokens[i + 1].word : -1
        let previous = i > 0 ? tokens[i - 1].word : -1
        let previousClasses = i > 0 ? classes(tokens, i - 1) : 0
        if wordClasses & WordClass.nounVerb != 0 {
            // ("told to plan for a second surge in the fall": the infinitive; not "according to plans".)
            guard next == ids.to || next == ids.that || previousClasses & (WordClass.pronoun | WordClass.verbHead) != 0
                    || previous == ids.to && tokens[i].text == "plan" else { return nil }
            return .future
        }
        // "The exhibition opens at the Louvre in September": a schedule told in the present.
        if wordClasses & WordClass.scheduled != 0, previousClasses & (WordClass.verbLeader | WordClass.determiner) == 0,
           previous != ids.did, previous != ids.does { return .future }
        // "agreed to hold talks in April", "pledged to meet in October": what was promised lies ahead.
        // (Outside the promise's own clause the verb is just past: "voted to approve the rescue,
        // reversing its rejection on Monday".)
        if next == ids.to, wordClasses & WordClass.intent != 0 { return intent ? .future : .past }
        // "set for Wednesday", "set to expire Nov. 6": a date fixed for what lies ahead; "set Oct. 6
        // as the sentencing date", "set Friday as the deadline": a date fixed, which may have come
        // already — no tense, the nearest one (not "set a record", "set up", "the high set on Aug. 6").
        if word == ids.set {
            guard i + 1 < tokens.count else { return nil }
            if next == ids.for_ || next == ids.to { return .future }
            return tokens[i + 1].kind == .number || tokens[i + 1].capitalized ? .unknown : nil
        }
        if word == ids.expected, previous == ids.as_ { return nil }
        // "canceled due to the storm", "due largely to costs": a cause, not a schedule
        // ("the vote is due to take place" is one).
        if word == ids.due, next == ids.to || (i + 1 < tokens.count && tokens[i + 1].text.hasSuffix("ly")),
           previousClasses & WordClass.copula == 0 { return nil }
        // "the hastily planned trip": an adjective.
        if word == ids.planned, i > 0, tokens[i - 1].text.hasSuffix("ly") { return nil }
        if wordClasses & WordClass.future != 0 { return .future }
        // "won't" (will not) is no past "won".
        if wordClasses & WordClass.past != 0, i + 2 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 2].text == "t",
           tokens[i].text == "won" { return .future }
        if wordClasses & WordClass.past != 0 { return .past }
        if Self.isPastForm(tokens[i].text) {
            // "a youth-focused panel", "a Baku-based group": a compound adjective, no verb.
            if i >= 2, tokens[i - 1].text == "-", !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore { return nil }
            return .past
        }
        return nil
    }

    /// Forms of `be`: before a participle they make it a passive or a plan.
    static let copulas: Set<String> = ["is", "are", "am", "was", "were", "be", "been", "being"]

    /// Words before which a noun-like marker ("plans") is a verb: forms of `be`, adverbs, relatives.
    static let verbHeads: Set<String> = copulas.union(["also", "still", "now", "already", "reportedly", "who", "which", "that", "not"])

    /// Adverbs between "had" and its participle ("had already visited").
    static let perfectAdverbs: Set<String> = ["already", "earlier", "previously", "also", "just", "recently", "first"]

    /// Whether the expression starting at `first` sits in a clause told in the past perfect ("the
    /// Nakhchivan Ombudsman had visited the prison on 2 October"): a look back, after which the
    /// story's own day goes on ("Later that day, …" is not 2 October).
    func isFlashback(_ tokens: [Token], before first: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 14 {
            // (A hyphen stays inside a name: "the Closed-type Penitentiary Institution".)
            if tokens[k].kind == .punct, tokens[k].text != "-" { return false }
            if tokens[k].text == "had", k + 1 < first {
                var v = k + 1
                while v < first, Self.perfectAdverbs.contains(tokens[v].text) { v += 1 }
                return v < first && (tokens[v].text.hasSuffix("ed") || isIn(tokens, v, WordClass.past)) && tokens[v].text != "had"
            }
            k -= 1
        }
        return false
    }

    /// Whether the year at tokens `first..<last` names a period rather than a time the story is at:
    /// "a plan for 2022" or either year of "2022-2023".
    func isPeriodYear(_ tokens: [Token], first: Int, last: Int) -> Bool {
        if first > 0, tokens[first - 1].text == "for" { return true }
        let dashes: Set<String> = ["-", "–"]
        if first > 1, dashes.contains(tokens[first - 1].text), tokens[first - 2].kind == .number { return true }
        return last + 1 < tokens.count && dashes.contains(tokens[last].text) && tokens[last + 1].kind == .number
    }

    func isBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        if tokens[i].lineBreakBefore && i > 0 && tokens[i - 1].kind == .punct { return true }
        guard tokens[i].kind == .punct else { return false }
        let word = tokens[i].word
        if classes[Int(word) + 1] & WordClass.sentenceMark != 0 { return true }
        guard word == ids.fullStop else { return false }
        if i > 0, isIn(tokens, i - 1, WordClass.abbreviation) { return false }
        // "p.m.", "U.S.": after a dotted abbreviation only a capital starts a new sentence
        // ("at 11:30 p.m. on Saturday" is one).
        if i >= 2, tokens[i - 1].kind == .word, tokens[i - 1].length == 1, tokens[i - 2].word == ids.fullStop,
           i + 1 < tokens.count, !tokens[i + 1].capitalized { return false }
        return i + 1 >= tokens.count || tokens[i + 1].spaceBefore
    }
}
