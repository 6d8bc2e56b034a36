/// One token of a text: a run of letters, a run of ASCII digits, or a single other scalar.
///
/// Offsets are Unicode-scalar positions in the tagged text, end exclusive.
///
/// ```swift
/// let tokens = Tokenizer.tokenize(Array("Oct. 10".unicodeScalars))
/// tokens.map(\.text)   // ["oct", ".", "10"]
/// ```
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable { case word, number, punct }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Lower-cased text (for words), the digits (for numbers), the scalar (for punctuation).
    public var text: String
    /// The word started with an upper-case letter.
    public var capitalized: Bool
    /// Whitespace (or the start of the text) comes right before this token.
    public var spaceBefore: Bool
    /// A line break is among the whitespace before this token.
    public var lineBreakBefore: Bool
    /// For numbers of at most nine digits: their value.
    public var number: Int?
    /// Index of the word in the rule book's vocabulary, or -1 (set by the tagger).
    public var word: Int32 = -1

    public var length: Int { end - start }

    /// The fields of the token without its text (no reference counting when copied).
    struct View {
        var kind: Kind
        var start: Int
        var end: Int
        var capitalized: Bool
        var number: Int?
        var word: Int32
        var length: Int { end - start }
    }

    var view: View { View(kind: kind, start: start, end: end, capitalized: capitalized, number: number, word: word) }
}
