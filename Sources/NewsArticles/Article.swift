/// A news article as read from one file: publication header, text, paragraphs and sentences.
///
/// Offsets (`Sentence.range`, `Paragraph.range`) count Unicode scalars from the start of ``text``,
/// which is the decoded file with line endings normalised to `\n`.
///
/// ```swift
/// let article = try ArticleReader().read(fileAt: "seeds/000.txt")
/// article.published?.iso   // "2023-10-12"
/// article.outlet           // "MENAFN- AzerNews"
/// article.sentences.first?.text
/// ```
public struct Article: Sendable {
    /// The path the article was read from (or a name given by the caller).
    public var path: String
    /// The file's base name, as sources cite it.
    public var fileName: String
    /// The date in the header line; `nil` when the header is missing or malformed (see ``issues``).
    public var published: CalendarDay?
    /// The outlet named in the header's parentheses, if any.
    public var outlet: String?
    /// The whole decoded text, header included.
    public var text: String { didSet { readScalars = nil } }
    /// Where the body starts, in Unicode scalars.
    public var bodyStart: Int
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Warnings met while reading (missing header, replaced bytes …); the article is still usable.
    public var issues: [ArticleIssue]
    /// The text's scalars as the reader decoded them (dropped when `text` is changed).
    var readScalars: [Unicode.Scalar]?

    /// The text as Unicode scalars (what offsets count), without decoding it again when the
    /// reader already did.
    public var scalars: [Unicode.Scalar] { readScalars ?? Array(text.unicodeScalars) }

    public init(
        path: String, fileName: String, published: CalendarDay?, outlet: String?, text: String,
        bodyStart: Int, paragraphs: [Paragraph], sentences: [Sentence], issues: [ArticleIssue]
    ) {
        self.path = path
        self.fileName = fileName
        self.published = published
        self.outlet = outlet
        self.text = text
        self.bodyStart = bodyStart
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.issues = issues
    }
}

/// A paragraph of an article body: a run of non-blank lines.
public struct Paragraph: Sendable, Hashable {
    /// Scalar offsets into ``Article/text``, end exclusive.
    public var range: Range<Int>
    /// Indices into ``Article/sentences``.
    public var sentences: Range<Int>
    /// The first line of the paragraph in the file, 1-based.
    public var line: Int

    public init(range: Range<Int>, sentences: Range<Int>, line: Int) {
        self.range = range
        self.sentences = sentences
        self.line = line
    }
}

/// One sentence of an article, with its place in the text.
public struct Sentence: Sendable, Hashable {
    public var text: String
    /// Scalar offsets into ``Article/text``, end exclusive.
    public var range: Range<Int>
    /// Index of the paragraph that holds it.
    public var paragraph: Int
    /// Line in the file where it starts, 1-based.
    public var line: Int

    public init(text: String, range: Range<Int>, paragraph: Int, line: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
        self.line = line
    }
}
