/// What one class element of a pattern captured.
public struct Capture: Sendable, Hashable {
    public var wordClass: String
    /// Lexicon value; empty for whole numbers (see ``number``), the text of a decimal (`2.5`).
    public var value: String
    public var number: Int?
    /// Token index where the capture starts.
    public var token: Int
    /// The lexicon marks the word as temporal only in context (`may`).
    public var ambiguous: Bool
    /// Written in digits (`1988`), not words (`two thousand`).
    public var digits: Bool = false
    /// Written with thousands separators (`2,000`): an amount, never a year.
    public var grouped: Bool = false
}

/// A capture as the matcher finds it: plain numbers, no strings, so that the many tried and dropped
/// on the way cost no reference counting. Only the captures of the match kept become ``Capture``s.
struct PendingCapture {
    enum Value { case none, entry(word: Int32, index: Int32), decimal(Double), decade(Int, short: Bool) }
    var classID: Int32
    var token: Int
    var number: Int?
    var value: Value = .none
    var ambiguous = false
    var digits = false
    var grouped = false
}

/// A rule matched at a place in the token list.
public struct RuleMatch: Sendable {
    public var rule: Int
    /// Token range, end exclusive.
    public var first: Int
    public var end: Int
    public var captures: [Capture]

    /// The `n`-th capture (1-based) of a class, written `CLASS` or `CLASS#2` in rule arguments.
    public func capture(_ name: String) -> Capture? {
        var wanted = name, ordinal = 1
        // (Searched as bytes: a search by characters costs over a thousand instructions a call.)
        if let hash = name.utf8.firstIndex(of: UInt8(ascii: "#")), let n = Int(name[name.index(after: hash)...]) {
            wanted = String(name[..<hash]); ordinal = n
        }
        var seen = 0
        for c in captures where c.wordClass == wanted {
            seen += 1
            if seen == ordinal { return c }
        }
        return nil
    }
}

/// Matches compiled token patterns against a token list. Patterns are short sequences; the only
/// choice points are optional elements and alternatives, so the work per start position is
/// bounded by the rule book, never by the text. The hot loop compares integers only.
struct PatternMatcher {
    let book: RuleBook
    let tokens: UnsafeBufferPointer<Token>
    let atoms: UnsafeBufferPointer<CompiledPatterns.Atom>
    let elements: UnsafeBufferPointer<CompiledPatterns.Element>
    let masks: UnsafeBufferPointer<UInt64>
    private let lookahead: [CompiledPatterns.Lookahead]
    private let followWords: [UInt64]
    private let ruleStarts: [Int32]
    private let ruleEnds: [Int32]
    private let wordsPerRule: Int
    /// Whether rules are first tested with their ``CompiledPatterns/Lookahead`` (a shortcut only:
    /// tests check that matches are the same without it).
    var usesLookahead = true
    /// Capture stack reused across attempts.
    private var stack: [PendingCapture] = []
    private var bestEnd = -1
    private var bestCaptures: [PendingCapture] = []
    private var patternEnd = 0
    /// Ids looked up once, so that the hot loop compares integers: the number-word classes, and
    /// the vocabulary ids of the short tokens the built-in classes look at (-1 when absent).
    private let tensClass: Int32, numwordClass: Int32, magnitudeClass: Int32
    private let fullStop: Int32, comma: Int32, hyphen: Int32, apostrophe: Int32, letterS: Int32
    private let wordA: Int32, wordAn: Int32
    private let suffixes: (Int32, Int32, Int32, Int32)
    private let decadeLeads: (Int32, Int32, Int32, Int32, Int32)

    init(book: RuleBook, tokens: UnsafeBufferPointer<Token>, atoms: UnsafeBufferPointer<CompiledPatterns.Atom>,
         elements: UnsafeBufferPointer<CompiledPatterns.Element>, masks: UnsafeBufferPointer<UInt64>) {
        self.book = book
        self.tokens = tokens
        self.atoms = atoms
        self.elements = elements
        self.masks = masks
        lookahead = book.compiled.lookahead
        followWords = book.compiled.followWords
        ruleStarts = book.compiled.ruleStart
        ruleEnds = book.compiled.ruleEnd
        wordsPerRule = book.compiled.wordsPerRule
        stack.reserveCapacity(16)
        let ids = book.compiled.ids
        tensClass = ids.tens; numwordClass = ids.numword; magnitudeClass = ids.magnitude
        fullStop = ids.fullStop; comma = ids.comma; hyphen = ids.hyphen; apostrophe = ids.apostrophe; letterS = ids.letterS
        wordA = ids.wordA; wordAn = ids.wordAn
        suffixes = ids.suffixes
        decadeLeads = ids.decadeLeads
    }

