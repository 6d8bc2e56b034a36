/// Splits a paragraph into sentences without being fooled by abbreviations and initials.
///
/// A sentence ends at `.`, `!` or `?` (optionally followed by closing quotes or brackets) when
/// the next non-space character starts a new sentence (a capital, digit or opening quote) and the
/// word before the stop is not a known abbreviation (`Mr.`, `Oct.`, `U.N.`, single initials).
///
/// ```swift
/// let parts = SentenceSplitter().split(Array("Dr. Smith came on Oct. 5. He left.".unicodeScalars))
/// parts.count   // 2
/// ```
public struct SentenceSplitter: Sendable {
    /// Lower-cased words (without the dot) after which a period does not end a sentence.
    public var abbreviations: Set<String> { didSet { shapes = Shapes(abbreviations) } }
    /// First letter and length of the ASCII abbreviations: most words before a full stop are
    /// ruled out without building and hashing a string.
    private var shapes: Shapes

    struct Shapes: Sendable {
        private var bits = [UInt64](repeating: 0, count: 128)

        init(_ words: Set<String>) {
            for w in words {
                let u = Array(w.utf8)
                guard let f = u.first, f < 0x80, u.count < 64 else { continue }
                bits[Int(f)] |= 1 << UInt64(u.count)
            }
        }

        func mayContain(first: UInt8, count: Int) -> Bool { count < 64 && bits[Int(first)] & (1 << UInt64(count)) != 0 }
    }

    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "gen", "col", "lt",
        "sen", "rep", "gov", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "art", "para", "vol", "pp", "cf", "mt", "ft", "rev", "hon",
    ]

    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        self.abbreviations = abbreviations
        shapes = Shapes(abbreviations)
    }

    /// Sentence ranges, in indices of `scalars`, trimmed of surrounding white space.
    public func split(_ scalars: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<scalars.count
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < range.upperBound, Self.isCloser(scalars[end]) { end += 1 }
                var next = end
                while next < range.upperBound, Self.isSpace(scalars[next]) { next += 1 }
                if next == range.upperBound {
                    break
                }
                if next > end, Self.startsSentence(scalars[next]), !(c == "." && isAbbreviation(scalars, dotAt: i, from: start)) {
                    appendTrimmed(&result, scalars, start..<end)
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        appendTrimmed(&result, scalars, start..<range.upperBound)
        return result
    }

    private func appendTrimmed(_ result: inout [Range<Int>], _ s: [Unicode.Scalar], _ r: Range<Int>) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, Self.isSpace(s[lo]) { lo += 1 }
        while hi > lo, Self.isSpace(s[hi - 1]) { hi -= 1 }
        if lo < hi { result.append(lo..<hi) }
    }

    /// White space, with a fast path for ASCII.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == " " || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace
    }

    /// The longest word looked at as a possible abbreviation; longer words never are one.
    static let longestAbbreviation = 12

    private func isAbbreviation(_ s: [Unicode.Scalar], dotAt dot: Int, from start: Int) -> Bool {
        var j = dot
        let limit = max(start, dot - Self.longestAbbreviation - 1)
        while j > limit, !Self.isSpace(s[j - 1]), s[j - 1] != "(" , s[j - 1] != "\"" { j -= 1 }
        if j == limit, j > start, !Self.isSpace(s[j - 1]), s[j - 1] != "(", s[j - 1] != "\"" { return false }
        if j == dot { return false }
        // An ASCII word lower-cased stays ASCII, of the same length: if no abbreviation has its
        // first letter and length, it is none (a single capital is tested below).
        if dot - j > 1 {
            var ascii = true
            for k in j..<dot where s[k].value >= 0x80 { ascii = false; break }
            if ascii {
                var f = UInt8(truncatingIfNeeded: s[j].value)
                if f >= 0x41 && f <= 0x5A { f += 32 }
                if !shapes.mayContain(first: f, count: dot - j) { return false }
            }
        }
        let word = String(String.UnicodeScalarView(s[j..<dot]))
        if word.isEmpty { return false }
        // A single capital letter is an initial ("J. Smith"), unless it ends a longer all-caps run.
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        return abbreviations.contains(word.lowercased())
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == ")" || c == "]" || c == "\u{201D}" || c == "\u{2019}" || c == "»"
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.numericType != nil || c == "\"" || c == "\u{201C}" || c == "«"
            || c == "(" || c == "'" || c == "\u{2018}" || c.properties.isAlphabetic && !c.properties.isLowercase
    }
}
