/// A colour with components in 0…1.
///
/// ```swift
/// let navy = RGBA(hex: "#1F3A5F")!
/// ```
public struct RGBA: Codable, Sendable, Hashable {
    // Held as 32-bit floats: a colour sits in every item of every page (a report of 100,000
    // activities keeps millions), and 8 bits per channel is all a colour carries in the end.
    private var red: Float, green: Float, blue: Float, alpha: Float

    public var r: Double { get { Double(red) } set { red = Float(newValue) } }
    public var g: Double { get { Double(green) } set { green = Float(newValue) } }
    public var b: Double { get { Double(blue) } set { blue = Float(newValue) } }
    public var a: Double { get { Double(alpha) } set { alpha = Float(newValue) } }

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        red = Float(r); green = Float(g); blue = Float(b); alpha = Float(a)
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

    /// `#RRGGBB`, or `#RRGGBBAA` when not opaque.
    public var hex: String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            return String(b, radix: 16, uppercase: true).leftPadded(2)
        }
        return "#" + byte(r) + byte(g) + byte(b) + (a < 1 ? byte(a) : "")
    }

    /// This colour mixed with white: `amount` 0 keeps it, 1 gives white.
    public func lighter(_ amount: Double) -> RGBA {
        RGBA(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount, a)
    }

    /// Colours are written as `#RRGGBB` text in themes and layout JSON.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let colour = RGBA(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected a colour as #RRGGBB or #RRGGBBAA, found '\(text)'"))
        }
        self = colour
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hex)
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
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

    /// The rectangle grown by `d` on every side (shrunk when negative).
    public func insetBy(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }

    /// The smallest rectangle holding both.
    public func union(_ o: Rect) -> Rect {
        let nx = min(x, o.x), ny = min(y, o.y)
        return Rect(x: nx, y: ny, width: max(maxX, o.maxX) - nx, height: max(maxY, o.maxY) - ny)
    }
}

public struct Point: Codable, Sendable, Hashable {
    public var x: Double, y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}
