/// Flows blocks of items down text pages: a block that does not fit on the current page starts
/// the next one, so nothing is cut by a page edge.
///
/// ```swift
/// var flow = TextFlow(width: 595, height: 842, margins: theme.page.margins)
/// flow.ensure(40)                       // new page unless 40 pt remain
/// flow.add(block)                       // places the block at the cursor and moves it down
/// ```
public struct TextFlow {
    public private(set) var pages: [LaidOutPage] = []
    public let width: Double, height: Double
    public let margins: Theme.Margins
    public private(set) var y: Double
    public var contentWidth: Double { width - margins.left - margins.right }
    public var bottom: Double { height - margins.bottom }

    public init(width: Double, height: Double, margins: Theme.Margins) {
        self.width = width; self.height = height; self.margins = margins
        y = margins.top
        pages = [LaidOutPage(width: width, height: height)]
    }

    /// Index of the current page.
    public var page: Int { pages.count - 1 }

    /// Hands the pages over and forgets them, so the caller can change them without copying items.
    public mutating func takePages() -> [LaidOutPage] {
        if let last = pages.indices.last { pages[last] = pages[last].compacted() }
        defer { pages = [] }
        return pages
    }

    public mutating func newPage() {
        if let last = pages.indices.last { pages[last] = pages[last].compacted() }
        pages.append(LaidOutPage(width: width, height: height))
        y = margins.top
    }

    /// Starts a new page unless `height` points remain (a block taller than a page still starts at the top).
    public mutating func ensure(_ needed: Double) {
        if y + needed > bottom && y > margins.top + 0.5 { newPage() }
    }

    /// Places `block` at the left margin and the cursor, after ensuring it fits.
    public mutating func add(_ block: FigureBlock, spacing: Double = 0) {
        ensure(block.height)
        pages[page].items.append(contentsOf: block.placed(atY: y, x: margins.left))
        y += block.height + spacing
    }

    /// Reserves `height` points for chronology entry `entry`, made when the page is drawn
    /// (see ``DeferredBlock``); placed exactly where ``add(_:spacing:)`` would place it.
    public mutating func addDeferred(entry: Int, height: Double, spacing: Double = 0) {
        ensure(height)
        pages[page].deferred.append(DeferredBlock(entry: entry, x: margins.left, y: y, itemIndex: pages[page].items.count))
        y += height + spacing
    }

    public mutating func skip(_ d: Double) { y += d }
}