    /// Token `t` is the word or mark `text`, whose vocabulary id is `id` (the text is compared
    /// only for a word the vocabulary lacks, which no token then carries).
    @inline(__always)
    private func isToken(_ t: Int, _ id: Int32, _ text: String) -> Bool {
        id >= 0 ? tokens[t].word == id && tokens[t].kind != .number : tokens[t].text == text
    }

    /// The longest way rule `rule` matches from token `start`, if any.
    @inline(__always)
    mutating func match(rule: Int, at start: Int) -> (end: Int, captures: [Capture])? {
        let look = lookahead[rule]
        if !usesLookahead {
            // Every candidate walked (tests compare both ways).
        } else if look.active && look.numberFirst {
            if numberTakesOneToken(start) {
                guard canContinue(rule, look, start + 1) || (look.skippable && canContinue(rule, look, start)) else { return nil }
            }
        } else if look.active {
            guard canContinue(rule, look, start + 1) || (look.maxSpan == 2 && canContinue(rule, look, start + 2))
                    || (look.skippable && canContinue(rule, look, start)) else { return nil }
        }
        return walk(rule: rule, at: start)
    }

    /// ``match(rule:at:)`` past the lookahead (kept out of line: the test above is inlined into the
    /// caller's loop over candidate rules).
    @inline(never)
    private mutating func walk(rule: Int, at start: Int) -> (end: Int, captures: [Capture])? {
        bestEnd = -1
        stack.removeAll(keepingCapacity: true)
        patternEnd = Int(ruleEnds[rule])
        walk(Int(ruleStarts[rule]), start)
        guard bestEnd >= 0 else { return nil }
        // (A loop, not `map(capture)`: that closure would copy the whole matcher.)
        var captures: [Capture] = []
        captures.reserveCapacity(bestCaptures.count)
        for p in bestCaptures { captures.append(capture(p)) }
        return (bestEnd, captures)
    }

    /// The public form of a capture kept.
    private func capture(_ p: PendingCapture) -> Capture {
        var value = "", number = p.number
        switch p.value {
        case .none: break
        case let .entry(word, index):
            value = book.wordEntries[Int(word)][Int(index)].value
            number = Int(value)
        case let .decimal(d): value = d == d.rounded() ? String(Int(d)) : String(d)
        case let .decade(n, short): value = short ? "19" + String(n / 10) : String(n / 10)
        }
        return Capture(wordClass: book.classNames[Int(p.classID)], value: value, number: number, token: p.token,
                       ambiguous: p.ambiguous, digits: p.digits, grouped: p.grouped)
    }

    /// `NUM` at token `t` takes exactly that token: a number not followed by an adjacent `,` or
    /// `.` (which may group or continue it), or `a`/`an` when they are not number words.
    @inline(__always)
    private func numberTakesOneToken(_ t: Int) -> Bool {
        let token = tokens.baseAddress.unsafelyUnwrapped.advanced(by: t)
        if token.pointee.kind == .number {
            guard t + 1 < tokens.count else { return true }
            let next = tokens.baseAddress.unsafelyUnwrapped.advanced(by: t + 1)
            guard next.pointee.kind == .punct, !next.pointee.spaceBefore else { return true }
            guard comma >= 0, fullStop >= 0 else { return false }
            return next.pointee.word != comma && next.pointee.word != fullStop
        }
        let word = token.pointee.word
        guard word >= 0, wordA >= 0, wordAn >= 0, word == wordA || word == wordAn else { return false }
        return masks[Int(word)] & (bit(tensClass) | bit(numwordClass)) == 0
    }

    @inline(__always)
    private func bit(_ classID: Int32) -> UInt64 {
        classID >= CompiledPatterns.firstLexiconClass ? 1 << UInt64(classID - CompiledPatterns.firstLexiconClass) : 0
    }

    /// Whether one of the elements that may follow the first of rule `rule` can start at token `t`
    /// (false only when none can: see ``CompiledPatterns/Lookahead``).
    @inline(__always)
    private func canContinue(_ rule: Int, _ look: CompiledPatterns.Lookahead, _ t: Int) -> Bool {
        guard t < tokens.count else { return false }
        let token = tokens.baseAddress.unsafelyUnwrapped.advanced(by: t)
        if token.pointee.kind == .number { return look.numbers }
        let word = Int(token.pointee.word)
        guard word >= 0 else { return false }
        return masks[word] & look.classes != 0
            || followWords[rule * wordsPerRule + word >> 6] & (1 << UInt64(word & 63)) != 0
    }

