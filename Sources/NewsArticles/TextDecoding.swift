/// Turns the bytes of a file into text, the way a forgiving reader should.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; invalid UTF-8 bytes are
/// replaced with U+FFFD and reported with the byte offset of the first one. Files that look
/// binary are refused: NUL bytes (without a UTF-16 BOM), many control characters, or mostly
/// bytes that are not UTF-8.
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
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, file: file)
        }
        var issues: [ArticleIssue] = []
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let scan = scanUTF8(bytes, from: start)
        if let nul = scan.firstNUL {
            let hint = looksLikeUTF16WithoutBOM(bytes) ? "; UTF-16 without a byte-order mark? Save it as UTF-8" : ""
            throw ArticleIssue(.error, file: file, byteOffset: nul, "binary data (NUL byte), not a text article\(hint)")
        }
        let length = bytes.count - start
        if length > 0, scan.controlBytes * 10 > length {
            throw ArticleIssue(.error, file: file, byteOffset: scan.firstControl,
                               "binary data (\(scan.controlBytes) control bytes in \(length)), not a text article")
        }
        if let bad = scan.firstInvalid {
            if scan.invalidSequences >= 16, scan.invalidSequences * 4 > length {
                throw ArticleIssue(.error, file: file, byteOffset: bad,
                                   "not UTF-8 text (\(scan.invalidSequences) invalid sequences in \(length) bytes): binary, or another encoding; save it as UTF-8")
            }
            issues.append(ArticleIssue(.warning, file: file, byteOffset: bad,
                                       "invalid UTF-8 from byte \(bad) on (\(scan.invalidSequences) sequence\(scan.invalidSequences == 1 ? "" : "s")), replaced with U+FFFD"))
        }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self) }
        return Decoded(text: text, issues: issues)
    }

    static func decodeUTF16(_ bytes: [UInt8], file: String) -> Decoded {
        var issues: [ArticleIssue] = []
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
        if let bad = firstInvalidUTF16(units) {
            issues.append(ArticleIssue(.warning, file: file, byteOffset: 2 + 2 * bad,
                                       "invalid UTF-16 from byte \(2 + 2 * bad) on, replaced with U+FFFD"))
        }
        return Decoded(text: String(decoding: units, as: UTF16.self), issues: issues)
    }

    /// Index of the first unpaired surrogate, or `nil`.
    static func firstInvalidUTF16(_ units: [UInt16]) -> Int? {
        var i = 0
        while i < units.count {
            let u = units[i]
            if u >= 0xD800 && u <= 0xDBFF {
                guard i + 1 < units.count, units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF else { return i }
                i += 2
                continue
            }
            if u >= 0xDC00 && u <= 0xDFFF { return i }
            i += 1
        }
        return nil
    }

    /// NUL bytes mostly at every other position: UTF-16 text that lost its BOM.
    static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return false }
        var evenZero = 0, oddZero = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 } }
        let pairs = sample.count / 2
        return max(evenZero, oddZero) * 10 >= pairs * 8 && min(evenZero, oddZero) * 10 <= pairs
    }

    struct Scan {
        var firstInvalid: Int?
        var invalidSequences = 0
        var firstNUL: Int?
        var controlBytes = 0
        var firstControl: Int?
    }

    /// One pass over the bytes: invalid UTF-8, NUL and control bytes (other than tab, line
    /// feed, carriage return, form feed and escape). ASCII runs are skipped eight bytes at a time.
    static func scanUTF8(_ bytes: [UInt8], from start: Int) -> Scan {
        var scan = Scan()
        bytes.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var i = start
            while i < end {
                // Fast path: eight printable ASCII bytes.
                if i + 8 <= end {
                    let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    // High bit clear, and no byte below 0x20 (tab/newline handled by the slow path).
                    let high = word & 0x8080_8080_8080_8080
                    let below20 = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    if high == 0 && below20 == 0 { i += 8; continue }
                }
                let b = buffer[i]
                if b < 0x80 {
                    if b < 0x20 {
                        if b == 0 {
                            if scan.firstNUL == nil { scan.firstNUL = i }
                        } else if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
                            scan.controlBytes += 1
                            if scan.firstControl == nil { scan.firstControl = i }
                        }
                    }
                    i += 1
                    continue
                }
                let length = sequenceLength(buffer, at: i, end: end)
                if length == 0 {
                    if scan.firstInvalid == nil { scan.firstInvalid = i }
                    scan.invalidSequences += 1
                    i += 1
                } else {
                    i += length
                }
            }
        }
        return scan
    }

    /// Length of the valid UTF-8 sequence starting at `i` (lead byte ≥ 0x80), or 0 if invalid.
    @inline(__always)
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = s[i]
        let need: Int
        if b & 0xE0 == 0xC0, b >= 0xC2 { need = 1 }
        else if b & 0xF0 == 0xE0 { need = 2 }
        else if b & 0xF8 == 0xF0, b <= 0xF4 { need = 3 }
        else { return 0 }
        if i + need >= end { return 0 }
        for k in 1...need where s[i + k] & 0xC0 != 0x80 { return 0 }
        let c = s[i + 1]
        if need == 2, b == 0xE0 && c < 0xA0 || b == 0xED && c >= 0xA0 { return 0 }  // overlong, surrogate
        if need == 3, b == 0xF0 && c < 0x90 || b == 0xF4 && c >= 0x90 { return 0 }  // overlong, > U+10FFFF
        return need + 1
    }

    /// Byte offset (in the whole buffer) of the first byte that is not valid UTF-8, or `nil`.
    public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        let array = Array(bytes)
        return scanUTF8(array, from: 0).firstInvalid.map { $0 + bytes.startIndex }
    }
}
