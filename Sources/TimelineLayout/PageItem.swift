/// Something drawn at a position on a page. Exporters draw these and know nothing of activities.
///
/// ```swift
/// let item = PageItem.text(TextRun(role: .label, frame: Rect(x: 10, y: 10, width: 80, height: 12),
///                                  text: "Vienna conference", style: TextStyle()))
/// ```
public enum PageItem: Sendable, Hashable {
    case text(TextRun)
    case line(LineItem)
    case rect(RectItem)
    case circle(CircleItem)
    case path(PathItem)
    /// A clickable area pointing at a named destination in the document (or an external URI).
    case link(LinkItem)
    /// A named destination that links can point to.
    case anchor(AnchorItem)
}

/// What a piece of text is for, so checks from outside can find, for example, every activity label.
public enum TextRole: String, Codable, Sendable, Hashable {
    case label, title, heading, subheading, body, quote, tick, axis, lane, legend, pageNumber, caption, note
}

/// A block of text set inside `frame`; wrapped to the frame's width when `wraps` is true.
public struct TextRun: Sendable, Hashable {
    public var role: TextRole
    public var frame: Rect
    public var text: String
    public var style: TextStyle
    public var wraps: Bool

    public init(role: TextRole, frame: Rect, text: String, style: TextStyle, wraps: Bool = false) {
        self.role = role
        self.frame = frame
        self.text = text
        self.style = style
        self.wraps = wraps
    }
}

public struct LineItem: Sendable, Hashable {
    public var from: Point, to: Point
    public var color: RGBA
    public var width: Double
    public var dash: [Double]

    public init(from: Point, to: Point, color: RGBA, width: Double = 1, dash: [Double] = []) {
        self.from = from; self.to = to; self.color = color; self.width = width; self.dash = dash
    }
}

public struct RectItem: Sendable, Hashable {
    public var frame: Rect
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double
    public var cornerRadius: Double

    public init(frame: Rect, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1, cornerRadius: Double = 0) {
        self.frame = frame; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth; self.cornerRadius = cornerRadius
    }
}

public struct CircleItem: Sendable, Hashable {
    public var center: Point
    public var radius: Double
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double

    public init(center: Point, radius: Double, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1) {
        self.center = center; self.radius = radius; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth
    }
}

/// A polyline or polygon.
public struct PathItem: Sendable, Hashable {
    public var points: [Point]
    public var closed: Bool
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double

    public init(points: [Point], closed: Bool, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1) {
        self.points = points; self.closed = closed; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth
    }
}

public struct LinkItem: Sendable, Hashable {
    public var frame: Rect
    /// A destination name (an ``AnchorItem``) or a URI starting with a scheme.
    public var target: String

    public init(frame: Rect, target: String) { self.frame = frame; self.target = target }
}

public struct AnchorItem: Sendable, Hashable {
    public var name: String
    public var position: Point

    public init(name: String, position: Point) { self.name = name; self.position = position }
}
