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
        /// The words' ``WordKey``s; 0 stands for `*`.
        var keys: [UInt64]
        var value: Value
    }

    /// Entries grouped by first word, longest first; `firsts` maps a first word's key to its group.
    /// Both sit behind one reference with constant fields: the rules are read through structs and
    /// closures, where a copy of the set is then one retain, and reads need no exclusivity checks.
    private final class Storage: Sendable {
        let groups: [[Entry]]
        let firsts: KeyTable
        init(groups: [[Entry]], firsts: KeyTable) {
            self.groups = groups
            self.firsts = firsts
        }
    }
    private var storage = Storage(groups: [], firsts: KeyTable())

    public init() {}

    public var isEmpty: Bool { storage.groups.isEmpty }

    /// Adds a phrase; words are split on spaces and folded like tokens.
    public mutating func insert(_ phrase: String, value: Value) {
        let words = PhraseSet.words(of: phrase)
        guard let first = words.first, first != "*" else { return }
        let entry = Entry(keys: words.map { $0 == "*" ? 0 : WordKey.of($0) }, value: value)
        let key = entry.keys[0]
        var groups = storage.groups, firsts = storage.firsts
        // (Let go of the storage first, so that the arrays are changed in place when not shared.)
        storage = Storage(groups: [], firsts: KeyTable())
        if let g = firsts[key] {
            groups[Int(g)].append(entry)
            groups[Int(g)].sort { $0.keys.count > $1.keys.count }
        } else {
            firsts.insert(key, Int32(groups.count))
            groups.append([entry])
        }
        storage = Storage(groups: groups, firsts: firsts)
    }

    /// The phrase's words as tokens would read them (`"Azerbaijan's"` → `azerbaijan`, `'s`).
    public static func words(of phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return WordTokenizer.tokens(of: scalars).map(\.norm).map { $0 == "\u{2217}" ? "*" : $0 }
    }

    /// The longest phrase starting at `index`; `end` is exclusive.
    public func longestMatch(in tokens: [WordToken], at index: Int, limit: Int? = nil) -> (end: Int, value: Value)? {
        guard index < tokens.count, let g = storage.firsts[tokens[index].key] else { return nil }
        let limit = min(limit ?? tokens.count, tokens.count)
        // Entries and tokens are read in place and only the winner's value copied: copying them
        // would retain their arrays and strings, the bulk of a lookup's cost.
        var bestEnd = -1
        var bestAt = -1
        storage.groups.withUnsafeBufferPointer { groups in
            groups[Int(g)].withUnsafeBufferPointer { entries in
                tokens.withUnsafeBufferPointer { tokens in
                    for k in entries.indices {
                        entries[k].keys.withUnsafeBufferPointer { keys in
                            if let end = PhraseSet.match(keys, 0, tokens, index, limit), end > bestEnd {
                                bestEnd = end
                                bestAt = k
                            }
                        }
                    }
                }
            }
        }
        return bestAt < 0 ? nil : (bestEnd, storage.groups[Int(g)][bestAt].value)
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

    private static func match(_ keys: UnsafeBufferPointer<UInt64>, _ w: Int, _ tokens: UnsafeBufferPointer<WordToken>, _ t: Int,
                              _ limit: Int) -> Int? {
        if w == keys.count { return t }
        if keys[w] == 0 {
            var k = 0
            var pos = t
            while k <= 3 {
                if let end = match(keys, w + 1, tokens, pos, limit) { return end }
                guard pos < limit, tokens[pos].isWord else { return nil }
                pos += 1
                k += 1
            }
            return nil
        }
        guard t < limit, tokens[t].key == keys[w] else { return nil }
        return match(keys, w + 1, tokens, t + 1, limit)
    }
}
