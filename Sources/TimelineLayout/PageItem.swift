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

/// What a shape is for: an activity's mark, a leader line, a chart bar, or decoration (bands, rules, grid).
public enum ShapeRole: String, Codable, Sendable, Hashable {
    case decoration, mark, leader, chart
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
    public var role: ShapeRole

    public init(from: Point, to: Point, color: RGBA, width: Double = 1, dash: [Double] = [], role: ShapeRole = .decoration) {
        self.from = from; self.to = to; self.color = color; self.width = width; self.dash = dash; self.role = role
    }
}

public struct RectItem: Sendable, Hashable {
    public var frame: Rect
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double
    public var cornerRadius: Double
    public var role: ShapeRole

    public init(frame: Rect, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1, cornerRadius: Double = 0,
                role: ShapeRole = .decoration) {
        self.frame = frame; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth; self.cornerRadius = cornerRadius
        self.role = role
    }
}

public struct CircleItem: Sendable, Hashable {
    public var center: Point
    public var radius: Double
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double
    public var role: ShapeRole

    public init(center: Point, radius: Double, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1, role: ShapeRole = .decoration) {
        self.center = center; self.radius = radius; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth
        self.role = role
    }

    public var bounds: Rect { Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius) }
}

/// A polyline or polygon.
public struct PathItem: Sendable, Hashable {
    public var points: [Point]
    public var closed: Bool
    public var fill: RGBA?
    public var stroke: RGBA?
    public var lineWidth: Double
    public var role: ShapeRole

    public init(points: [Point], closed: Bool, fill: RGBA?, stroke: RGBA? = nil, lineWidth: Double = 1, role: ShapeRole = .decoration) {
        self.points = points; self.closed = closed; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth
        self.role = role
    }

    public var bounds: Rect {
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
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

extension PageItem {
    /// The item moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        func r(_ f: Rect) -> Rect { Rect(x: f.x + dx, y: f.y + dy, width: f.width, height: f.height) }
        func p(_ q: Point) -> Point { Point(q.x + dx, q.y + dy) }
        switch self {
        case .text(var t): t.frame = r(t.frame); return .text(t)
        case .line(var l): l.from = p(l.from); l.to = p(l.to); return .line(l)
        case .rect(var x): x.frame = r(x.frame); return .rect(x)
        case .circle(var c): c.center = p(c.center); return .circle(c)
        case .path(var x): x.points = x.points.map(p); return .path(x)
        case .link(var l): l.frame = r(l.frame); return .link(l)
        case .anchor(var a): a.position = p(a.position); return .anchor(a)
        }
    }

    /// The area the item covers (lines: their bounding box; anchors: a point).
    public var bounds: Rect {
        switch self {
        case .text(let t): return t.frame
        case .line(let l):
            return Rect(x: min(l.from.x, l.to.x), y: min(l.from.y, l.to.y), width: abs(l.to.x - l.from.x), height: abs(l.to.y - l.from.y))
        case .rect(let x): return x.frame
        case .circle(let c): return c.bounds
        case .path(let x): return x.bounds
        case .link(let l): return l.frame
        case .anchor(let a): return Rect(x: a.position.x, y: a.position.y, width: 0, height: 0)
        }
    }
}
