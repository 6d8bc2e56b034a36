import CCairo

/// A cairo surface owned by Swift: destroyed in deinit.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { cairo_surface_destroy(pointer) }

    /// Finishes the surface (writing a PDF to disk) and reports cairo's status.
    func finish() -> String? {
        cairo_surface_finish(pointer)
        return CairoSurface.problem(cairo_surface_status(pointer))
    }

    var problem: String? { CairoSurface.problem(cairo_surface_status(pointer)) }

    static func problem(_ status: cairo_status_t) -> String? {
        status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
    }
}

/// A cairo drawing context owned by Swift.
final class CairoContext {
    let pointer: OpaquePointer

    init(surface: CairoSurface) { pointer = cairo_create(surface.pointer) }

    deinit { cairo_destroy(pointer) }

    var problem: String? { CairoSurface.problem(cairo_status(pointer)) }
}

/// A Pango layout with its font descriptions, set up the same way for measuring and drawing.
final class PangoText {
    let layout: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]

    struct FontKey: Hashable { var family: String; var size: Double; var bold: Bool; var italic: Bool }

    init(context: CairoContext) {
        FontSetup.ensure()
        layout = pango_cairo_create_layout(context.pointer)
        let pangoContext = pango_layout_get_context(layout)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(pangoContext, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(pangoContext, 0)
        pango_layout_context_changed(layout)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }

    /// The context a text made by ``offscreen()`` draws nothing on, kept alive with it.
    private var owner: CairoContext?

    /// A text of its own on a 1×1 image surface: for measuring and shaping away from any page.
    static func offscreen() -> PangoText {
        let context = CairoContext(surface: CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)))
        let text = PangoText(context: context)
        text.owner = context
        return text
    }

    deinit {
        for (_, f) in fonts { pango_font_description_free(f) }
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// A new layout in the same Pango context, set up like ``configure`` (left aligned); the caller owns it.
    func newLayout(_ text: String, family: String, size: Double, bold: Bool, italic: Bool, width: Double?) -> OpaquePointer {
        let l = pango_layout_new(pango_layout_get_context(layout))!
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_font_description(l, font(family: family, size: size, bold: bold, italic: italic))
        pango_layout_set_width(l, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.up)) } ?? -1)
        pango_layout_set_text(l, text, -1)
        return l
    }

    static func extents(of l: OpaquePointer) -> (width: Double, height: Double, baseline: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(l, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return (Double(logical.width) / scale, Double(logical.height) / scale, Double(pango_layout_get_baseline(l)) / scale)
    }

    func font(family: String, size: Double, bold: Bool, italic: Bool) -> OpaquePointer {
        let key = FontKey(family: family, size: size, bold: bold, italic: italic)
        if let f = fonts[key] { return f }
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, family)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[key] = font
        return font
    }

    /// Sets text, font, alignment and wrap width (points; nil for one unbroken line).
    func configure(_ text: String, family: String, size: Double, bold: Bool, italic: Bool, alignment: Int, width: Double?) {
        pango_layout_set_font_description(layout, font(family: family, size: size, bold: bold, italic: italic))
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.up)) } ?? -1)
        pango_layout_set_alignment(layout, alignment == 0 ? PANGO_ALIGN_LEFT : (alignment == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT))
        pango_layout_set_text(layout, text, -1)
    }

    /// Logical width and height in points, and the first baseline.
    func extents() -> (width: Double, height: Double, baseline: Double) { Self.extents(of: layout) }
}
