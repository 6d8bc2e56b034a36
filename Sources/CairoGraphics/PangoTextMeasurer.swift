import CCairo
import TimelineLayout

/// Measures text with Pango, exactly as the exporters will set it. PLACEHOLDER body.
public final class PangoTextMeasurer: TextMeasuring {
    public init() {}

    public func measure(_ text: String, style: TextStyle, wrapWidth: Double?) -> TextSize {
        TextSize(width: Double(text.count) * style.size * 0.55, height: style.size * 1.25, baseline: style.size)
    }
}
