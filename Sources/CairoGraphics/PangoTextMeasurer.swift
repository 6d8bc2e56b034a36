import CCairo
import TimelineLayout

/// Measures text with Pango exactly as the exporters set it: same font options, same wrapping.
///
/// Sizes are cached per text and style, so repeated strings (tick labels, numbers) cost one layout.
///
/// ```swift
/// let measurer = PangoTextMeasurer()
/// let size = measurer.measure("Vienna Migration Conference", style: TextStyle(size: 9), wrapWidth: 120)
/// ```
public final class PangoTextMeasurer: TextMeasuring {
    private let surface: CairoSurface
    private let context: CairoContext
    private let text: PangoText
    private var cache: [Key: TextSize] = [:]

    private struct Key: Hashable { var text: String; var style: TextStyle; var wrap: Double? }

    public init() {
        FontSetup.ensure()
        surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1))
        context = CairoContext(surface: surface)
        text = PangoText(context: context)
    }

    public func measure(_ string: String, style: TextStyle, wrapWidth: Double?) -> TextSize {
        let key = Key(text: string, style: style, wrap: wrapWidth)
        if let hit = cache[key] { return hit }
        text.configure(string, family: style.family, size: style.size, bold: style.weight == .bold, italic: style.italic,
                       alignment: 0, width: wrapWidth)
        let e = text.extents()
        let size = TextSize(width: e.width, height: e.height, baseline: e.baseline)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[key] = size
        return size
    }
}
