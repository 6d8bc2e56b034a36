import NewsArticles

/// Where an activity is reported: the article file, its publication, and the sentence that proves it.
///
/// ```swift
/// let source = Source(file: "000.txt", published: CalendarDay(iso: "2023-10-12"),
///                     outlet: "AzerNews", sentence: "On October 10-11, Ombudsman …")
/// ```
public struct Source: Codable, Sendable, Hashable {
    /// The article's file base name.
    public var file: String
    public var published: CalendarDay?
    public var outlet: String?
    /// The evidence sentence, as written.
    public var sentence: String
    /// Scalar offsets of the sentence in the article text, when known.
    public var offset: Int?
    public var length: Int?

    public init(file: String, published: CalendarDay?, outlet: String?, sentence: String, offset: Int? = nil, length: Int? = nil) {
        self.file = file
        self.published = published
        self.outlet = outlet
        self.sentence = sentence
        self.offset = offset
        self.length = length
    }

    enum CodingKeys: String, CodingKey { case file, published, outlet, sentence, offset, length }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        published = try c.decodeIfPresent(CalendarDay.self, forKey: .published)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
        offset = try c.decodeIfPresent(Int.self, forKey: .offset)
        length = try c.decodeIfPresent(Int.self, forKey: .length)
    }

    /// Encodes exactly `file`, `published`, `outlet`, `sentence` (nulls written), plus offsets when known.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(published, forKey: .published)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(sentence, forKey: .sentence)
        try c.encodeIfPresent(offset, forKey: .offset)
        try c.encodeIfPresent(length, forKey: .length)
    }
}