    private mutating func walk(_ p: Int, _ t: Int) {
        if p == patternEnd {
            if t > bestEnd {
                bestEnd = t
                // Copied into the kept buffer (no new array once it has grown).
                bestCaptures.removeAll(keepingCapacity: true)
                bestCaptures.append(contentsOf: stack)
            }
            return
        }
        let element = elements[p]
        if t < tokens.count {
            var a = Int(element.first)
            let end = a + Int(element.count)
            while a < end {
                let atom = atoms[a]
                if atom.isLiteral {
                    if tokens[t].word == atom.id { walk(p + 1, t + 1) }
                } else if let m = matchClass(atom.id, at: t) {
                    stack.append(m.capture)
                    walk(p + 1, m.end)
                    stack.removeLast()
                }
                a += 1
            }
        }
        if element.optional { walk(p + 1, t) }
    }

    private func entry(_ t: Int, _ classID: Int32) -> Lexicon.Entry? {
        entryIndex(t, classID).map { book.wordEntries[Int(tokens[t].word)][$0] }
    }

    /// Where token `t`'s entry of class `classID` is in `book.wordEntries[word]`, if it has one.
    private func entryIndex(_ t: Int, _ classID: Int32) -> Int? {
        let id = Int(tokens[t].word)
        guard id >= 0, classID >= CompiledPatterns.firstLexiconClass,
              masks[id] & (1 << UInt64(classID - CompiledPatterns.firstLexiconClass)) != 0 else { return nil }
        return book.wordEntries[id].withUnsafeBufferPointer { entries in entries.firstIndex { $0.classID == classID } }
    }

    private func adjacent(_ t: Int) -> Bool { t < tokens.count && !tokens[t].spaceBefore }

    /// Consumes an ordinal suffix (`10th`) right after a number.
    private func ordinalSuffix(_ t: Int) -> Int {
        if adjacent(t), tokens[t].kind == .word, tokens[t].length == 2,
           isToken(t, suffixes.0, "st") || isToken(t, suffixes.1, "nd") || isToken(t, suffixes.2, "rd")
            || isToken(t, suffixes.3, "th") { return t + 1 }
        return t
    }

