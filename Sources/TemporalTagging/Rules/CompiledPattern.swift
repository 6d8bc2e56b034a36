/// Rule patterns compiled to plain integers for the hot loop: literals become vocabulary ids,
/// classes become class ids, so matching compares integers and never touches a string.
struct CompiledPatterns: Sendable {
    /// One alternative of an element: a literal word (vocabulary id) or a class (class id).
    struct Atom: Sendable {
        var isLiteral: Bool
        var id: Int32
    }

    /// A pattern position: atoms `first..<first+count` of ``atoms``, possibly optional.
    struct Element: Sendable {
        var first: Int32
        var count: Int32
        var optional: Bool
    }

    var atoms: [Atom] = []
    var elements: [Element] = []
    /// Per rule: its elements `start..<end` in ``elements``.
    var ruleStart: [Int32] = []
    var ruleEnd: [Int32] = []
    /// Per rule: a quick test of the token after the first element (see ``Lookahead``).
    var lookahead: [Lookahead] = []
    /// The vocabulary, for the tokenizer to number words as it reads them.
    var words = WordTable([:])
    /// Ids the matcher compares tokens with (-3 when absent), looked up once.
    var ids = SpecialIDs()

    struct SpecialIDs: Sendable {
        var tens: Int32 = -3, numword: Int32 = -3, magnitude: Int32 = -3
        var fullStop: Int32 = -3, comma: Int32 = -3, hyphen: Int32 = -3, apostrophe: Int32 = -3, letterS: Int32 = -3
        var wordA: Int32 = -3, wordAn: Int32 = -3
        var suffixes: (Int32, Int32, Int32, Int32) = (-3, -3, -3, -3)
        var decadeLeads: (Int32, Int32, Int32, Int32, Int32) = (-3, -3, -3, -3, -3)

        init() {}

        init(vocabulary: [String: Int32], classIDs: [String: Int32]) {
            tens = classIDs["TENS"] ?? -3
            numword = classIDs["NUMWORD"] ?? -3
            magnitude = classIDs["MAGNITUDE"] ?? -3
            func id(_ w: String) -> Int32 { vocabulary[w] ?? -3 }
            fullStop = id("."); comma = id(","); hyphen = id("-"); apostrophe = id("'"); letterS = id("s")
            wordA = id("a"); wordAn = id("an")
            suffixes = (id("st"), id("nd"), id("rd"), id("th"))
            decadeLeads = (id("the"), id("-"), id("early"), id("late"), id("mid"))
        }
    }

    /// What the rest of a rule needs, to turn most candidate rules away before walking them: when
    /// the first element takes one token (a literal, a one-token built-in class) or one or two (a
    /// lexicon class, which may absorb an abbreviation's full stop; `DAY`, `ORDNUM` with a suffix),
    /// a match needs one of the next elements — the second, and the ones after it while the
    /// elements before are optional, up to a required one — to be able to start one or two tokens
    /// on (or at the first token, when the first element is optional). A necessary condition
    /// only: passing it, the rule is walked as usual.
    struct Lookahead: Sendable {
        /// Whether the test applies.
        var active = false
        /// Tokens the first element may take: 1, or 1 and 2.
        var maxSpan: Int8 = 1
        /// The first element is optional: the rest may start at the first token.
        var skippable = false
        /// A number token may come next (some next element is a built-in class).
        var numbers = false
        /// Lexicon classes (one bit each) a next word may belong to.
        var classes: UInt64 = 0
        /// The first element is `NUM` alone: the test applies only where `NUM` takes exactly one
        /// token (a number not followed by an adjacent `,` or `.`; `a`, `an`).
        var numberFirst = false
    }

    /// Per rule, ``wordsPerRule`` words of bits: the vocabulary ids a next word may have.
    var followWords: [UInt64] = []
    var wordsPerRule = 0

    /// Built-in classes that match only a number token (one token, or two with an ordinal suffix).
    static func numberOnly(_ id: Int32) -> Bool {
        guard let b = BuiltIn(rawValue: id) else { return false }
        switch b {
        case .digits, .day, .ordnum, .monthnum, .hour, .minute, .year: return true
        case .num, .yy, .decade: return false
        }
    }

