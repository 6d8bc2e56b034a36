/// One word or punctuation mark of a sentence, with its place in the article text.
///
/// `norm` is the lower-cased word with diacritics and Cyrillic look-alike letters folded to Latin,
/// so `Aliyevа` (Cyrillic а) and `Əliyeva` both read `aliyeva`.
///
/// ```swift
/// let tokens = WordTokenizer.tokens(of: Array("Ombudsman Sabina Aliyeva visited Vienna.".unicodeScalars))
/// tokens[2].norm          // "aliyeva"
/// tokens[2].isCapitalized // true
/// ```
public struct WordToken: Sendable, Hashable {
    /// Scalar offsets into the tokenised text, end exclusive.
    public var start: Int
    public var end: Int
    public var norm: String
    public var isCapitalized: Bool
    public var isWord: Bool
    /// `norm`'s ``WordKey``: word and phrase sets look tokens up by it.
    public var key: UInt64

    public init(start: Int, end: Int, norm: String, isCapitalized: Bool, isWord: Bool) {
        self.init(start: start, end: end, norm: norm, isCapitalized: isCapitalized, isWord: isWord, key: WordKey.of(norm))
    }

    init(start: Int, end: Int, norm: String, isCapitalized: Bool, isWord: Bool, key: UInt64) {
        self.start = start
        self.end = end
        self.norm = norm
        self.isCapitalized = isCapitalized
        self.isWord = isWord
        self.key = key
    }
}

/// A set of words, looked up by ``WordKey``.
///
/// ```swift
/// let set: WordSet = ["she", "her"]
/// set.contains("she")   // true
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    public private(set) var words: Set<String> = []
    private var keys = KeyTable()

    public init() {}
    public init<S: Sequence>(_ words: S) where S.Element == String { for w in words { insert(w) } }
    public init(arrayLiteral elements: String...) { self.init(elements) }

    public mutating func insert(_ word: String) {
        words.insert(word)
        keys.insert(WordKey.of(word), 0)
    }

    public mutating func formUnion<S: Sequence>(_ other: S) where S.Element == String { for w in other { insert(w) } }

    @inline(__always) public func contains(_ word: String) -> Bool { keys.contains(WordKey.of(word)) }
    @inline(__always) public func contains(_ token: WordToken) -> Bool { keys.contains(token.key) }

    public var isEmpty: Bool { words.isEmpty }
    public var count: Int { words.count }
    public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// Splits text into ``WordToken``s without Foundation: letters and digits (with inner hyphens, as in
/// `two-day` or `10-11`) form words, `'s` is its own token, every other mark is one token.
public enum WordTokenizer {
    /// Tokens of `scalars[range]` (the whole array by default).
    public static func tokens(of scalars: [Unicode.Scalar], in range: Range<Int>? = nil) -> [WordToken] {
        let range = range ?? 0..<scalars.count
        var result: [WordToken] = []
        result.reserveCapacity((range.count / 5) + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = scalars[i]
            if isSpace(c) { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < end {
                    let d = scalars[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Inner hyphen: "two-day", "co-organized", "10-11".
                    if d == "-" || d == "\u{2011}", j + 1 < end, isWordScalar(scalars[j + 1]) { j += 2; continue }
                    break
                }
                result.append(make(scalars, i, j, isWord: true))
                i = j
                continue
            }
            // Possessive 's / ’s.
            if (c == "'" || c == "\u{2019}"), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= end || !isWordScalar(scalars[i + 2]), !result.isEmpty, result[result.count - 1].end == i {
                result.append(WordToken(start: i, end: i + 2, norm: "'s", isCapitalized: false, isWord: false, key: possessiveKey))
                i += 2
                continue
            }
            var mark = c
            if c == "\u{2019}" || c == "\u{2018}" { mark = "'" }
            if c == "\u{201C}" || c == "\u{201D}" || c == "«" || c == "»" { mark = "\"" }
            if c == "\u{2013}" || c == "\u{2014}" { mark = "-" }
            if mark.value < 0x80 {
                let m = Int(mark.value)
                result.append(WordToken(start: i, end: i + 1, norm: asciiMarks[m], isCapitalized: false, isWord: false, key: asciiMarkKeys[m]))
            } else {
                result.append(WordToken(start: i, end: i + 1, norm: String(mark), isCapitalized: false, isWord: false))
            }
            i += 1
        }
        return result
    }

    /// Every ASCII character as a one-character string (marks are tokens of their own).
    static let asciiMarks: [String] = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }
    static let asciiMarkKeys: [UInt64] = asciiMarks.map(WordKey.of)
    static let possessiveKey = WordKey.of("'s")

