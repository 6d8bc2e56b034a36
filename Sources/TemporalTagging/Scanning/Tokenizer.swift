/// Splits text into ``Token``s in one pass over its Unicode scalars.
///
/// Letters (any script) form words, ASCII digits form numbers, whitespace separates, and every
/// other scalar is a token of its own. Runs are capped in length so that pathological input
/// (a megabyte without spaces) stays linear and cheap.
///
/// ```swift
/// Tokenizer.tokenize(Array("10-11 October".unicodeScalars)).map(\.text)  // ["10", "-", "11", "october"]
/// ```
public enum Tokenizer {
    /// Words longer than this are still tokens, but their text is cut (they match nothing).
    static let maximumWordLength = 40

    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(scalars, words: nil)
    }

    /// Tokens, each word and mark numbered by `words` (its ``Token/word``; numbers keep -1).
    public static func tokenize(_ scalars: [Unicode.Scalar], words: WordTable?) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        // The lower-cased bytes of the ASCII word (or digits of the number) being read.
        let ascii = UnsafeMutablePointer<UInt8>.allocate(capacity: maximumWordLength + 9)
        defer { ascii.deallocate() }
        var space = true
        var lineBreak = true
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0A || v == 0xA0 || v == 0x0C || v == 0x0B
                || (v > 0x7F && s.properties.isWhitespace) {
                space = true
                if v == 0x0A || v == 0x0D { lineBreak = true }
                i += 1
                continue
            }
            let start = i
            if v >= 0x30 && v <= 0x39 {
                var value = 0
                while i < n, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                    if i - start < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    i += 1
                }
                let length = i - start
                var text = ""
                if length <= 9 {
                    for k in 0..<length { ascii[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
                    text = String(decoding: UnsafeBufferPointer(start: ascii, count: length), as: UTF8.self)
                }
                tokens.append(Token(kind: .number, start: start, end: i, text: text, capitalized: false,
                                    spaceBefore: space, lineBreakBefore: lineBreak,
                                    number: length <= 9 ? value : nil))
            } else if isLetter(s) {
                var text = ""
                let capital = v < 0x80 ? (v >= 0x41 && v <= 0x5A) : s.properties.isUppercase
                // Fast path: an ASCII word, lower-cased byte by byte.
                var count = 0
                while i < n, scalars[i].value < 0x80, (scalars[i].value | 0x20) >= 0x61, (scalars[i].value | 0x20) <= 0x7A {
                    if i - start < maximumWordLength { ascii[count] = UInt8(scalars[i].value | 0x20); count += 1 }
                    i += 1
                }
                let bytes = UnsafeBufferPointer(start: ascii, count: count)
                if i >= n || !isLetter(scalars[i]) {
                    // (Built in place with its id: a Token copied to be appended retains its text.)
                    tokens.append(Token(kind: .word, start: start, end: i, text: String(decoding: bytes, as: UTF8.self),
                                        capitalized: capital, spaceBefore: space, lineBreakBefore: lineBreak, number: nil,
                                        word: words?.id(ascii: bytes) ?? -1))
                    space = false
                    lineBreak = false
                    continue
                }
                i = start
                while i < n, isLetter(scalars[i]) {
                    if i - start < maximumWordLength {
                        let c = scalars[i]
                        if c.value >= 0x41 && c.value <= 0x5A {
                            text.unicodeScalars.append(Unicode.Scalar(c.value + 32)!)
                        } else if c.value < 0x80 {
                            text.unicodeScalars.append(c)
                        } else {
                            text += c.properties.lowercaseMapping
                        }
                    }
                    i += 1
                }
                tokens.append(Token(kind: .word, start: start, end: i, text: text, capitalized: capital,
                                    spaceBefore: space, lineBreakBefore: lineBreak, number: nil, word: words?.id(text) ?? -1))
            } else {
                var text = ""
                // Typographic apostrophes and dashes are read as their ASCII forms.
                switch v {
                case 0x2019, 0x2018: text = "'"
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: text = "-"
                case 0..<0x80: text = asciiMarks[Int(v)]
                default: text.unicodeScalars.append(s)
                }
                i += 1
                tokens.append(Token(kind: .punct, start: start, end: i, text: text, capitalized: false,
                                    spaceBefore: space, lineBreakBefore: lineBreak, number: nil, word: words?.id(text) ?? -1))
            }
            space = false
            lineBreak = false
        }
        return tokens
    }

    /// Every ASCII character as a one-character string (marks are tokens of their own).
    static let asciiMarks: [String] = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }
}