    /// The lookahead of the rule whose elements are `start..<end`, and its next words' bits.
    static func lookahead(start: Int, end: Int, elements: [Element], atoms: [Atom], vocabulary: [String: Int32],
                          classIDs: [String: Int32], words: inout [UInt64]) -> Lookahead {
        var result = Lookahead()
        guard end - start >= 2 else { return result }
        var chainEnd = start + 1
        while chainEnd < end && elements[chainEnd].optional { chainEnd += 1 }
        // Everything after the first element optional: the rule may end there.
        guard chainEnd < end else { return result }
        let first = elements[start]
        var span: Int8 = 1
        if first.count == 1, atoms[Int(first.first)].id == BuiltIn.num.rawValue, !atoms[Int(first.first)].isLiteral {
            result.numberFirst = true
        } else {
            for a in atoms[Int(first.first)..<Int(first.first + first.count)] {
                if a.isLiteral { continue }
                if a.id >= firstLexiconClass { span = 2; continue }
                guard numberOnly(a.id) else { return result }
                if a.id == BuiltIn.day.rawValue || a.id == BuiltIn.ordnum.rawValue { span = 2 }
            }
        }
        func bit(_ classID: Int32?) -> UInt64 {
            guard let c = classID, c >= firstLexiconClass else { return 0 }
            return 1 << UInt64(c - firstLexiconClass)
        }
        func setWord(_ id: Int32?) -> Bool {
            guard let id, id >= 0 else { return false }
            words[Int(id) >> 6] |= 1 << UInt64(Int(id) & 63)
            return true
        }
        for e in elements[(start + 1)...chainEnd] {
            for a in atoms[Int(e.first)..<Int(e.first + e.count)] {
                if a.isLiteral {
                    _ = setWord(a.id)
                } else if a.id >= firstLexiconClass {
                    result.classes |= bit(a.id)
                } else {
                    // Every built-in class may start at a number; some at words too, as the matcher
                    // reads them (keep in step with `PatternMatcher.matchClass`); any other: no test.
                    result.numbers = true
                    if numberOnly(a.id) { continue }
                    if a.id == BuiltIn.num.rawValue {
                        result.classes |= bit(classIDs["TENS"]) | bit(classIDs["NUMWORD"])
                        guard setWord(vocabulary["a"]), setWord(vocabulary["an"]) else { return Lookahead() }
                    } else if a.id == BuiltIn.yy.rawValue || a.id == BuiltIn.decade.rawValue {
                        guard setWord(vocabulary["'"]) else { return Lookahead() }
                    } else {
                        return Lookahead()
                    }
                }
            }
        }
        result.active = true
        result.maxSpan = span
        result.skippable = first.optional
        return result
    }

    /// Built-in classes, recognised by the matcher itself.
    enum BuiltIn: Int32, CaseIterable {
        case num = 0, digits, day, ordnum, monthnum, hour, minute, year, yy, decade
        var name: String {
            switch self {
            case .num: return "NUM"
            case .digits: return "DIGITS"
            case .day: return "DAY"
            case .ordnum: return "ORDNUM"
            case .monthnum: return "MONTHNUM"
            case .hour: return "HOUR"
            case .minute: return "MINUTE"
            case .year: return "YEAR"
            case .yy: return "YY"
            case .decade: return "DECADE"
            }
        }
    }

    /// Lexicon classes are numbered after the built-ins.
    static let firstLexiconClass: Int32 = 16

    init() {}

    init(rules: [Rule], vocabulary: [String: Int32], classIDs: [String: Int32]) {
        words = WordTable(vocabulary)
        ids = SpecialIDs(vocabulary: vocabulary, classIDs: classIDs)
        wordsPerRule = (vocabulary.count + 63) / 64 + 1
        for rule in rules {
            ruleStart.append(Int32(elements.count))
            for element in rule.pattern {
                var optional = false
                var body = element
                if case .optional(let inner) = element { optional = true; body = inner }
                let first = Int32(atoms.count)
                func add(_ e: PatternElement) {
                    switch e {
                    case .literal(let w): atoms.append(Atom(isLiteral: true, id: vocabulary[w] ?? -2))
                    case .wordClass(let c): atoms.append(Atom(isLiteral: false, id: classIDs[c] ?? -2))
                    case .any(let list): list.forEach(add)
                    case .optional(let inner): add(inner)
                    }
                }
                add(body)
                elements.append(Element(first: first, count: Int32(atoms.count) - first, optional: optional))
            }
            ruleEnd.append(Int32(elements.count))
            var words = [UInt64](repeating: 0, count: wordsPerRule)
            lookahead.append(Self.lookahead(start: Int(ruleStart.last!), end: elements.count, elements: elements, atoms: atoms,
                                            vocabulary: vocabulary, classIDs: classIDs, words: &words))
            followWords.append(contentsOf: words)
        }
    }
}
