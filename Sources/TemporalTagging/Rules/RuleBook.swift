import Foundation

/// All rules and the lexicon, read from the module's `Resources/` and compiled once: rules are
/// indexed by the tokens they can start with, so a text is scanned once, left to right.
///
/// ```swift
/// let book = try RuleBook.bundled()
/// book.rules.count      // every rule of Resources/rules/*.rules
/// book.examples.count   // the worked examples beside them
/// ```
public struct RuleBook: Sendable {
    public let lexicon: Lexicon
    public let rules: [Rule]
    public let examples: [RuleExample]
    /// First-token key (`word`, `@CLASS`) → rule indices, in rule order.
    let index: [String: [Int]]
    /// Every word the lexicon or a rule names → its id; per id, its lexicon entries and the rules
    /// that can start at it. Tagging looks a word up once.
    let vocabulary: [String: Int32]
    let wordEntries: [[Lexicon.Entry]]
    let wordCandidates: [[Int]]
    /// The rules that can start at a number.
    let numberCandidates: [Int]
    /// Class names by id (built-ins first, then lexicon classes) and back.
    let classNames: [String]
    let classIDs: [String: Int32]
    /// Per vocabulary id: one bit per lexicon class the word belongs to.
    let wordMasks: [UInt64]
    let compiled: CompiledPatterns
    /// Per vocabulary id, what may follow the word for any rule starting at it to match: a word
    /// followed by none of that (most "the", "on", "last" in running text) starts nothing, without
    /// trying its rules one by one. See ``StartFilter/mayStart(word:next:in:masks:)``.
    let startFilter: StartFilter
    let monthClass: Int32
    let weekdayClass: Int32

    public init(lexicon: Lexicon, ruleFiles: [(name: String, text: String)]) throws {
        self.lexicon = lexicon
        var rules: [Rule] = []
        var examples: [RuleExample] = []
        for (name, text) in ruleFiles {
            var lineNumber = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                let line = raw.trimmingSpaces()
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix(">") {
                    examples.append(try RuleExample.parse(String(line.dropFirst()), file: name, line: lineNumber))
                } else {
                    rules.append(try Rule.parse(line, file: name, lineNumber: lineNumber, order: rules.count))
                }
            }
        }
        var index: [String: [Int]] = [:]
        for (n, rule) in rules.enumerated() {
            var keys = Set<String>()
            for element in rule.pattern {
                keys.formUnion(element.firstKeys)
                if !element.isOptional { break }
            }
            for key in keys { index[key, default: []].append(n) }
        }
        for key in index.keys { index[key]!.sort() }
        self.rules = rules
        self.examples = examples
        self.index = index
        var words = Set(lexicon.allWords)
        for key in index.keys where !key.hasPrefix("@") { words.insert(key) }
        words.formUnion(["a", "an", "'", ".", "-", "s", "st", "nd", "rd", "th"])
        // The words the tagger's tense scans tell by their ids.
        words.formUnion(TemporalTagger.fixedWords)
        for rule in rules {
            func literals(_ e: PatternElement) {
                switch e {
                case .literal(let w): words.insert(w)
                case .wordClass: break
                case .any(let list): list.forEach(literals)
                case .optional(let inner): literals(inner)
                }
            }
            rule.pattern.forEach(literals)
        }
        var classNames = Array(repeating: "", count: Int(CompiledPatterns.firstLexiconClass))
        for b in CompiledPatterns.BuiltIn.allCases { classNames[Int(b.rawValue)] = b.name }
        let lexiconClasses = lexicon.classNames
        guard lexiconClasses.count <= 64 else {
            throw RuleError(file: "lexicon.txt", line: 0, message: "at most 64 word classes are supported")
        }
        classNames.append(contentsOf: lexiconClasses)
        var classIDs: [String: Int32] = [:]
        for (i, n) in classNames.enumerated() where !n.isEmpty { classIDs[n] = Int32(i) }
        for rule in rules {
            func check(_ e: PatternElement) throws {
                switch e {
                case .literal: break
                case .wordClass(let c):
                    if classIDs[c] == nil {
                        throw RuleError(file: rule.file, line: rule.line, message: "unknown class '\(c)' (not built in, not in lexicon.txt)")
                    }
                case .any(let list): try list.forEach(check)
                case .optional(let inner): try check(inner)
                }
            }
            try rule.pattern.forEach(check)
        }
        self.classNames = classNames
        self.classIDs = classIDs
        self.monthClass = classIDs["MONTH"] ?? -3
        self.weekdayClass = classIDs["WEEKDAY"] ?? -3
        var masks: [UInt64] = []
        var vocabulary: [String: Int32] = [:]
        var entries: [[Lexicon.Entry]] = []
        var candidates: [[Int]] = []
        for word in words.sorted() {
            vocabulary[word] = Int32(entries.count)
            var list = lexicon.entries(for: word)
            var mask: UInt64 = 0
            for k in list.indices {
                let id = classIDs[list[k].wordClass] ?? -1
                list[k].classID = id
                if id >= CompiledPatterns.firstLexiconClass { mask |= 1 << UInt64(id - CompiledPatterns.firstLexiconClass) }
            }
            masks.append(mask)
            entries.append(list)
            var keys = [word]
            for e in list {
                keys.append("@" + e.wordClass)
                if e.wordClass == "NUMWORD" || e.wordClass == "TENS" { keys.append("@NUM") }
            }
            if word == "a" || word == "an" { keys.append("@NUM") }
            if word == "'" { keys.append("@YY"); keys.append("@DECADE") }
            var set = Set<Int>()
            for key in keys { set.formUnion(index[key] ?? []) }
            candidates.append(set.sorted())
        }
        var numbers = Set<Int>()
        for key in ["@NUM", "@DIGITS", "@DAY", "@YEAR", "@MONTHNUM", "@HOUR", "@MINUTE", "@ORDNUM", "@DECADE"] {
            numbers.formUnion(index[key] ?? [])
        }
        self.vocabulary = vocabulary
        self.wordEntries = entries
        self.wordCandidates = candidates
        self.numberCandidates = numbers.sorted()
        self.wordMasks = masks
        self.compiled = CompiledPatterns(rules: rules, vocabulary: vocabulary, classIDs: classIDs)
        self.startFilter = StartFilter(candidates: candidates, compiled: compiled)
    }

    /// The rules and lexicon shipped with the module.
    public static func bundled() throws -> RuleBook {
        guard let base = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw RuleError(file: "Resources", line: 0, message: "the TemporalTagging resources are missing")
        }
        let lexiconURL = base.appendingPathComponent("lexicon.txt")
        let lexicon = try Lexicon(parsing: try String(contentsOf: lexiconURL, encoding: .utf8), file: "lexicon.txt")
        let rulesDir = base.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: rulesDir.path)
            .filter { $0.hasSuffix(".rules") }.sorted()
        let files = try names.map { name in
            (name: name, text: try String(contentsOf: rulesDir.appendingPathComponent(name), encoding: .utf8))
        }
        return try RuleBook(lexicon: lexicon, ruleFiles: files)
    }
}