    func matchClass(_ classID: Int32, at t: Int) -> (end: Int, capture: PendingCapture)? {
        // Read fields through the pointer: copying a Token would retain its text.
        let token = tokens.baseAddress.unsafelyUnwrapped.advanced(by: t).pointee.view
        func cap(_ number: Int?, _ value: PendingCapture.Value = .none, ambiguous: Bool = false) -> PendingCapture {
            PendingCapture(classID: classID, token: t, number: number, value: value, ambiguous: ambiguous)
        }
        if classID >= CompiledPatterns.firstLexiconClass {
            guard token.word >= 0, let index = entryIndex(t, classID) else { return nil }
            // (The entry's flags read in place: a copy of the entry would retain its strings.)
            let (abbreviation, entryAmbiguous) = book.wordEntries[Int(token.word)].withUnsafeBufferPointer {
                ($0[index].abbreviation, $0[index].ambiguous)
            }
            if (classID == book.monthClass || classID == book.weekdayClass) && !token.capitalized { return nil }
            var end = t + 1
            var ambiguous = entryAmbiguous
            if abbreviation {
                if adjacent(end), isToken(end, fullStop, ".") { end += 1 }
                // "Sun" and "Jan" without their full stop are more often names.
                else if classID == book.weekdayClass { return nil }
                else { ambiguous = true }
            }
            return (end, cap(nil, .entry(word: token.word, index: Int32(index)), ambiguous: ambiguous))
        }
        guard let builtIn = CompiledPatterns.BuiltIn(rawValue: classID) else { return nil }
        switch builtIn {
        case .num:
            // Where NUM may start and when it takes one token only, the lookahead assumes as here
            // (`numberTakesOneToken`, `CompiledPatterns.lookahead`): keep them in step.
            if token.kind == .number, let n = token.number {
                var digitCapture = cap(n)
                digitCapture.digits = true
                // 1,500 is one number.
                var value = n
                var end = t + 1
                if token.length <= 3 {
                    while end + 1 < tokens.count, adjacent(end), isToken(end, comma, ","), adjacent(end + 1),
                          tokens[end + 1].kind == .number, tokens[end + 1].length == 3, let group = tokens[end + 1].number,
                          value < 1_000_000 {
                        value = value * 1000 + group
                        end += 2
                    }
                    if end > t + 1 {
                        var grouped = cap(value)
                        grouped.digits = true
                        grouped.grouped = true
                        return (end, grouped)
                    }
                }
                // 2.5 is a number too.
                if end + 1 < tokens.count, adjacent(end), isToken(end, fullStop, "."), adjacent(end + 1),
                   tokens[end + 1].kind == .number, let frac = tokens[end + 1].number, tokens[end + 1].length <= 3 {
                    return (end + 2, cap(nil, .decimal(Double(n) + Double(frac) / pow10(tokens[end + 1].length))))
                }
                return (end, digitCapture)
            }
            guard token.word >= 0 else { return nil }
            return numberWords(at: t).map { (end: $0.end, capture: cap($0.value)) }
        case .digits:
            return token.kind == .number && token.number != nil ? (t + 1, cap(token.number)) : nil
        case .day:
            guard token.kind == .number, token.length <= 2, let n = token.number, (1...31).contains(n) else { return nil }
            return (ordinalSuffix(t + 1), cap(n))
        case .ordnum:
            guard token.kind == .number, token.length <= 3, let n = token.number else { return nil }
            let end = ordinalSuffix(t + 1)
            return end > t + 1 ? (end, cap(n)) : nil
        case .monthnum:
            guard token.kind == .number, token.length <= 2, let n = token.number, (1...12).contains(n) else { return nil }
            return (t + 1, cap(n))
        case .hour:
            guard token.kind == .number, token.length <= 2, let n = token.number, (0...24).contains(n) else { return nil }
            return (t + 1, cap(n))
        case .minute:
            guard token.kind == .number, token.length == 2, let n = token.number, (0...59).contains(n) else { return nil }
            return (t + 1, cap(n))
        case .year:
            guard token.kind == .number, token.length == 4, let n = token.number, (1000...2199).contains(n) else { return nil }
            return (t + 1, cap(n))
        case .yy:
            // '98 — an apostrophe and two digits.
            guard isToken(t, apostrophe, "'"), t + 1 < tokens.count, adjacent(t + 1), tokens[t + 1].kind == .number,
                  tokens[t + 1].length == 2, let n = tokens[t + 1].number else { return nil }
            return (t + 2, cap(n))
        case .decade:
            // 1990s, 1990's, '90s
            var u = t
            if isToken(t, apostrophe, "'") && t + 1 < tokens.count && adjacent(t + 1) { u = t + 1 }
            let nt = tokens[u].view
            // Two digits only after an apostrophe or an article or modifier ("the 90s", "the mid-90s"):
            // "in his 30s" is an age.
            let decadeLead = t > 0 && (isToken(t - 1, decadeLeads.0, "the") || isToken(t - 1, decadeLeads.1, "-")
                || isToken(t - 1, decadeLeads.2, "early") || isToken(t - 1, decadeLeads.3, "late")
                || isToken(t - 1, decadeLeads.4, "mid"))
            guard nt.kind == .number, let n = nt.number, n % 10 == 0,
                  nt.length == 4 || (nt.length == 2 && (u > t || decadeLead)) else { return nil }
            var end = u + 1
            if adjacent(end), isToken(end, apostrophe, "'") { end += 1 }
            guard adjacent(end), isToken(end, letterS, "s") else { return nil }
            end += 1
            return (end, cap(n, .decade(n, short: nt.length != 4)))
        }
    }

    private func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<n { v *= 10 }
        return v
    }

    /// `two`, `twenty-four`, `thirty five`, `one hundred`, `a` → their value.
    func numberWords(at t: Int) -> (end: Int, value: Int)? {
        var i = t
        var value = 0
        var any = false
        if let e = entry(i, tensClass), let tens = Int(e.value) {
            value = tens; any = true; i += 1
            var j = i
            if j < tokens.count, isToken(j, hyphen, "-"), adjacent(j) { j += 1 }
            if j < tokens.count, let u = entry(j, numwordClass), let unit = Int(u.value), unit < 10 {
                value += unit; i = j + 1
            }
        } else if let e = entry(i, numwordClass), let unit = Int(e.value) {
            value = unit; any = true; i += 1
        } else if isToken(i, wordA, "a") || isToken(i, wordAn, "an") {
            return (t + 1, 1)
        }
        guard any else { return nil }
        if i < tokens.count, let m = entry(i, magnitudeClass), let factor = Int(m.value) {
            value *= factor; i += 1
        }
        return (i, value)
    }
}
