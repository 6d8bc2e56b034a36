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
    private let contextWords: Set<String>
    private let boundaryWords: Set<String>

    public init() {
        do {
            let book = try RuleBook.bundled()
            self.book = book
            self.loadError = nil
        } catch {
            self.book = try! RuleBook(lexicon: Lexicon(parsing: "", file: "-"), ruleFiles: [])
            self.loadError = "\(error)"
        }
        futureWords = book.lexicon.words(in: "FUTURE")
        pastWords = book.lexicon.words(in: "PAST")
        contextWords = book.lexicon.words(in: "MONTHCTX")
        boundaryWords = book.lexicon.words(in: "ABBREV")
    }

    /// A tagger over the given rules (tests, experiments).
    public init(book: RuleBook) {
        self.book = book
        self.loadError = nil
        futureWords = book.lexicon.words(in: "FUTURE")
        pastWords = book.lexicon.words(in: "PAST")
        contextWords = book.lexicon.words(in: "MONTHCTX")
        boundaryWords = book.lexicon.words(in: "ABBREV")
    }

    /// Every temporal expression in `text`, in text order, resolved against `reference`
    /// (the publication date) and, for anaphoric expressions, the last date resolved before them.
    public func tag(_ text: String, reference: CalendarDay?) -> [TimeExpression] {
        let scalars = Array(text.unicodeScalars)
        return tag(scalars: scalars, reference: reference)
    }

    /// The same over a text already split into Unicode scalars (offsets index this array).
    public func tag(scalars: [Unicode.Scalar], reference: CalendarDay?) -> [TimeExpression] {
        let tokens = Tokenizer.tokenize(scalars)
        let matcher = PatternMatcher(lexicon: book.lexicon, tokens: tokens)
        var found: [TimeExpression] = []
        var anchor: CalendarDay? = nil
        var i = 0
        var lastEnd = 0
        var keys: [String] = []
        while i < tokens.count {
            keys.removeAll(keepingCapacity: true)
            self.keys(of: tokens[i], into: &keys)
            var candidates: [Int] = []
            for key in keys { if let list = book.index[key] { candidates.append(contentsOf: list) } }
            if candidates.isEmpty { i += 1; continue }
            var matches: [RuleMatch] = []
            for r in candidates {
                if var m = matcher.match(book.rules[r].pattern, at: i) {
                    // Optional connectors left dangling at the end ("October 10," without a year).
                    while m.end - 1 > i, Self.danglingWords.contains(tokens[m.end - 1].text) { m.end -= 1 }
                    matches.append(RuleMatch(rule: r, first: i, end: m.end, captures: m.captures))
                }
            }
            matches.sort { $0.end != $1.end ? $0.end > $1.end : $0.rule < $1.rule }
            var accepted = false
            for m in matches {
                let rule = book.rules[m.rule]
                let context = Resolver.Context(
                    reference: reference, anchor: anchor, tense: tense(tokens, around: m.first, end: m.end),
                    previousWord: m.first > 0 ? tokens[m.first - 1].text : nil,
                    previousIsContext: m.first > 0 && contextWords.contains(tokens[m.first - 1].text))
                guard let result = Resolver(rule: rule, match: m, context: context).resolve() else { continue }
                let first = extendLeft(tokens, from: m.first, limit: lastEnd)
                let start = tokens[first].start, end = tokens[m.end - 1].end
                var piece = ""
                piece.unicodeScalars.append(contentsOf: scalars[start..<end])
                found.append(TimeExpression(start: start, end: end, text: piece, type: rule.type,
                                            value: result.value, span: rule.type == .date ? result.span : nil))
                if rule.type == .date, let span = result.span, span.granularity == .day || span.granularity == .range {
                    anchor = span.first
                }
                lastEnd = m.end
                i = m.end
                accepted = true
                break
            }
            if !accepted { i += 1 }
        }
        return found
    }

    private func keys(of token: Token, into keys: inout [String]) {
        switch token.kind {
        case .number:
            keys.append("@NUM"); keys.append("@DIGITS"); keys.append("@DAY"); keys.append("@YEAR")
            keys.append("@MONTHNUM"); keys.append("@HOUR"); keys.append("@MINUTE"); keys.append("@ORDNUM")
            keys.append("@DECADE")
        case .word:
            keys.append(token.text)
            for e in book.lexicon.entries(for: token.text) {
                keys.append("@" + e.wordClass)
                if e.wordClass == "NUMWORD" || e.wordClass == "TENS" { keys.append("@NUM") }
            }
            if token.text == "a" || token.text == "an" { keys.append("@NUM") }
        case .punct:
            keys.append(token.text)
            if token.text == "'" { keys.append("@YY"); keys.append("@DECADE") }
        }
    }

    /// Takes in modifiers that belong to the expression (`nearly`, `early`, `mid-`, `more than`).
    private func extendLeft(_ tokens: [Token], from first: Int, limit: Int) -> Int {
        var f = first
        // "over the past two months": before an article, these words are prepositions.
        if tokens[first].text == "the" { return f }
        while f > limit {
            let prev = tokens[f - 1]
            if prev.text == "-", !prev.spaceBefore, f - 2 >= limit, tokens[f - 2].text == "mid" { f -= 2; continue }
            if book.lexicon.entry(prev.text, in: "MOD") != nil { f -= 1; continue }
            var phrased = false
            for (words, _) in book.lexicon.phrases(in: "MOD") where f - words.count >= limit {
                var ok = true
                for (k, w) in words.enumerated() where tokens[f - words.count + k].text != w { ok = false; break }
                if ok { f -= words.count; phrased = true; break }
            }
            if phrased { continue }
            break
        }
        return f
    }

    /// Tense of the sentence around tokens `first..<end`: the nearest tense marker wins,
    /// looking back to the sentence start and a few words ahead.
    func tense(_ tokens: [Token], around first: Int, end: Int) -> Tense {
        var back = first - 1
        var distanceBack = Int.max, markBack = Tense.unknown
        var steps = 0
        while back >= 0 && steps < 20 {
            let t = tokens[back]
            if isBoundary(tokens, back) { break }
            if let m = marker(t.text) { markBack = m; distanceBack = first - back; break }
            back -= 1; steps += 1
        }
        var ahead = end
        var distanceAhead = Int.max, markAhead = Tense.unknown
        steps = 0
        while ahead < tokens.count && steps < 12 {
            if isBoundary(tokens, ahead) { break }
            if let m = marker(tokens[ahead].text) { markAhead = m; distanceAhead = ahead - end + 1; break }
            ahead += 1; steps += 1
        }
        if markBack == .unknown { return markAhead }
        if markAhead == .unknown { return markBack }
        return distanceAhead < distanceBack ? markAhead : markBack
    }

    private func marker(_ word: String) -> Tense? {
        if futureWords.contains(word) { return .future }
        if pastWords.contains(word) { return .past }
        if word.count > 4, word.hasSuffix("ed") { return .past }
        return nil
    }

    private func isBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        if t.lineBreakBefore && i > 0 && tokens[i - 1].kind == .punct { return true }
        guard t.kind == .punct else { return false }
        switch t.text {
        case "!", "?", ";": return true
        case ".":
            if i > 0, boundaryWords.contains(tokens[i - 1].text) { return false }
            return i + 1 >= tokens.count || tokens[i + 1].spaceBefore
        default: return false
        }
    }
}
