/// Just enough of PDF's syntax to renumber objects: where the references (`12 0 R`) sit in an
/// object's dictionary, skipping strings, comments and stream data. Used by ``PDFAssembler`` on
/// files cairo wrote.
///
/// ```swift
/// let marks = PDFSyntax.scan(bytes, in: body)   // [.reference(7..<9, number: 12), …]
/// ```
enum PDFSyntax {
    enum Mark: Equatable {
        /// The object number of a reference `N G R`.
        case reference(Range<Int>, number: Int)
        /// Where stream data starts (just after `stream` and its line end); scanning stops there.
        case streamData(Int)
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    static func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x28 || b == 0x29 || b == 0x3C || b == 0x3E || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D || b == 0x2F || b == 0x25
    }

    /// The marks in `bytes[range]`, in order.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Mark] {
        var marks: [Mark] = []
        // The last two tokens, when they were integers (a reference is `int int R`).
        var previous: (range: Range<Int>, value: Int)? = nil
        var beforePrevious: (range: Range<Int>, value: Int)? = nil
        var i = range.lowerBound
        let end = range.upperBound
        func token(_ integer: (Range<Int>, Int)?) {
            beforePrevious = previous
            previous = integer
        }
        while i < end {
            let b = bytes[i]
            if isWhitespace(b) { i += 1; continue }
            switch b {
            case 0x25:   // % comment to the end of the line
                while i < end, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            case 0x28:   // ( literal string ), balanced, with backslash escapes
                var depth = 0
                while i < end {
                    let c = bytes[i]
                    if c == 0x5C { i += 2; continue }
                    if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1; if depth == 0 { i += 1; break } }
                    i += 1
                }
                token(nil)
            case 0x3C where i + 1 < end && bytes[i + 1] == 0x3C, 0x3E where i + 1 < end && bytes[i + 1] == 0x3E:
                i += 2; token(nil)
            case 0x3C:   // <hex string>
                while i < end, bytes[i] != 0x3E { i += 1 }
                i += 1; token(nil)
            case 0x5B, 0x5D, 0x7B, 0x7D:
                i += 1; token(nil)
            case 0x2F:   // /Name
                i += 1
                while i < end, !isWhitespace(bytes[i]), !isDelimiter(bytes[i]) { i += 1 }
                token(nil)
            default:     // a number or a keyword
                let start = i
                while i < end, !isWhitespace(bytes[i]), !isDelimiter(bytes[i]) { i += 1 }
                if i == start { i += 1; token(nil); continue }
                let word = bytes[start..<i]
                var value = 0, isInteger = true
                for c in word { if c >= 0x30 && c <= 0x39 { value = value &* 10 &+ Int(c - 0x30) } else { isInteger = false; break } }
                if isInteger {
                    token((start..<i, value))
                    continue
                }
                if word.elementsEqual("R".utf8), let number = beforePrevious, previous != nil {
                    marks.append(.reference(number.range, number: number.value))
                } else if word.elementsEqual("stream".utf8) {
                    var data = i
                    if data < end, bytes[data] == 0x0D { data += 1 }
                    if data < end, bytes[data] == 0x0A { data += 1 }
                    marks.append(.streamData(data))
                    return marks
                }
                token(nil)
            }
        }
        return marks
    }
}
