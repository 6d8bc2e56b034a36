/// A set of word phrases matched against tokens, indexed by first word so matching is a dictionary
/// lookup per token. A `*` in a phrase stands for up to three words (not punctuation).
///
/// ```swift
/// var set = PhraseSet<String>()
/// set.insert("held a * meeting with", value: "meeting")
/// set.longestMatch(in: tokens, at: i)   // (end: i + 5, value: "meeting") for "held a separate meeting with"
/// ```
public struct PhraseSet<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    private var byFirst: [String: [Entry]] = [:]
    private var firsts = SigFilter()

    public init() {}

    public var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase; words are split on spaces and folded like tokens.
    public mutating func insert(_ phrase: String, value: Value) {
        let words = PhraseSet.words(of: phrase)
        guard let first = words.first, first != "*" else { return }
        firsts.insert(first)
        byFirst[first, default: []].append(Entry(words: words, value: value))
        byFirst[first]!.sort { $0.words.count > $1.words.count }
    }

    /// The phrase's words as tokens would read them (`"Azerbaijan's"` → `azerbaijan`, `'s`).
    public static func words(of phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return WordTokenizer.tokens(of: scalars).map(\.norm).map { $0 == "\u{2217}" ? "*" : $0 }
    }

    /// The longest phrase starting at `index`; `end` is exclusive.
    public func longestMatch(in tokens: [WordToken], at index: Int, limit: Int? = nil) -> (end: Int, value: Value)? {
        guard index < tokens.count, firsts.mayContain(tokens[index].sig), let entries = byFirst[tokens[index].norm] else { return nil }
        let limit = min(limit ?? tokens.count, tokens.count)
        // Entries are read in place and only the winner's value copied: copying each entry would
        // retain its words and value, the bulk of a lookup's cost.
        var bestEnd = -1
        var bestAt = -1
        entries.withUnsafeBufferPointer { buffer in
            for k in buffer.indices {
                if let end = match(buffer[k].words, 0, tokens, index, limit), end > bestEnd {
                    bestEnd = end
                    bestAt = k
                }
            }
        }
        return bestAt < 0 ? nil : (bestEnd, entries[bestAt].value)
    }

    /// Whether a phrase starts at `index`.
    public func matches(_ tokens: [WordToken], at index: Int) -> Bool { longestMatch(in: tokens, at: index) != nil }

    /// Whether a phrase ends exactly at `end` (exclusive); returns its start.
    public func matchEnding(in tokens: [WordToken], at end: Int, lookback: Int = 8) -> Int? {
        var start = end - 1
        while start >= 0 && start >= end - lookback {
            if let m = longestMatch(in: tokens, at: start, limit: end), m.end == end { return start }
            start -= 1
        }
        return nil
    }

    private func match(_ words: [String], _ w: Int, _ tokens: [WordToken], _ t: Int, _ limit: Int) -> Int? {
        if w == words.count { return t }
        if words[w] == "*" {
            var k = 0
            var pos = t
            while k <= 3 {
                if let end = match(words, w + 1, tokens, pos, limit) { return end }
                guard pos < limit, tokens[pos].isWord else { return nil }
                pos += 1
                k += 1
            }
            return nil
        }
        guard t < limit, tokens[t].norm.utf8.count == words[w].utf8.count, tokens[t].norm == words[w] else { return nil }
        return match(words, w + 1, tokens, t + 1, limit)
    }
}
