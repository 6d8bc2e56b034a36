/// Word classes read from `Resources/lexicon.txt`: month and weekday names, number words,
/// units, seasons, parts of the day, modifiers and the context words that decide tense.
///
/// One class per line: `CLASS: word=value word=value …`. A word written with a final `.`
/// (`oct.`) is an abbreviation that may be followed by a full stop; a value ending in `!`
/// marks a word that is a date only in context (`may=5!`).
///
/// ```swift
/// let lexicon = try Lexicon(parsing: "MONTH: october=10 oct.=10", file: "inline")
/// lexicon.entries(for: "oct").first?.value   // "10"
/// ```
public struct Lexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var wordClass: String
        public var value: String
        /// Written with a final full stop in the lexicon: may absorb an adjacent `.`.
        public var abbreviation: Bool
        /// A common word that is temporal only in context (`may`, `march`, `fall`).
        public var ambiguous: Bool
        /// Numeric id of ``wordClass`` in the rule book (set when the book is compiled).
        public var classID: Int32 = -1
    }

    private(set) var table: [String: [Entry]] = [:]
    /// Classes as listed, for phrase classes spanning several tokens (`more than`).
    private(set) var phrases: [String: [[String]: String]] = [:]

    public init(parsing text: String, file: String) throws {
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw RuleError(file: file, line: lineNumber, message: "expected 'CLASS: word=value …'")
            }
            let wordClass = String(line[..<colon]).trimmingSpaces()
            guard !wordClass.isEmpty, wordClass.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                throw RuleError(file: file, line: lineNumber, message: "class name must be upper case: '\(wordClass)'")
            }
            for item in line[line.index(after: colon)...].split(separator: " ") {
                var word = Substring(item), value = ""
                if let eq = item.firstIndex(of: "=") {
                    word = item[..<eq]
                    value = String(item[item.index(after: eq)...])
                }
                var ambiguous = false
                if value.hasSuffix("!") { ambiguous = true; value.removeLast() }
                var abbreviation = false
                if word.count > 1, word.hasSuffix(".") { abbreviation = true; word = word.dropLast() }
                let key = word.lowercased()
                if key.contains("_") {
                    // A phrase: words joined by '_' (more_than).
                    let parts = key.split(separator: "_").map(String.init)
                    phrases[wordClass, default: [:]][parts] = value
                    table[parts[0], default: []].append(Entry(wordClass: wordClass + "^", value: "", abbreviation: false, ambiguous: false))
                    continue
                }
                table[key, default: []].append(Entry(wordClass: wordClass, value: value, abbreviation: abbreviation, ambiguous: ambiguous))
            }
        }
    }

    /// The classes a lower-cased word belongs to.
    public func entries(for word: String) -> [Entry] { table[word] ?? [] }

    /// The entry of `word` in `wordClass`, if any.
    public func entry(_ word: String, in wordClass: String) -> Entry? {
        guard let list = table[word] else { return nil }
        for e in list where e.wordClass == wordClass { return e }
        return nil
    }

    /// Multi-word members of a class (`more than`), longest first, then alphabetical (a fixed order,
    /// so "no more than" is tried before "more than" on every run).
    public func phrases(in wordClass: String) -> [[String]] {
        (phrases[wordClass] ?? [:]).keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// Every class name, in a stable order.
    var classNames: [String] {
        var names = Set<String>()
        for list in table.values { for e in list { names.insert(e.wordClass) } }
        return names.sorted()
    }

    /// Every single word of the lexicon.
    var allWords: [String] { Array(table.keys) }

    /// Every word listed in a class.
    public func words(in wordClass: String) -> Set<String> {
        var out = Set<String>()
        for (word, list) in table where list.contains(where: { $0.wordClass == wordClass }) { out.insert(word) }
        return out
    }
}

/// A problem in a rule or lexicon file, naming the file and the line.
public struct RuleError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns. It works on bytes
    /// because every rule line passes through it at each start-up.
    func trimmingSpaces() -> String {
        let s = Substring(self), bytes = s.utf8
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, isBlank(bytes[lo]) { lo = bytes.index(after: lo) }
        while hi > lo, isBlank(bytes[bytes.index(before: hi)]) { hi = bytes.index(before: hi) }
        return String(s[lo..<hi])
    }

    /// The parts between the occurrences of `separator`, empty parts kept: what Foundation's
    /// `components(separatedBy:)` gives, without its option-aware search (which took a third of
    /// loading the rule book).
    func parts(separatedBy separator: String) -> [Substring] {
        let s = Substring(self), bytes = s.utf8, mark = Array(separator.utf8)
        guard let first = mark.first else { return [s] }
        var parts: [Substring] = [], partStart = bytes.startIndex, i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == first, bytes[i...].starts(with: mark) {
                parts.append(s[partStart..<i])
                i = bytes.index(i, offsetBy: mark.count)
                partStart = i
            } else {
                i = bytes.index(after: i)
            }
        }
        parts.append(s[partStart...])
        return parts
    }
}

private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
