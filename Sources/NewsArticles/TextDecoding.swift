/// Turns the bytes of a file into text, the way a forgiving reader should.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; invalid UTF-8 bytes are
/// replaced with U+FFFD and reported with the byte offset of the first one; files that look
/// binary (NUL bytes without a UTF-16 BOM) are refused.
///
/// ```swift
/// let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41], file: "a.txt")
/// decoded.text          // "A"
/// decoded.issues        // []
/// ```
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var issues: [ArticleIssue]
    }

    public static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        var issues: [ArticleIssue] = []
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            if bytes.count % 2 == 1 {
                issues.append(ArticleIssue(.warning, file: file, byteOffset: bytes.count - 1, "odd trailing byte in UTF-16 text dropped"))
            }
            let text = String(decoding: units, as: UTF16.self)
            if text.unicodeScalars.contains("\u{FFFD}") {
                issues.append(ArticleIssue(.warning, file: file, "invalid UTF-16 sequences replaced with U+FFFD"))
            }
            return Decoded(text: text, issues: issues)
        }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let nul = body.firstIndex(of: 0) {
            throw ArticleIssue(.error, file: file, byteOffset: nul, "binary data (NUL byte), not a text article")
        }
        if let bad = firstInvalidUTF8(body) {
            issues.append(ArticleIssue(.warning, file: file, byteOffset: bad,
                                       "invalid UTF-8 from byte \(bad) on, replaced with U+FFFD"))
        }
        return Decoded(text: String(decoding: body, as: UTF8.self), issues: issues)
    }

    /// Byte offset (in the whole buffer) of the first byte that is not valid UTF-8, or `nil`.
    public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { need = 1 }
            else if b & 0xF0 == 0xE0 { need = 2 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { need = 3 }
            else { return i }
            if i + need >= end { return i }
            for k in 1...need where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong and surrogate forms.
            if need == 2 {
                let c = bytes[i + 1]
                if b == 0xE0 && c < 0xA0 || b == 0xED && c >= 0xA0 { return i }
            } else if need == 3 {
                let c = bytes[i + 1]
                if b == 0xF0 && c < 0x90 || b == 0xF4 && c >= 0x90 { return i }
            }
            i += need + 1
        }
        return nil
    }
}
