/// Builds a ``FigureBlock`` of text and shapes top-down, measuring every text with the measurer.
///
/// ```swift
/// var w = BlockWriter(measurer: measurer)
/// w.text("October 2023", style: headingStyle, x: 0, width: 400, role: .subheading)
/// w.advance(4)
/// let block = w.block()
/// ```
public struct BlockWriter {
    public var measurer: any TextMeasuring
    public private(set) var items: [PageItem] = []
    public var y: Double = 0

    public init(measurer: any TextMeasuring) { self.measurer = measurer }

    /// Sets `text` at the cursor (wrapped to `width` when `wraps`), moves the cursor below it
    /// unless `advances` is false, and returns its size.
    @discardableResult
    public mutating func text(_ text: String, style: TextStyle, x: Double, width: Double, role: TextRole,
                              wraps: Bool = true, advances: Bool = true, dy: Double = 0) -> TextSize {
        let size = measurer.measure(text, style: style, wrapWidth: wraps ? width : nil)
        let w: Double
        switch style.alignment {
        case .left: w = wraps ? width : min(size.width, width)
        default: w = width
        }
        items.append(.text(TextRun(role: role, frame: Rect(x: x, y: y + dy, width: w, height: size.height), text: text,
                                   style: style, wraps: wraps)))
        if advances { y += size.height + dy }
        return size
    }

    public mutating func add(_ item: PageItem) { items.append(item) }

    public mutating func advance(_ d: Double) { y += d }

    public func block(padding: Double = 0) -> FigureBlock { FigureBlock(height: y + padding, items: items) }
}
