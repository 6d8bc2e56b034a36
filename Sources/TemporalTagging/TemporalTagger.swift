import NewsArticles

/// Finds and normalises temporal expressions (TimeML TIMEX3) in English news text.
///
/// PLACEHOLDER API — the full tagger replaces this body; keep the signatures.
///
/// ```swift
/// let tagger = TemporalTagger.shared
/// for e in tagger.tag(text, reference: article.published) { print(e.text, e.value) }
/// ```
public final class TemporalTagger: Sendable {
    /// The tagger with the rules shipped in Resources/, compiled once.
    public static let shared = TemporalTagger()

    public init() {}

    /// Every temporal expression in `text`, in text order, resolved against `reference`
    /// (the publication date) and, for anaphoric expressions, the last date resolved before them.
    public func tag(_ text: String, reference: CalendarDay?) -> [TimeExpression] {
        []
    }
}
