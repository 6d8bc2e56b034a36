import TimelineModel

/// A horizontal slice of a figure (the axis, one lane, the legend): items relative to the block's
/// top left and the height it needs. Pages stack blocks; a block is never split.
public struct FigureBlock: Sendable {
    public var height: Double
    public var items: [PageItem]
    /// Items drawn behind every block's ``items`` and behind the grid (a lane's shaded band).
    public var background: [PageItem]

    public init(height: Double, items: [PageItem], background: [PageItem] = []) {
        self.height = height; self.items = items; self.background = background
    }

    /// The items moved to `(x, y)` on a page (background first).
    public func placed(atY y: Double, x: Double = 0) -> [PageItem] {
        (background + items).map { $0.offsetBy(dx: x, dy: y) }
    }

    /// Only the background, moved to `(x, y)`.
    public func placedBackground(atY y: Double, x: Double = 0) -> [PageItem] {
        background.map { $0.offsetBy(dx: x, dy: y) }
    }

    /// Only the foreground items, moved to `(x, y)`.
    public func placedItems(atY y: Double, x: Double = 0) -> [PageItem] {
        items.map { $0.offsetBy(dx: x, dy: y) }
    }
}

/// A numbered activity: its place in the chronology (1-based) and the activity.
public struct NumberedActivity: Sendable {
    public var number: Int
    public var activity: Activity

    public init(number: Int, activity: Activity) { self.number = number; self.activity = activity }
}
