import NewsArticles

/// Finds and normalises temporal expressions (TimeML TIMEX3) in English news text.
///
/// The rules and word lists live in `Resources/` (`lexicon.txt`, `rules/*.rules`) and are
/// compiled once; tagging tokenizes the text once and tries, at each token that can start an
/// expression, only the rules indexed under it — linear in the length of the text.
///
/// ```swift
/// let tagger = TemporalTagger.shared
/// for e in tagger.tag(text, reference: article.published) { print(e.text, e.value) }
/// ```
public final class TemporalTagger: Sendable {
    /// The tagger with the rules shipped in Resources/, compiled once.
    public static let shared = TemporalTagger()

    public let book: RuleBook
    static let danglingWords: Set<String> = [",", "-", "of", "and", "to", "the", "/"]
    /// Why the bundled rules could not be read, if they could not (then nothing is tagged).
    public let loadError: String?
    private let futureWords: Set<String>
    private let pastWords: Set<String>
    private let reportingWords: Set<String>
    private let neutralWords: Set<String>
    private let contextWords: Set<String>
    private let listWords: Set<String>
    private let boundaryWords: Set<String>
    private let modifierPhrases: [[String]]
    private let frames: [[String]]
    private let postModifiers: [[String]]
    /// Verbs that push a deadline ahead ("postponed until Tuesday").
    private let deferWords: Set<String>
    /// "as early as Tuesday", "as soon as Friday": the day lies ahead.
    private let soonestWords: Set<String>
    /// Present-tense verbs of schedules ("talks resume Monday"): the day lies ahead.
    private let scheduleWords: Set<String>
    /// Future markers that are nouns too ("plans"): markers only where they read as verbs.
    private let nounVerbWords: Set<String>
    /// "would", "could": after a reporting verb, the future of reported speech.
    private let conditionalWords: Set<String>
    /// Words before a deadline or the start of a range ("through", "until", "starting").
    private let forwardWords: Set<String>
    /// Past verbs of promises ("agreed", "pledged"): before "to", what they promise lies ahead.
    private let intentWords: Set<String>
    /// Present-tense verbs of schedules that are seldom nouns ("opens"): ahead anywhere in the clause.
    private let scheduledWords: Set<String>
    /// Per vocabulary id + 1 (so that -1, a word outside the vocabulary, reads 0): the ``WordClass``
    /// bits of the word. The tense scans test these instead of hashing the token's text; every word
    /// of every class is in the vocabulary (``fixedWords``, the lexicon), so a token is in a class
    /// exactly when its text is in the class's set.
    let classes: [UInt32]
    /// Vocabulary ids of the words the tense scans compare tokens with.
    let ids: WordIDs

    public convenience init() {
        do {
            self.init(book: try RuleBook.bundled(), loadError: nil)
        } catch {
            self.init(book: try! RuleBook(lexicon: Lexicon(parsing: "", file: "-"), ruleFiles: []), loadError: "\(error)")
        }
    }

    /// A tagger over the given rules (tests, experiments).
    public convenience init(book: RuleBook) {
        self.init(book: book, loadError: nil)
    }