/// The union of the lookaheads (``CompiledPatterns/Lookahead``) of the rules that can start at each
/// vocabulary word. Only words whose rules all have a plain lookahead (a one-token first element that
/// is not optional) get one; the others (`offset` -1) are always tried.
struct StartFilter: Sendable {
    var offset: [Int32] = []
    var classes: [UInt64] = []
    var numbers: [Bool] = []
    var words: [UInt64] = []

    init(candidates: [[Int]], compiled: CompiledPatterns) {
        let width = compiled.wordsPerRule
        for list in candidates {
            var plain = !list.isEmpty
            var classes: UInt64 = 0
            var numbers = false
            var bits = [UInt64](repeating: 0, count: width)
            for r in list {
                let look = compiled.lookahead[r]
                guard look.active, !look.numberFirst, !look.skippable, look.maxSpan == 1 else { plain = false; break }
                classes |= look.classes
                numbers = numbers || look.numbers
                for k in 0..<width { bits[k] |= compiled.followWords[r * width + k] }
            }
            offset.append(plain ? Int32(words.count) : -1)
            self.classes.append(classes)
            self.numbers.append(numbers)
            if plain { words.append(contentsOf: bits) }
        }
    }

    /// Whether some rule starting at vocabulary word `word` may match, given the token `next` after
    /// it: false only when every candidate rule's lookahead fails there (the test of
    /// `PatternMatcher.canContinue`, for all of the word's rules at once). `masks` are the
    /// vocabulary's lexicon-class bits (``RuleBook/wordMasks``).
    @inline(__always)
    func mayStart(word: Int, next: Int, in tokens: [Token], masks: [UInt64]) -> Bool {
        let at = offset[word]
        guard at >= 0 else { return true }
        guard next < tokens.count else { return false }
        // (Fields read in place: copying a Token would retain its text.)
        if tokens[next].kind == .number { return numbers[word] }
        let w = Int(tokens[next].word)
        guard w >= 0 else { return false }
        return masks[w] & classes[word] != 0 || words[Int(at) + w >> 6] & (1 << UInt64(w & 63)) != 0
    }
}
