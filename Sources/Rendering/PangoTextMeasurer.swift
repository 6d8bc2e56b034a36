import CCairo
import TimelineLayout

/// Measures text with Pango exactly as the exporters set it: same font options, same wrapping.
///
/// Sizes are cached per text and style, so repeated strings (tick labels, numbers) cost one layout.
/// The shaped layouts themselves are kept too (up to ``retainedLayoutLimit``), so a PDF exporter
/// created with `PDFExporter(reusing: measurer)` draws them without shaping the text again.
///
/// ```swift
/// let measurer = PangoTextMeasurer()
/// let size = measurer.measure("Vienna Migration Conference", style: TextStyle(size: 9), wrapWidth: 120)
/// ```
public final class PangoTextMeasurer: TextMeasuring {
    private let surface: CairoSurface
    private let context: CairoContext
    private let text: PangoText
    /// Plain text is measured from words shaped once (see ``WordShaper``); the drawer sets it the same way.
    let shaper: WordShaper
    private var cache: [Key: Entry] = [:]
    private var retained = 0

    /// How many shaped layouts are kept for drawing (about 6 KB each); beyond it, sizes only, and
    /// the further text is shaped again when drawn. The default bounds the kept layouts near 100 MB
    /// per measurer however large the report (a report uses up to three measurers): keeping every
    /// layout cost about 2.9 GB at 190,000 activities, while shaping again costs little time.
    public var retainedLayoutLimit: Int

    /// How many measured sizes are remembered before they are forgotten all at once (a long
    /// report's texts are mostly unique: remembering all of them only costs memory).
    public var sizeCacheLimit: Int

    /// Sizes of plain text up to this many UTF-8 bytes are remembered (tick labels, numbers, names).
    static let rememberedLength = 40

    struct Key: Hashable { var text: String; var style: TextStyle; var wrap: Double? }
    private struct Entry { var size: TextSize; var layout: OpaquePointer? }

    public init(retainedLayoutLimit: Int = 16_000, sizeCacheLimit: Int = 100_000) {
        self.sizeCacheLimit = sizeCacheLimit
        FontSetup.ensure()
        surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1))
        context = CairoContext(surface: surface)
        text = PangoText(context: context)
        shaper = WordShaper(text: PangoText(context: context))
        self.retainedLayoutLimit = retainedLayoutLimit
    }

    deinit {
        for (_, e) in cache { if let l = e.layout { g_object_unref(UnsafeMutableRawPointer(l)) } }
    }

    public func measure(_ string: String, style: TextStyle, wrapWidth: Double?) -> TextSize {
        // Long plain text (titles, quotes) rarely comes twice and sets quickly from its words:
        // remembering its size would cost more than setting it again.
        let long = string.utf8.count > Self.rememberedLength
        if long, let size = setFromWords(string, style: style, wrapWidth: wrapWidth) { return size }
        let key = Key(text: string, style: style, wrap: wrapWidth)
        if let hit = cache[key] { return hit.size }
        let bold = style.weight == .bold
        if !long, let size = setFromWords(string, style: style, wrapWidth: wrapWidth) {
            if cache.count > sizeCacheLimit { dropSizes() }
            cache[key] = Entry(size: size, layout: nil)
            return size
        }
        if retained < retainedLayoutLimit {
            let l = text.newLayout(string, family: style.family, size: style.size, bold: bold, italic: style.italic, width: wrapWidth)
            let e = PangoText.extents(of: l)
            let size = TextSize(width: e.width, height: e.height, baseline: e.baseline)
            cache[key] = Entry(size: size, layout: l)
            retained += 1
            return size
        }
        text.configure(string, family: style.family, size: style.size, bold: bold, italic: style.italic, alignment: 0, width: wrapWidth)
        let e = text.extents()
        let size = TextSize(width: e.width, height: e.height, baseline: e.baseline)
        if cache.count > sizeCacheLimit { dropSizes() }
        cache[key] = Entry(size: size, layout: nil)
        return size
    }

    /// Shortens with an ellipsis in one step: the cut is read from the character positions of the
    /// full text's shaped layout (left-to-right text; other text takes the general search).
    /// The size of `string` set from shaped words, or nil when Pango must set it.
    private func setFromWords(_ string: String, style: TextStyle, wrapWidth: Double?) -> TextSize? {
        guard let set = shaper.set(string, style: shaper.styleIndex(style), wrapWidth: wrapWidth) else { return nil }
        let s = set.size
        return TextSize(width: s.width, height: s.height, baseline: s.baseline)
    }

    public func fit(_ string: String, style: TextStyle, maxWidth: Double) -> (String, TextSize) {
        let size = measure(string, style: style, wrapWidth: nil)
        guard size.width > maxWidth else { return (string, size) }
        let rtl = string.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFF).contains($0.value) }
        let ellipsis = measure("…", style: style, wrapWidth: nil).width
        guard !rtl, maxWidth > ellipsis else { return shortened(string, style: style, maxWidth: maxWidth, keep: 1) }
        let key = Key(text: string, style: style, wrap: nil)
        let layout: OpaquePointer
        if let l = cache[key]?.layout { layout = l } else {
            text.configure(string, family: style.family, size: style.size, bold: style.weight == .bold, italic: style.italic, alignment: 0, width: nil)
            layout = text.layout
        }
        var index: Int32 = 0, trailing: Int32 = 0
        pango_layout_xy_to_index(layout, Int32(((maxWidth - ellipsis) * Double(PANGO_SCALE)).rounded(.down)), 0, &index, &trailing)
        let bytes = Array(string.utf8)
        let prefix = String(decoding: bytes[0..<min(bytes.count, max(0, Int(index)))], as: UTF8.self)
        return shortened(string, style: style, maxWidth: maxWidth, keep: max(1, prefix.count))
    }

    /// The shaped layout measured for a left-aligned or non-wrapping run, if it is still kept.
    func shapedLayout(for run: TextRun) -> OpaquePointer? {
        guard run.style.alignment == .left || !run.wraps else { return nil }
        return cache[Key(text: run.text, style: run.style, wrap: run.wraps ? run.frame.width : nil)]?.layout
    }

    /// Forgets the sizes of text whose layout is not kept (once the document is laid out, only the
    /// kept layouts are still used, for drawing), returning their memory.
    public func releaseSizes() { dropSizes() }

    private func dropSizes() {
        cache = cache.filter { $0.value.layout != nil }
    }
}
