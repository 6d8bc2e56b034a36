/// Follows quotations through a text's tokens, in text order, so that dates said inside a quotation
/// do not become the narrative's reference day ("A day earlier" after `"… in October 2020," she
/// said` counts from the day the story told last, not from October 2020).
///
/// Quotations open with `"`, `“`, `«` or `` `` `` and close with `"`, `”`, `»` or `''`; a straight
/// `"` opens when it is stuck to the word after it, closes when stuck to the word before, and
/// toggles otherwise. A quotation also ends at a paragraph break (a line break after a mark): news
/// paragraphs that continue a quotation open it again, and a mark left unbalanced must not swallow
/// the rest of the article.
struct QuoteTracker {
    /// Whether the token reached last lies inside a quotation.
    private(set) var inside = false
    /// The next token not read yet.
    private var cursor = 0

    /// Marks after which a stuck `"` opens a quotation (`("We`, `said:"We`).
    static let openers: Set<String> = ["(", "[", ":", "-"]

    /// Reads the tokens up to (not including) token `i`; reports whether the state changed.
    mutating func advance(to i: Int, in tokens: [Token]) -> (entered: Bool, left: Bool) {
        let before = inside
        while cursor < i {
            // (Fields read in place: copying a Token would retain its text.)
            if tokens[cursor].lineBreakBefore, cursor > 0, tokens[cursor - 1].kind == .punct { inside = false }
            // (A mark is one scalar: its value is switched on, not its text compared with each case.)
            if tokens[cursor].kind == .punct, let mark = tokens[cursor].text.unicodeScalars.first?.value {
                switch mark {
                case 0x22:   // "
                    if !tokens[cursor].spaceBefore, cursor > 0, !Self.openers.contains(tokens[cursor - 1].text) { inside = false }
                    else if cursor + 1 < tokens.count, !tokens[cursor + 1].spaceBefore { inside = true }
                    else { inside.toggle() }
                case 0x201C, 0xAB, 0x60: inside = true   // “ « `
                case 0x201D, 0xBB: inside = false        // ” »
                case 0x27:   // '
                    // `''` closes (TimeML texts write quotations as ``…''); one `'` is an apostrophe.
                    if cursor + 1 < tokens.count, tokens[cursor + 1].text == "'", !tokens[cursor + 1].spaceBefore {
                        inside = false
                        cursor += 1
                    }
                default: break
                }
            }
            cursor += 1
        }
        return (entered: !before && inside, left: before && !inside)
    }
}
