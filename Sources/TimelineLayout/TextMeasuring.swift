/// How a run of text is set: font family, size, weight, style, colour and alignment.
public struct TextStyle: Codable, Sendable, Hashable {
    public enum Weight: String, Codable, Sendable, Hashable { case regular, bold }
    public enum Alignment: String, Codable, Sendable, Hashable { case left, center, right }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool
    public var color: RGBA
    public var alignment: Alignment

    public init(family: String = "DejaVu Sans", size: Double = 9, weight: Weight = .regular, italic: Bool = false,
                color: RGBA = .black, alignment: Alignment = .left) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
        self.alignment = alignment
    }
}

/// The size of a set text: for wrapped text, `width` is the widest line and `height` all lines.
public struct TextSize: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// Distance from the top of the box to the first baseline.
    public var baseline: Double

    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// Measures text the way the renderer will set it, so layout stays pure geometry.
///
/// The cairo module implements it with Pango; tests use a fixed-advance measurer.
///
/// ```swift
/// struct FixedMeasurer: TextMeasuring {
///     func measure(_ text: String, style: TextStyle, wrapWidth: Double?) -> TextSize {
///         TextSize(width: Double(text.count) * style.size * 0.6, height: style.size * 1.2, baseline: style.size)
///     }
/// }
/// ```
public protocol TextMeasuring {
    /// The size of `text` set in `style`; when `wrapWidth` is given, wrapped to lines no wider than it.
    func measure(_ text: String, style: TextStyle, wrapWidth: Double?) -> TextSize

    /// `text` shortened with an ellipsis until it is no wider than `maxWidth`, and its size.
    /// The default tries shorter and shorter prefixes; a measurer that knows where each character
    /// sits can find the cut in one step.
    func fit(_ text: String, style: TextStyle, maxWidth: Double) -> (String, TextSize)
}
