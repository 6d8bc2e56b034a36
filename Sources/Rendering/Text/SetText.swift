/// A text broken into lines of shaped words by ``WordShaper/set(_:style:wrapWidth:)``: what the
/// measurer reports and what the drawer draws, so the two cannot disagree.
struct SetText {
    /// A word or a space placed on a line: index into ``WordShaper/words``, start from the line's left.
    struct Placed {
        var word: Int32
        var x: Int32
    }

    struct Line {
        var placed: Range<Int>
        var width: Int
        var ascent: Int
        var descent: Int
    }

    var lines: [Line] = []
    var placed: [Placed] = []

    /// Width of the widest line, height of all lines, first baseline — in points.
    var size: (width: Double, height: Double, baseline: Double) {
        let scale = 1.0 / 1024
        let width = lines.reduce(0) { max($0, $1.width) }
        let height = lines.reduce(0) { $0 + $1.ascent + $1.descent }
        return (Double(width) * scale, Double(height) * scale, Double(lines.first?.ascent ?? 0) * scale)
    }
}

extension WordShaper {
    /// `text` in style `style` broken into lines no wider than `wrapWidth` (points) at spaces, or
    /// one line per paragraph without it; nil when Pango must set it (a word it cannot set simply,
    /// a control character other than a line feed, or a word wider than the line on its own,
    /// which Pango breaks between characters).
    ///
    /// Lines break greedily at spaces, as Pango's word wrapping does for plain text; the space at a
    /// break is dropped, and a line is as tall as its tallest word.
    func set(_ text: String, style: Int, wrapWidth: Double?) -> SetText? {
        var text = text
        return text.withUTF8 { set($0, style: style, wrapWidth: wrapWidth) }
    }

    private func set(_ utf8: UnsafeBufferPointer<UInt8>, style: Int, wrapWidth: Double?) -> SetText? {
        beginText()
        guard let space = word(" ", style: style) else { return nil }
        let spaceAdvance = Int(words[space].advance), spaceAscent = Int(words[space].ascent), spaceDescent = Int(words[space].descent)
        let limit = wrapWidth.map { Int(($0 * 1024).rounded(.up)) } ?? Int.max
        var out = SetText()
        var lineStart = 0, x = 0, ascent = spaceAscent, descent = spaceDescent
        var pendingSpaces = 0, lineHasWord = false

        func endLine() {
            out.lines.append(SetText.Line(placed: lineStart..<out.placed.count, width: x, ascent: ascent, descent: descent))
            lineStart = out.placed.count
            x = 0; ascent = spaceAscent; descent = spaceDescent
            pendingSpaces = 0; lineHasWord = false
        }
        func placeSpaces() {
            for _ in 0..<pendingSpaces {
                out.placed.append(SetText.Placed(word: Int32(space), x: Int32(x)))
                x += spaceAdvance
            }
            pendingSpaces = 0
        }
        func place(_ w: Int) -> Bool {
            let word = words[w]
            let advance = Int(word.advance)
            if lineHasWord && x + pendingSpaces * spaceAdvance + advance > limit { endLine() }
            guard advance <= limit else { return false }
            placeSpaces()
            out.placed.append(SetText.Placed(word: Int32(w), x: Int32(x)))
            x += advance
            ascent = max(ascent, Int(word.ascent)); descent = max(descent, Int(word.descent))
            lineHasWord = true
            return true
        }

        var wordStart = -1
        for i in 0...utf8.count {
            let b: UInt8 = i < utf8.count ? utf8[i] : 0x0A
            if b != 0x20, b != 0x0A {
                if b < 0x20 || b == 0x7F { return nil }
                if wordStart < 0 { wordStart = i }
                continue
            }
            if wordStart >= 0 {
                guard let w = word(UnsafeBufferPointer(rebasing: utf8[wordStart..<i]), style: style), place(w) else { return nil }
                wordStart = -1
            }
            if b == 0x20 {
                pendingSpaces += 1
            } else {
                // A paragraph's trailing spaces stay on its last line, as Pango keeps them.
                placeSpaces()
                endLine()
            }
        }
        return out
    }
}