    private init(book: RuleBook, loadError: String?) {
        self.book = book
        self.loadError = loadError
        futureWords = book.lexicon.words(in: "FUTURE")
        pastWords = book.lexicon.words(in: "PAST")
        reportingWords = book.lexicon.words(in: "REPORTING")
        neutralWords = book.lexicon.words(in: "MODAL")
        deferWords = book.lexicon.words(in: "DEFER")
        soonestWords = book.lexicon.words(in: "SOONEST")
        scheduleWords = book.lexicon.words(in: "SCHEDULE")
        nounVerbWords = book.lexicon.words(in: "NOUNVERB")
        conditionalWords = book.lexicon.words(in: "CONDITIONAL")
        forwardWords = book.lexicon.words(in: "FORWARD")
        intentWords = book.lexicon.words(in: "INTENT")
        scheduledWords = book.lexicon.words(in: "SCHEDULED")
        contextWords = book.lexicon.words(in: "MONTHCTX")
        listWords = book.lexicon.words(in: "LISTCTX")
        boundaryWords = book.lexicon.words(in: "ABBREV")
        modifierPhrases = book.lexicon.phrases(in: "MOD")
        frames = book.lexicon.phrases(in: "FRAME")
        postModifiers = book.lexicon.phrases(in: "POSTMOD")
        var classes = Array(repeating: UInt32(0), count: book.vocabulary.count + 1)
        func mark(_ words: Set<String>, _ bit: UInt32) {
            for w in words {
                guard let id = book.vocabulary[w] else { preconditionFailure("'\(w)' is not in the vocabulary") }
                classes[Int(id) + 1] |= bit
            }
        }
        mark(futureWords, WordClass.future)
        mark(pastWords, WordClass.past)
        mark(reportingWords, WordClass.reporting)
        mark(neutralWords, WordClass.neutral)
        mark(deferWords, WordClass.deferring)
        mark(soonestWords, WordClass.soonest)
        mark(scheduleWords, WordClass.schedule)
        mark(nounVerbWords, WordClass.nounVerb)
        mark(conditionalWords, WordClass.conditional)
        mark(forwardWords, WordClass.forward)
        mark(intentWords, WordClass.intent)
        mark(scheduledWords, WordClass.scheduled)
        mark(contextWords, WordClass.context)
        mark(listWords, WordClass.list)
        mark(boundaryWords, WordClass.abbreviation)
        mark(Self.danglingWords, WordClass.dangling)
        mark(Self.clauseOpeners, WordClass.clauseOpener)
        mark(Self.copulas, WordClass.copula)
        mark(Self.verbHeads, WordClass.verbHead)
        mark(Self.verbLeaders, WordClass.verbLeader)
        mark(Self.determiners, WordClass.determiner)
        mark(Self.pronouns, WordClass.pronoun)
        mark(Self.effectVerbs, WordClass.effectVerb)
        mark(Self.verbStarts, WordClass.verbStart)
        mark(Self.sentenceMarks, WordClass.sentenceMark)
        mark(Self.clauseMarks, WordClass.clauseMark)
        // The curly quotes end a clause too; outside the vocabulary (so that it stays ASCII, see
        // ``WordTable``) they are told by their text.
        for quote in ["\u{201C}", "\u{201D}"] {
            if let id = book.vocabulary[quote] { classes[Int(id) + 1] |= WordClass.clauseMark }
        }
        self.classes = classes
        ids = WordIDs(book.vocabulary)
    }

    /// Bits of ``classes``: one per word list the tagger reads.
    enum WordClass {
        static let future: UInt32 = 1 << 0, past: UInt32 = 1 << 1, reporting: UInt32 = 1 << 2, neutral: UInt32 = 1 << 3
        static let deferring: UInt32 = 1 << 4, soonest: UInt32 = 1 << 5, schedule: UInt32 = 1 << 6, nounVerb: UInt32 = 1 << 7
        static let conditional: UInt32 = 1 << 8, forward: UInt32 = 1 << 9, intent: UInt32 = 1 << 10, scheduled: UInt32 = 1 << 11
        static let context: UInt32 = 1 << 12, list: UInt32 = 1 << 13, abbreviation: UInt32 = 1 << 14, dangling: UInt32 = 1 << 15
        static let clauseOpener: UInt32 = 1 << 16, copula: UInt32 = 1 << 17, verbHead: UInt32 = 1 << 18, verbLeader: UInt32 = 1 << 19
        static let determiner: UInt32 = 1 << 20, pronoun: UInt32 = 1 << 21, effectVerb: UInt32 = 1 << 22, verbStart: UInt32 = 1 << 23
        /// "!", "?", ";": the end of a sentence.
        static let sentenceMark: UInt32 = 1 << 24
        /// ",", ";", ":", "(", ")", "\"": the end of a clause (the curly quotes are outside the ASCII vocabulary).
        static let clauseMark: UInt32 = 1 << 25
    }

    /// Vocabulary ids of single words and marks the tagger compares tokens with.
    struct WordIDs {
        let on, in_, until, till, as_, to, that, is_, are, be, been, being, had, have, did, does: Int32
        let expected, due, planned, upcoming, effect, place, into, apostrophe, s, fullStop, hyphen, set, for_: Int32
        let was, were, has: Int32
        init(_ vocabulary: [String: Int32]) {
            func id(_ w: String) -> Int32 {
                guard let id = vocabulary[w] else { preconditionFailure("'\(w)' is not in the vocabulary") }
                return id
            }
            on = id("on"); in_ = id("in"); until = id("until"); till = id("till"); as_ = id("as"); to = id("to")
            that = id("that"); is_ = id("is"); are = id("are"); be = id("be"); been = id("been"); being = id("being")
            had = id("had"); have = id("have"); did = id("did"); does = id("does"); expected = id("expected")
            due = id("due"); planned = id("planned"); upcoming = id("upcoming"); effect = id("effect")
            place = id("place"); into = id("into"); apostrophe = id("'"); s = id("s"); fullStop = id(".")
            hyphen = id("-"); set = id("set"); for_ = id("for")
            was = id("was"); were = id("were"); has = id("has")
        }
    }

