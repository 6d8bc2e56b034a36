import NewsArticles

/// One page of positioned items, in points from the top left.
public struct LaidOutPage: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]

    public init(width: Double, height: Double, items: [PageItem] = []) {
        self.width = width; self.height = height; self.items = items
    }
}

/// A bookmark in the PDF outline.
public struct OutlineEntry: Sendable, Hashable {
    public var title: String
    /// 0 for a section, 1 for an entry below it.
    public var level: Int
    /// Index into ``LaidOutDocument/pages``.
    public var page: Int
    public var y: Double

    public init(title: String, level: Int, page: Int, y: Double) {
        self.title = title; self.level = level; self.page = page; self.y = y
    }
}

/// Document information written into the PDF.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// The creation date written into the file: from the settings or the latest article, never the clock.
    public var created: CalendarDay

    public init(title: String, author: String, subject: String, keywords: [String], created: CalendarDay) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords; self.created = created
    }
}

/// The whole laid-out report: pages, outline and metadata. PDF and PNG exporters draw it.
public struct LaidOutDocument: Sendable, Hashable {
    public var pages: [LaidOutPage]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata

    public init(pages: [LaidOutPage], outline: [OutlineEntry] = [], metadata: DocumentMetadata) {
        self.pages = pages; self.outline = outline; self.metadata = metadata
    }
}