    static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, isWord: Bool) -> WordToken {
        let first = s[a]
        // Fast path: ASCII words need no folding beyond lower case.
        var ascii = true
        for k in a..<b where s[k].value >= 0x80 { ascii = false; break }
        if ascii {
            var h = WordKey.offset
            let norm = String(unsafeUninitializedCapacity: b - a) { buffer in
                for k in a..<b {
                    var v = UInt8(truncatingIfNeeded: s[k].value)
                    if v >= 0x41 && v <= 0x5A { v += 32 }
                    buffer[k - a] = v
                    h = WordKey.step(h, v)
                }
                return b - a
            }
            return WordToken(start: a, end: b, norm: norm, isCapitalized: first.value >= 0x41 && first.value <= 0x5A, isWord: isWord,
                             key: WordKey.finish(h))
        }
        var view = String.UnicodeScalarView()
        var hasLatin = false
        for k in a..<b where s[k].value < 0x80 && s[k].properties.isAlphabetic { hasLatin = true; break }
        for k in a..<b {
            for f in fold(s[k], latinContext: hasLatin) { view.append(f) }
        }
        return WordToken(start: a, end: b, norm: String(view), isCapitalized: first.properties.isUppercase, isWord: isWord)
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{202F}"
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Lower case, diacritics dropped, Cyrillic look-alikes read as Latin inside Latin words.
    static func fold(_ c: Unicode.Scalar, latinContext: Bool) -> [Unicode.Scalar] {
        let v = c.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return [Unicode.Scalar(v + 32)!] }
            return [c]
        }
        if latinContext, let latin = cyrillicLookAlikes[v] { return [latin] }
        if let plain = latinFolds[v] { return plain.unicodeScalars.map { $0 } }
        let lower = c.properties.lowercaseMapping
        return lower.unicodeScalars.map { $0 }
    }

    static let cyrillicLookAlikes: [UInt32: Unicode.Scalar] = [
        0x0430: "a", 0x0410: "a", 0x0435: "e", 0x0415: "e", 0x043E: "o", 0x041E: "o", 0x0440: "p", 0x0420: "p",
        0x0441: "c", 0x0421: "c", 0x0443: "y", 0x0423: "y", 0x0445: "x", 0x0425: "x", 0x0456: "i", 0x0406: "i",
        0x041A: "k", 0x043A: "k", 0x041C: "m", 0x043C: "m", 0x0422: "t", 0x0442: "t", 0x0412: "b", 0x041D: "h",
        0x0455: "s", 0x0405: "s", 0x0458: "j", 0x0408: "j",
    ]

    static let latinFolds: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăąǎ"), ("a", "əƏ"), ("c", "çćĉċčÇĆČ"), ("d", "ďđ"), ("e", "èéêëēĕėęěÈÉÊË"),
            ("g", "ĝğġģĞ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįıİÌÍÎÏ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňÑ"),
            ("o", "òóôõöøōŏőÒÓÔÕÖØ"), ("r", "ŕŗř"), ("s", "śŝşšŞŠŚ"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűųÙÚÛÜ"),
            ("y", "ýÿŷÝ"), ("z", "źżžŽ"), ("a", "ÀÁÂÃÄÅ"),
        ]
        for (plain, letters) in groups { for s in letters.unicodeScalars { map[s.value] = plain } }
        return map
    }()
}