    /// Words and marks the tagger's own lists name (beside the lexicon's): the rule book puts them
    /// in its vocabulary, so that tokens carry their ids.
    static var fixedWords: Set<String> {
        danglingWords.union(clauseOpeners).union(copulas).union(verbHeads).union(verbLeaders).union(determiners)
            .union(pronouns).union(effectVerbs).union(verbStarts).union(sentenceMarks).union(clauseMarks)
            .union(["on", "in", "until", "till", "as", "to", "that", "is", "are", "be", "been", "being", "had", "have",
                    "did", "does", "expected", "due", "planned", "upcoming", "effect", "place", "into", "'", "s", ".", "-",
                    "set", "for", "was", "were", "has"])
    }

    /// The word classes of token `i` (0 for a word outside the vocabulary, and for numbers).
    @inline(__always)
    func classes(_ tokens: [Token], _ i: Int) -> UInt32 {
        classes[Int(tokens[i].word) + 1]
    }

    /// Token `i` is in one of the classes of `mask`.
    @inline(__always)
    func isIn(_ tokens: [Token], _ i: Int, _ mask: UInt32) -> Bool {
        classes[Int(tokens[i].word) + 1] & mask != 0
    }

    /// Every temporal expression in `text`, in text order, resolved against `reference`
    /// (the publication date) and, for anaphoric expressions, the last date resolved before them.
    public func tag(_ text: String, reference: CalendarDay?) -> [TimeExpression] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { scalars.append(s) }
        return tag(scalars: scalars, reference: reference)
    }

    /// The same over a text already split into Unicode scalars (offsets index this array).
    public func tag(scalars: [Unicode.Scalar], reference: CalendarDay?) -> [TimeExpression] {
        let tokens = Tokenizer.tokenize(scalars, words: book.compiled.words)
        let reference = datelineDay(tokens, reference: reference) ?? reference
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            book.compiled.atoms.withUnsafeBufferPointer { atoms in
                book.compiled.elements.withUnsafeBufferPointer { elements in
                    book.wordMasks.withUnsafeBufferPointer { masks in
                        var matcher = PatternMatcher(book: book, tokens: tokenBuffer, atoms: atoms, elements: elements, masks: masks)
                        return scan(scalars: scalars, tokens: tokens, matcher: &matcher, reference: reference)
                    }
                }
            }
        }
    }

    /// "MINEOLA, L.I., June 6 -- County officials failed again today …": a dateline one or two days
    /// before the publication date (copy filed the day before it was printed) is the day the story
    /// is told from — its "today", "tonight" and "Friday" count from there.
    func datelineDay(_ tokens: [Token], reference: CalendarDay?) -> CalendarDay? {
        guard let ref = reference, tokens.count > 5, tokens[0].kind == .word, tokens[0].capitalized else { return nil }
        var k = 1
        while k < min(tokens.count - 3, 16) {
            let t = tokens[k]
            if t.kind == .word, t.capitalized, let month = book.lexicon.entry(t.text, in: "MONTH").flatMap({ Int($0.value.filter(\.isNumber)) }) {
                var n = k + 1
                if tokens[n].text == "." { n += 1 }
                guard n + 1 < tokens.count, tokens[n].kind == .number, let d = tokens[n].number,
                      tokens[n + 1].text == "-" || tokens[n + 1].text == "_" else { return nil }
                guard let day = CalendarDay(year: month > ref.month ? ref.year - 1 : ref.year, month: month, day: d) else { return nil }
                return (1...2).contains(ref.ordinal - day.ordinal) ? day : nil
            }
            // The place: capitalised words, commas and abbreviation stops ("MINEOLA, L.I.,").
            guard t.kind == .word && t.capitalized || t.text == "," || t.text == "." else { return nil }
            k += 1
        }
        return nil
    }

    /// The value of the expression found last, if it is a length of months ("the nine months")
    /// ending at most 40 tokens before token `i`.
    private func recentLength(_ found: [TimeExpression], tokens: [Token], before i: Int) -> String? {
        guard let e = found.last, e.type == .duration, e.value.hasPrefix("P"), e.value.hasSuffix("M"),
              !e.value.contains("T"), i > 0, tokens[max(0, i - 40)].start <= e.end else { return nil }
        return e.value
    }

    /// The value of the expression found last (ending at token `from`), if it is a length of several
    /// months (not a quarter's three) named earlier in the same sentence: "For the nine months, net
    /// rose … from $4 million a year earlier" compares with the year before, not with a quarter.
    private func sentenceLength(_ found: [TimeExpression], tokens: [Token], from: Int, before i: Int) -> String? {
        guard let e = found.last, e.type == .duration, e.value.hasSuffix("M"), !e.value.contains("T"),
              let n = Int(e.value.dropFirst().dropLast()), (4...11).contains(n),
              inSameSentence(tokens, from: from, to: i) else { return nil }
        return e.value
    }

    /// How far (in tokens) a quarter named in the text stays the subject of comparisons.
    static let topicReach = 600

    /// The hour of a time value: `1998-07-12T23:00` → 23, `…TNI` → 21 (a night), `…TMO` → 8.
    static func hour(ofTime value: String) -> Int? {
        guard let t = value.firstIndex(of: "T") else { return nil }
        let rest = value[value.index(after: t)...]
        switch rest.prefix(2) {
        case "MO": return 8
        case "MI": return 12
        case "AF": return 14
        case "EV": return 19
        case "NI": return 21
        case "DT": return 12
        default: return Int(rest.prefix(2))
        }
    }

    /// The day of a TIME value with a calendar date ("2025-07-20TEV", "2025-07-20T10:00").
    static func day(ofTime value: String) -> DaySpan? {
        let parts = value.prefix(10).split(separator: "-")
        guard value.count > 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let day = CalendarDay(year: y, month: m, day: d) else { return nil }
        return DaySpan(first: day, last: day, granularity: .day)
    }

    /// The text of `scalars[range]`, appended one scalar at a time (the generic `append(contentsOf:)`
    /// of a slice is not specialised and costs far more).
    static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var text = ""
        var k = range.lowerBound
        while k < range.upperBound {
            text.unicodeScalars.append(scalars[k])
            k += 1
        }
        return text
    }

    /// `P1Y`, `PXM`, `PT2H`: a duration value (not `PAST_REF`).
    static func isDurationValue(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard u.count >= 3, u[0] == UInt8(ascii: "P") else { return false }
        let c = u[1]
        return (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "X") || c == UInt8(ascii: "T")
    }

    private func scan(scalars: [Unicode.Scalar], tokens: [Token], matcher: inout PatternMatcher,
                      reference: CalendarDay?) -> [TimeExpression] {
        var found: [TimeExpression] = []
        // Periods named without their dates ("the quarter", "the week"), which a following
        // "ended Sept. 30" may pin down.
        var openPeriods: [Int] = []
        var anchor: CalendarDay? = nil
        var anchorGranularity: DaySpan.Granularity? = nil
        // The last period named (a quarter, a month …) and the token where it ended, for
        // comparisons in the same sentence ("in the third quarter, up from a year earlier").
        var period: (span: DaySpan, token: Int)? = nil
        // The last quarter named, for comparisons in later sentences of a report on that quarter.
        var topic: (span: DaySpan, token: Int)? = nil
        // Dates said inside a quotation count there, but the story's own day comes back after it.
        var quotes = QuoteTracker()
        var narrative: (anchor: CalendarDay?, granularity: DaySpan.Granularity?) = (nil, nil)
        // The day named last by a date or a time of day, for clock times alone.
        var clockDay: CalendarDay? = nil
        // The hour of the clock time or part of the day that named `clockDay` ("11 p.m. Sunday": 23).
        var clockHour: Int? = nil
        // The day named last that is not after the publication date, for clock times told as past.
        var pastDay: CalendarDay? = nil
        var pastHour: Int? = nil
        // The date named last, inside a quotation or not: what "that year" points back to.
        var named: (anchor: CalendarDay?, granularity: DaySpan.Granularity?) = (nil, nil)
        // The token where the expression found last ended.
        var lastFoundToken = 0
        var i = 0
        var lastEnd = 0
        while i < tokens.count {
            // (Fields read in place: copying a Token would retain its text.)
            let kind = tokens[i].kind, word = tokens[i].word
            let crossed = quotes.advance(to: i, in: tokens)
            if crossed.entered { narrative = (anchor, anchorGranularity) }
            if crossed.left { (anchor, anchorGranularity) = narrative }
            let candidates: [Int]
            if kind == .number { candidates = book.numberCandidates }
            else if word >= 0 { candidates = book.wordCandidates[Int(word)] }
            else { i += 1; continue }
            if candidates.isEmpty { i += 1; continue }
            if kind != .number, matcher.usesLookahead, !book.startFilter.mayStart(word: Int(word), next: i + 1, in: tokens, masks: book.wordMasks) {
                i += 1
                continue
            }
            // The tail of a larger number ("000" of "2,000", "5" of "1.5") starts nothing.
            if kind == .number, !tokens[i].spaceBefore, i >= 2, tokens[i - 1].text == "," || tokens[i - 1].text == ".",
               !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number { i += 1; continue }
            var matches: [RuleMatch] = []
            for r in candidates {
                if var m = matcher.match(rule: r, at: i) {
                    // Optional connectors left dangling at the end ("October 10," without a year).
                    while m.end - 1 > i, isIn(tokens, m.end - 1, WordClass.dangling) { m.end -= 1 }
                    // Never stop inside a hyphenated word ("the year" of "the year-earlier level"),
                    // unless a month follows ("the October-December quarter": two months).
                    if m.end + 1 < tokens.count, tokens[m.end].text == "-", !tokens[m.end].spaceBefore,
                       !tokens[m.end + 1].spaceBefore, tokens[m.end + 1].kind == .word, tokens[m.end - 1].kind == .word,
                       !(tokens[m.end + 1].capitalized && (book.lexicon.entry(tokens[m.end + 1].text, in: "MONTH") != nil
                           || book.lexicon.entry(tokens[m.end + 1].text, in: "WEEKDAY") != nil)) { continue }
                    // A number with decimals ("closed at 2082.1") is no year or day.
                    if tokens[m.end - 1].kind == .number, m.end + 1 < tokens.count, tokens[m.end].text == ".",
                       !tokens[m.end].spaceBefore, !tokens[m.end + 1].spaceBefore, tokens[m.end + 1].kind == .number { continue }
                    // A rate ("$2 million a year", "four flights a week") is not annotated.
                    if book.rules[r].type == .duration, m.end - i == 2, tokens[i].text == "a" || tokens[i].text == "an",
                       isAmount(tokens, before: i) { continue }
                    // "expected to last several months": after `to` or a modal, `last` is the verb.
                    if tokens[i].text == "last", i > 0, isIn(tokens, i - 1, WordClass.verbLeader) { continue }
                    // "the day before authorities issued a warrant", "later in the day before returning":
                    // a day told by the event after it, not counted from the date told last; "a day before
                    // the celebrations": the length before the event (a DURATION; "before" is a signal).
                    if book.rules[r].action == "anchor" || book.rules[r].action == "comparative",
                       tokens[i].text == "the" || tokens[i].text == "a" || tokens[i].text == "one",
                       m.end < tokens.count,
                       tokens[m.end - 1].text == "before" || tokens[m.end - 1].text == "after",
                       tokens[m.end].kind == .word, !isIn(tokens, m.end, WordClass.list | WordClass.pronoun),
                       !startsVerb(tokens, m.end) { continue }
                    // "the day before last Tuesday": a final `last` that can start an expression belongs to it.
                    if tokens[m.end - 1].text == "last", m.end < tokens.count, tokens[m.end].word >= 0,
                       !book.wordCandidates[Int(tokens[m.end].word)].isEmpty { continue }
                    // An age ("52 years old") is not annotated as a duration.
                    if book.rules[r].type == .duration, m.end < tokens.count, tokens[m.end].text == "old" { continue }
                    matches.append(RuleMatch(rule: r, first: i, end: m.end, captures: m.captures))
                }
            }
            matches.sort { $0.end != $1.end ? $0.end > $1.end : $0.rule < $1.rule }
            var accepted = false
            for m in matches {
                let rule = book.rules[m.rule]
                // `ignore`: a phrase that is not a temporal expression ("today's world") is passed over whole.
                if rule.action == "ignore" { lastEnd = m.end; i = m.end; accepted = true; break }
                var samePeriod: DaySpan? = nil
                if let p = period, inSameSentence(tokens, from: p.token, to: m.first) { samePeriod = p.span }
                // `anchor UNIT N named` ("that year"): the date named last, even inside a quotation
                // ("… a repeat of 1993,'' he said. The club was relegated that year").
                let demonstrative = ["anchor", "season", "month"].contains(rule.action) && rule.arguments.last == "named"
                let context = Resolver.Context(
                    reference: reference, anchor: demonstrative ? named.anchor : anchor,
                    anchorGranularity: demonstrative ? named.granularity : anchorGranularity, tense: tense(tokens, around: m.first, end: m.end),
                    previousWord: m.first > 0 ? tokens[m.first - 1].text : nil,
                    previousIsContext: m.first > 0 && isIn(tokens, m.first - 1, WordClass.context),
                    endsPhrase: m.end >= tokens.count || tokens[m.end].kind == .punct && tokens[m.end].text != "-"
                        || isIn(tokens, m.end, WordClass.list | WordClass.pronoun),
                    period: samePeriod,
                    topic: topic.flatMap { m.first - $0.token <= Self.topicReach ? $0.span : nil },
                    clockDay: clockDay,
                    clockHour: clockHour,
                    recentLength: recentLength(found, tokens: tokens, before: m.first),
                    sentenceLength: sentenceLength(found, tokens: tokens, from: lastFoundToken, before: m.first),
                    pastDay: pastDay,
                    pastHour: pastHour,
                    nextWord: m.end < tokens.count ? tokens[m.end].text : nil,
                    monthAfterNext: m.end + 1 < tokens.count && tokens[m.end + 1].capitalized
                        && book.lexicon.entry(tokens[m.end + 1].text, in: "MONTH") != nil)
                guard let result = Resolver(rule: rule, match: m, context: context).resolve() else { continue }
                // "Now, …" / "Currently, …" opening a sentence is a discourse marker.
                if result.value == "PRESENT_REF", m.end - m.first == 1, m.end < tokens.count, tokens[m.end].text == ",",
                   m.first == 0 || isBoundary(tokens, m.first - 1) { continue }
                // "get around Wednesday's ruling": before a possessive the word is not a modifier.
                let possessive = m.end + 1 < tokens.count && tokens[m.end].text == "'" && tokens[m.end + 1].text == "s"
                    && !tokens[m.end].spaceBefore && !tokens[m.end + 1].spaceBefore
                let first = rule.action == "const" || rule.action == "set" || possessive ? m.first
                    : extendLeft(tokens, from: m.first, limit: lastEnd, amount: rule.type == .duration)
                // `counted`: the last word ("later") is a TimeML signal, not part of the expression.
                var last = rule.action == "counted" ? m.end - 1 : extendRight(tokens, from: m.end)
                let start = tokens[first].start, end = tokens[last - 1].end
                let piece = Self.text(scalars, start..<end)
                // A date rule may find that the phrase names a length ("the year ended June 30").
                let type: TimexType = rule.type == .date && Self.isDurationValue(result.value) ? .duration : rule.type
                found.append(TimeExpression(start: start, end: end, text: piece, type: type,
                                            value: result.value, span: type == .date ? result.span : (type == .time ? Self.day(ofTime: result.value) : nil)))
                // ("A tornado struck Wednesday night …, authorities said Thursday. The twister touched down
                // at 9:40 p.m."): the day of a report is not where the clock times of the story are.
                var reportDay = false
                if type == .date, clockHour != nil {
                    var k = first - 1
                    if k >= 1, tokens[k].word == ids.on { k -= 1 }
                    reportDay = k >= 0 && isIn(tokens, k, WordClass.reporting) || last < tokens.count && isIn(tokens, last, WordClass.reporting)
                }
                if !reportDay, let s = found[found.count - 1].span, s.granularity == .day, s.first == s.last {
                    clockDay = s.first
                    clockHour = type == .time ? Self.hour(ofTime: result.value) : nil
                    // ("at 7 p.m. on Aug. 18", "7 p.m. Thursday, Aug. 18": the clock time is on the date after it.)
                    if type != .time, found.count >= 2, found[found.count - 2].type == .time, start - found[found.count - 2].end <= 4 {
                        clockHour = Self.hour(ofTime: found[found.count - 2].value)
                    }
                    if let r = reference, s.first <= r { pastDay = s.first; pastHour = clockHour }
                }
                // (A quarter the text named before, "the fiscal first quarter", stays what "the quarter" means.)
                var closedQuarter: DaySpan? = nil
                if rule.action == "topicquarter" && context.topic == nil || rule.action == "shift" && rule.arguments == ["W", "0"] {
                    openPeriods.append(found.count - 1)
                } else if let k = openPeriods.last, k == found.count - 2, closePeriod(&found, k, scalars: scalars),
                          let span = found[k].span, span.granularity == .quarter {
                    // The quarter the text is about is now known.
                    topic = (span: span, token: i)
                }
                if found.count >= 2, let q = found[found.count - 2].span, q.granularity == .quarter,
                   endsPeriod(found, found.count - 2, scalars: scalars) { closedQuarter = q }
                if rule.type == .date, let span = result.span, rule.action != "weekend" {
                    // (A day told in a look back — "had visited the prison on 2 October" — is not the
                    // day a later "that day" or "the following day" counts from.)
                    if span.granularity != .day || !isFlashback(tokens, before: first) {
                        // (Nor a year naming a period, "an action plan for 2022-2023", for a later "the
                        // next morning" to count from: the story's day stays the anchor.)
                        if !(span.granularity == .year && isPeriodYear(tokens, first: first, last: last)) {
                            anchor = span.first
                            anchorGranularity = span.granularity
                        }
                        named = (span.first, span.granularity)
                    }
                    // ("in the quarter ended Jan. 28, compared with $34.9 million a year earlier": the
                    // sentence is about the quarter, not its last day.)
                    if rule.action != "comparative" { period = (span: closedQuarter ?? span, token: last) }
                    // (Not a quarter still under way and told as ahead: "will cut fourth-quarter profit".)
                    if span.granularity == .quarter, rule.action == "quarter" || rule.action == "date",
                       context.tense != .future || reference.map({ span.last < $0 }) ?? true {
                        topic = (span: span, token: last)
                    }
                }
                // "17 and 18 September": the bare day before "and" is a first date of the same month.
                if rule.action == "date", let span = result.span, span.granularity == .day, first >= 2,
                   tokens[first - 1].text == "and", tokens[first].kind == .number,
                   tokens[first - 2].kind == .number, tokens[first - 2].length <= 2, let n = tokens[first - 2].number, n < span.first.day,
                   first - 2 >= lastEnd, first < 3 || tokens[first - 3].kind != .number,
                   let day = CalendarDay(year: span.first.year, month: span.first.month, day: n) {
                    let t = tokens[first - 2]
                    let piece = Self.text(scalars, t.start..<t.end)
                    found.insert(TimeExpression(start: t.start, end: t.end, text: piece, type: .date, value: day.iso,
                                                span: DaySpan(first: day, last: day, granularity: .day)), at: found.count - 1)
                }
                // "April 24 and 25": the bare day after "and" is a second date of the same month.
                if rule.action == "date", let span = result.span, span.granularity == .day,
                   let next = siblingDay(tokens, after: last) {
                    if let day = CalendarDay(year: span.first.year, month: span.first.month, day: next.day) {
                        let piece = Self.text(scalars, tokens[next.token].start..<tokens[next.end - 1].end)
                        found.append(TimeExpression(start: tokens[next.token].start, end: tokens[next.end - 1].end, text: piece,
                                                    type: .date, value: day.iso,
                                                    span: DaySpan(first: day, last: day, granularity: .day)))
                        anchor = day
                        anchorGranularity = .day
                        named = (day, .day)
                        last = next.end
                    }
                }
                lastEnd = last
                lastFoundToken = last
                i = last
                accepted = true
                break
            }
            if !accepted { i += 1 }
        }
        Self.placeTimesOnDays(&found, scalars: scalars)
        return found
    }

    /// "10 a.m. on Friday", "8 p.m. EST on Tuesday": a clock time followed by the day it is on
    /// takes that day (it was resolved before the day was read).
    static func placeTimesOnDays(_ found: inout [TimeExpression], scalars: [Unicode.Scalar]) {
        guard found.count > 1 else { return }
        for k in 0..<(found.count - 1) where found[k].type == .time {
            guard let day = found[k + 1].span, found[k + 1].type == .date, day.granularity == .day, day.first == day.last,
                  found[k].value.count > 11, Array(found[k].value.utf8)[10] == UInt8(ascii: "T") else { continue }
            let gapStart = found[k].end, gapEnd = found[k + 1].start
            // ("at around 10:30 p.m. local time on Wednesday", "at 9 a.m. local time Friday".)
            guard gapEnd > gapStart, gapEnd - gapStart <= 18 else { continue }
            let gap = Self.text(scalars, gapStart..<gapEnd).trimmingSpaces()
            guard gap == "on" || gap == "local time on" || gap == "local time" || gap == "local time," else { continue }
            found[k].value = day.first.iso + found[k].value.dropFirst(10)
            found[k].span = DaySpan(first: day.first, last: day.first, granularity: .day)
        }
    }

    /// "the quarter ended Sept. 30", "the week ended Feb. 7": the period that ends on the day named
    /// next — for a quarter, the calendar quarter holding most of the three months before that day.
    private func closePeriod(_ found: inout [TimeExpression], _ k: Int, scalars: [Unicode.Scalar]) -> Bool {
        guard endsPeriod(found, k, scalars: scalars), let day = found[k + 1].span else { return false }
        let resolved: (value: String, span: DaySpan?)
        if found[k].value.contains("-Q") {
            let middle = day.first.adding(days: -45)
            resolved = CalendarArithmetic.quarterValue(year: middle.year, quarter: (middle.month - 1) / 3 + 1)
        } else if found[k].value.contains("-W") {
            resolved = CalendarArithmetic.value(of: day.first, unit: "W")
        } else { return false }
        found[k].value = resolved.value
        found[k].span = resolved.span
        return true
    }

    /// Expression `k + 1` is a day that ends period `k`: "the quarter ended Sept. 30".
    private func endsPeriod(_ found: [TimeExpression], _ k: Int, scalars: [Unicode.Scalar]) -> Bool {
        guard k + 1 < found.count, let day = found[k + 1].span, day.granularity == .day else { return false }
        let gapStart = found[k].end, gapEnd = found[k + 1].start
        guard gapEnd > gapStart, gapEnd - gapStart <= 9 else { return false }
        let word = Self.text(scalars, gapStart..<gapEnd).trimmingSpaces()
        return word == "ended" || word == "ending"
    }

    /// A bare day number after `and`/`or`/`,` (`24 and 25`), not followed by anything that makes it
    /// a quantity or the start of another expression.
    private func siblingDay(_ tokens: [Token], after end: Int) -> (token: Int, end: Int, day: Int)? {
        guard end + 1 < tokens.count, ["and", "or", ","].contains(tokens[end].text) else { return nil }
        let t = tokens[end + 1]
        guard t.kind == .number, t.length <= 2, let n = t.number, (1...31).contains(n) else { return nil }
        var stop = end + 2
        if stop < tokens.count, !tokens[stop].spaceBefore, ["st", "nd", "rd", "th"].contains(tokens[stop].text) { stop += 1 }
        if stop < tokens.count {
            let after = tokens[stop]
            if after.kind == .number { return nil }
            if after.kind == .punct, [".", "-", "%", ":", "/"].contains(after.text), !after.spaceBefore,
               stop + 1 < tokens.count, tokens[stop + 1].kind == .number { return nil }
            if after.kind == .punct, ["-", "%", ":", "/"].contains(after.text) { return nil }
            // A word after the number must be a preposition or conjunction ("25 in Vienna"),
            // or the number counts something ("25 people").
            if after.kind == .word, !isIn(tokens, stop, WordClass.list) { return nil }
        }
        return (end + 1, stop, n)
    }

    /// A number, or a counted noun right after one, ends just before token `i` ("$2 million", "700 seats").
    private func isAmount(_ tokens: [Token], before i: Int) -> Bool {
        func isNumber(_ k: Int) -> Bool {
            guard k >= 0 else { return false }
            let t = tokens[k]
            if t.kind == .number { return true }
            return ["million", "billion", "trillion"].contains(t.text) || book.lexicon.entry(t.text, in: "NUMWORD") != nil
                || book.lexicon.entry(t.text, in: "MAGNITUDE") != nil || book.lexicon.entry(t.text, in: "TENS") != nil
        }
        if isNumber(i - 1) { return true }
        return i >= 2 && tokens[i - 1].kind == .word && isNumber(i - 2)
    }

    /// No sentence boundary between the two tokens (looking at most 80 tokens back).
    private func inSameSentence(_ tokens: [Token], from a: Int, to b: Int) -> Bool {
        guard a <= b, b - a <= 80 else { return false }
        var i = a
        while i < b {
            if isBoundary(tokens, i) { return false }
            i += 1
        }
        return true
    }

    /// Takes in words after the expression that belong to it (`or so`).
    private func extendRight(_ tokens: [Token], from end: Int) -> Int {
        for words in postModifiers where end + words.count <= tokens.count {
            var ok = true
            for (k, w) in words.enumerated() where tokens[end + k].text != w { ok = false; break }
            if ok { return end + words.count }
        }
        return end
    }

    /// Takes in modifiers that belong to the expression (`nearly`, `early`, `mid-`, `more than`).
    /// "up to" bounds an amount ("up to 180 days"); before a day or a time it is a preposition
    /// ("moved it up to Monday morning"), left outside unless the expression is a length (`amount`).
    /// Words after which "over a week" is "more than a week".
    static let overLeaders: Set<String> = ["just", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking",
                                           "for", "in", "within", "after", "only", "barely", "slightly"]

    private func extendLeft(_ tokens: [Token], from first: Int, limit: Int, amount: Bool = true) -> Int {
        var f = first
        // "the end of 1990", "the beginning of the year".
        for words in frames where f - words.count >= limit {
            var ok = true
            for (k, w) in words.enumerated() where tokens[f - words.count + k].text != w { ok = false; break }
            if ok { return f - words.count }
        }
        // "over the past two months": before an article, these words are prepositions.
        if tokens[first].text == "the" { return f }
        var took = false
        defer { _ = took }
        while f > limit {
            let prev = tokens[f - 1]
            // mid-, late-, early-
            if prev.text == "-", !prev.spaceBefore, f - 2 >= limit, book.lexicon.entry(tokens[f - 2].text, in: "MOD") != nil {
                f -= 2; took = true; continue
            }
            if book.lexicon.entry(prev.text, in: "MOD") != nil { f -= 1; took = true; continue }
            // "the early 1980s": the article before a modifier belongs to the expression.
            if took, prev.text == "the" { f -= 1; break }
            var phrased = false
            for words in modifierPhrases where f - words.count >= limit {
                if !amount, words == ["up", "to"] { continue }
                var ok = true
                for (k, w) in words.enumerated() where tokens[f - words.count + k].text != w { ok = false; break }
                if ok { f -= words.count; phrased = true; break }
            }
            if phrased { continue }
            // "likely to last over a week", "just over an hour later": before a single unit, after a
            // verb of lasting or "just", "over" is "more than" (not "played over a month", "over three
            // years", "over a three-year period": a time something is spread over).
            if amount, prev.text == "over", f == first, f - 2 >= 0, first + 1 < tokens.count,
               tokens[first].text == "a" || tokens[first].text == "an",
               book.lexicon.entry(tokens[first + 1].text, in: "UNIT") != nil,
               Self.overLeaders.contains(tokens[f - 2].text.lowercased()) {
                f -= 1; break
            }
            break
        }
        return f
    }
}
