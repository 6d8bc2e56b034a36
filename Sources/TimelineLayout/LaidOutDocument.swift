import NewsArticles

/// One page of positioned items, in points from the top left.
public struct LaidOutPage: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]
    /// Blocks placed on the page whose items are made only when the page is drawn (see
    /// ``PageCompleting``); empty on a complete page.
    public var deferred: [DeferredBlock]

    public init(width: Double, height: Double, items: [PageItem] = [], deferred: [DeferredBlock] = []) {
        self.width = width; self.height = height; self.items = items; self.deferred = deferred
    }

    /// Whether every item is there (no deferred blocks left).
    public var isComplete: Bool { deferred.isEmpty }

    /// The page with its item arrays holding exactly what they hold: a page is built by appending
    /// (an array grown so keeps up to twice the room it needs), then kept for the whole run.
    public func compacted() -> LaidOutPage {
        var page = self
        page.items = items.withUnsafeBufferPointer { Array($0) }
        page.deferred = deferred.withUnsafeBufferPointer { Array($0) }
        return page
    }
}

/// A block whose place on a page is fixed but whose items are made later: the chronology entry
/// `entry` (0-based), its top left at (`x`, `y`), its items inserted at `itemIndex` of the page's
/// items — where they would have been had the block been placed at once, so the page draws the same.
public struct DeferredBlock: Sendable, Hashable {
    public var entry: Int
    public var x: Double
    public var y: Double
    public var itemIndex: Int

    public init(entry: Int, x: Double, y: Double, itemIndex: Int) {
        self.entry = entry; self.x = x; self.y = y; self.itemIndex = itemIndex
    }
}

/// Makes the deferred blocks of a page, with whatever measurer the caller has at hand (an exporter
/// completes each page just before drawing it, so a long report never holds all its items at once).
///
/// ```swift
/// let page = document.completion?.complete(document.pages[i], measurer: measurer) ?? document.pages[i]
/// ```
public protocol PageCompleting: Sendable {
    func complete(_ page: LaidOutPage, measurer: any TextMeasuring) -> LaidOutPage
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
///
/// Pages may hold deferred blocks (a long chronology); ``completion`` makes them, page by page.
public struct LaidOutDocument: Sendable, Hashable {
    public var pages: [LaidOutPage]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// Makes the deferred blocks of ``pages``; nil when every page is complete.
    public var completion: (any PageCompleting)?

    public init(pages: [LaidOutPage], outline: [OutlineEntry] = [], metadata: DocumentMetadata,
                completion: (any PageCompleting)? = nil) {
        self.pages = pages; self.outline = outline; self.metadata = metadata; self.completion = completion
    }

    /// Page `index` with its deferred blocks made by `measurer`.
    public func completedPage(_ index: Int, measurer: any TextMeasuring) -> LaidOutPage {
        let page = pages[index]
        guard !page.isComplete, let completion else { return page }
        return completion.complete(page, measurer: measurer)
    }

    /// The document with every page complete (for the layout JSON and checks; holds every item).
    public func completed(measurer: any TextMeasuring) -> LaidOutDocument {
        var copy = self
        copy.pages = pages.indices.map { completedPage($0, measurer: measurer) }
        copy.completion = nil
        return copy
    }

    // Equal documents have equal pages, outline and metadata; the completion is a means, not content.
    public static func == (a: LaidOutDocument, b: LaidOutDocument) -> Bool {
        a.pages == b.pages && a.outline == b.outline && a.metadata == b.metadata
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pages)
        hasher.combine(outline)
        hasher.combine(metadata)
    }
}
