/// A colour with components in 0…1.
///
/// ```swift
/// let navy = RGBA(hex: "#1F3A5F")!
/// ```
public struct RGBA: Codable, Sendable, Hashable {
    public var r: Double, g: Double, b: Double, a: Double

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    /// `#RRGGBB` or `#RRGGBBAA`.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6 || s.count == 8, let v = UInt64(s, radix: 16) else { return nil }
        let full = s.count == 6 ? v << 8 | 0xFF : v
        self.init(Double(full >> 24 & 0xFF) / 255, Double(full >> 16 & 0xFF) / 255,
                  Double(full >> 8 & 0xFF) / 255, Double(full & 0xFF) / 255)
    }

    public static let black = RGBA(0, 0, 0)
    public static let white = RGBA(1, 1, 1)
}

/// A rectangle in points, origin at the page's top left, y growing downwards.
public struct Rect: Codable, Sendable, Hashable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// True when the two rectangles share interior area (touching edges do not count).
    public func intersects(_ o: Rect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    public func contains(_ o: Rect) -> Bool {
        o.x >= x && o.y >= y && o.maxX <= maxX && o.maxY <= maxY
    }
}

public struct Point: Codable, Sendable, Hashable {
    public var x: Double, y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}
