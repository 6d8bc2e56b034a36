import CCairo
import Foundation
import TimelineLayout

/// Draws laid-out pages with cairo: the one routine both the PDF and the PNG exporter use.
final class PageDrawer {
    let context: CairoContext
    let text: PangoText
    /// The measurer of this thread: layouts it shaped (text Pango sets) are drawn as they are,
    /// and its shaped words are reused.
    let shaped: PangoTextMeasurer?
    /// Sets plain text from words shaped once: the measurer's when it is given (same thread).
    let shaper: WordShaper
    private let batch = GlyphBatch()
    /// The frames of the text runs in the batch, grown by a margin: a shape that meets none of them
    /// is drawn at once, without showing the batch first.
    private var batchedFrames: [Rect] = []

    init(context: CairoContext, shaped: PangoTextMeasurer? = nil) {
        self.context = context
        self.text = PangoText(context: context)
        self.shaped = shaped
        shaper = shaped?.shaper ?? WordShaper(text: PangoText(context: context))
    }

    private func shapedLayout(for run: TextRun) -> OpaquePointer? {
        shaped?.shapedLayout(for: run)
    }

    /// Draws the page's items in order. Plain text is set from shaped words and collected by font
    /// and colour (``GlyphBatch``) until a shape that touches some of it is drawn: a shape clear of
    /// all the text collected looks the same drawn before it, and a chronology page's text then
    /// becomes a few text operations in all instead of a few per entry. Text Pango must set is drawn
    /// with its layout. Consecutive opaque lines of one style are stroked as one path, and consecutive opaque
    /// dots of one colour filled as one: the page looks the same (opaque paint over itself changes
    /// nothing) and the PDF holds a few operations instead of hundreds (cairo's cost in a PDF is
    /// mostly per operation).
    func draw(_ page: LaidOutPage) {
        let items = page.items
        var i = 0
        while i < items.count {
            var j = i + 1
            switch items[i] {
            case .text(let run):
                if let set = shaper.set(run.text, style: shaper.styleIndex(run.style), wrapWidth: run.wraps ? run.frame.width : nil) {
                    batch.add(set, shaper: shaper, color: run.style.color, x: run.frame.x, y: run.frame.y,
                              width: run.frame.width, alignment: run.style.alignment)
                    // Glyphs may reach past the frame sideways (a slanted letter's overhang: a quarter of the
                    // size); up and down the font's ascent and descent hold them, less half a point of smoothing.
                    let f = run.frame, side = run.style.size / 4
                    batchedFrames.append(Rect(x: f.x - side, y: f.y - 0.5, width: f.width + 2 * side, height: f.height + 1))
                } else {
                    flush()
                    draw(items[i])
                }
            case .link, .anchor:
                break
            default:
                drawShapes(items, from: i, next: &j)
            }
            i = j
        }
        flush()
    }

    private func flush() {
        if !batch.isEmpty { batch.flush(context.pointer, shaper: shaper) }
        batchedFrames.removeAll(keepingCapacity: true)
    }

    /// Shows the batch first if any of `shapes` may paint where its text is.
    private func flush(before shapes: ArraySlice<PageItem>) {
        guard !batch.isEmpty else { return }
        for item in shapes {
            guard let box = Self.paintedBounds(item) else { flush(); return }
            for frame in batchedFrames where frame.intersects(box) { flush(); return }
        }
    }

    /// A box that holds everything `item` paints (stroke width and antialiasing included); nil
    /// when that is not known.
    static func paintedBounds(_ item: PageItem) -> Rect? {
        // (Half a point more for the edge's smoothing.)
        func box(_ r: Rect, grownBy d: Double) -> Rect { r.insetBy(-(d + 0.5)) }
        switch item {
        case .line(let l):
            let r = Rect(x: min(l.from.x, l.to.x), y: min(l.from.y, l.to.y), width: abs(l.to.x - l.from.x), height: abs(l.to.y - l.from.y))
            return box(r, grownBy: l.width / 2)
        case .rect(let r):
            return box(r.frame, grownBy: r.stroke == nil ? 0 : r.lineWidth / 2)
        case .circle(let c):
            return box(Rect(x: c.center.x - c.radius, y: c.center.y - c.radius, width: 2 * c.radius, height: 2 * c.radius),
                       grownBy: c.stroke == nil ? 0 : c.lineWidth / 2)
        case .path(let p):
            guard let first = p.points.first else { return nil }
            var r = Rect(x: first.x, y: first.y, width: 0, height: 0)
            for q in p.points.dropFirst() { r = r.union(Rect(x: q.x, y: q.y, width: 0, height: 0)) }
            // Mitred corners reach out up to the miter limit (10) times half the width.
            return box(r, grownBy: p.stroke == nil ? 0 : 5 * p.lineWidth)
        case .text, .link, .anchor:
            return nil
        }
    }

    /// Draws the shape at `i`, with the shapes of the same style that follow it in one path; `j` is
    /// left after the last one drawn.
    private func drawShapes(_ items: [PageItem], from i: Int, next j: inout Int) {
        switch items[i] {
        case .line(let first) where first.color.a == 1:
            while j < items.count, case .line(let next) = items[j], next.color == first.color,
                  next.width == first.width, next.dash == first.dash { j += 1 }
            flush(before: items[i..<j])
            if j - i > 1 { strokeLines(items[i..<j], style: first) } else { draw(items[i]) }
        case .circle(let first) where first.stroke == nil && first.fill?.a == 1:
            while j < items.count, case .circle(let next) = items[j], next.stroke == nil, next.fill == first.fill { j += 1 }
            flush(before: items[i..<j])
            if j - i > 1 { fillCircles(items[i..<j], color: first.fill!) } else { draw(items[i]) }
        default:
            flush(before: items[i..<j])
            draw(items[i])
        }
    }

    private func strokeLines(_ items: ArraySlice<PageItem>, style: LineItem) {
        let cr = context.pointer
        for case .line(let l) in items {
            cairo_move_to(cr, l.from.x, l.from.y)
            cairo_line_to(cr, l.to.x, l.to.y)
        }
        stroke(style)
    }

    private func fillCircles(_ items: ArraySlice<PageItem>, color: RGBA) {
        let cr = context.pointer
        for case .circle(let c) in items {
            cairo_new_sub_path(cr)
            cairo_arc(cr, c.center.x, c.center.y, c.radius, 0, 2 * Double.pi)
        }
        fillAndStroke(fill: color, stroke: nil, width: 0)
    }

    /// Strokes the current path in `style`'s width, colour and dash.
    private func stroke(_ style: LineItem) {
        let cr = context.pointer
        cairo_set_line_width(cr, style.width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        if style.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) } else {
            style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        setColor(style.color)
        cairo_stroke(cr)
        if !style.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) }
    }

    private func setColor(_ c: RGBA) { cairo_set_source_rgba(context.pointer, c.r, c.g, c.b, c.a) }

    private func fillAndStroke(fill: RGBA?, stroke: RGBA?, width: Double) {
        let cr = context.pointer
        if let fill {
            setColor(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setColor(stroke)
            cairo_set_line_width(cr, width)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    func draw(_ item: PageItem) {
        let cr = context.pointer
        switch item {
        case .text(let run):
            let s = run.style
            let layout: OpaquePointer
            if let kept = shapedLayout(for: run) {
                layout = kept
            } else {
                let settings = Self.drawingSettings(run)
                text.configure(run.text, family: s.family, size: s.size, bold: s.weight == .bold, italic: s.italic, alignment: settings.alignment, width: settings.width)
                layout = text.layout
            }
            setColor(s.color)
            show(layout, x: run.frame.x + Self.alignmentOffset(run, layout: layout), y: run.frame.y)
        case .line(let l):
            cairo_move_to(cr, l.from.x, l.from.y)
            cairo_line_to(cr, l.to.x, l.to.y)
            stroke(l)
        case .rect(let r):
            let f = r.frame
            if r.cornerRadius > 0 {
                let rad = min(r.cornerRadius, f.width / 2, f.height / 2)
                cairo_new_sub_path(cr)
                cairo_arc(cr, f.maxX - rad, f.y + rad, rad, -Double.pi / 2, 0)
                cairo_arc(cr, f.maxX - rad, f.maxY - rad, rad, 0, Double.pi / 2)
                cairo_arc(cr, f.x + rad, f.maxY - rad, rad, Double.pi / 2, Double.pi)
                cairo_arc(cr, f.x + rad, f.y + rad, rad, Double.pi, 3 * Double.pi / 2)
                cairo_close_path(cr)
            } else {
                cairo_rectangle(cr, f.x, f.y, f.width, f.height)
            }
            fillAndStroke(fill: r.fill, stroke: r.stroke, width: r.lineWidth)
        case .circle(let c):
            cairo_new_sub_path(cr)
            cairo_arc(cr, c.center.x, c.center.y, c.radius, 0, 2 * Double.pi)
            fillAndStroke(fill: c.fill, stroke: c.stroke, width: c.lineWidth)
        case .path(let p):
            guard let first = p.points.first else { return }
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
            cairo_move_to(cr, first.x, first.y)
            for q in p.points.dropFirst() { cairo_line_to(cr, q.x, q.y) }
            if p.closed { cairo_close_path(cr) }
            fillAndStroke(fill: p.closed ? p.fill : nil, stroke: p.stroke, width: p.lineWidth)
        case .link, .anchor:
            break   // not drawn: the PDF's links and destinations are written by PDFAssembler
        }
    }

    private func show(_ layout: OpaquePointer, x: Double, y: Double) {
        let cr = context.pointer
        guard Self.isPlain(layout) else {
            cairo_move_to(cr, x, y)
            pango_cairo_show_layout(cr, layout)
            cairo_new_path(cr)
            return
        }
        let iter = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
            cairo_move_to(cr, x + Double(logical.x) / scale, y + baseline)
            pango_cairo_show_glyph_string(cr, run.pointee.item.pointee.analysis.font, run.pointee.glyphs)
        } while pango_layout_iter_next_run(iter) != 0
        cairo_new_path(cr)
    }

    /// Layout settings for a run Pango sets: a run that does not wrap gets no width (Pango would
    /// wrap it at the width, e.g. a four-digit number in a narrow right-aligned column); it is
    /// aligned by offsetting it within its frame instead.
    static func drawingSettings(_ run: TextRun) -> (alignment: Int, width: Double?) {
        guard run.wraps else { return (0, nil) }
        let s = run.style
        return (s.alignment == .left ? 0 : (s.alignment == .center ? 1 : 2), run.frame.width)
    }

    /// How far right of its frame's left edge a run that does not wrap starts, to honour its alignment.
    static func alignmentOffset(_ run: TextRun, layout: OpaquePointer) -> Double {
        guard !run.wraps, run.style.alignment != .left else { return 0 }
        let free = run.frame.width - PangoText.extents(of: layout).width
        return run.style.alignment == .center ? free / 2 : free
    }

    /// Left-to-right text below the Hebrew block, one glyph per character, no glyph left empty.
    static func isPlain(_ layout: OpaquePointer) -> Bool {
        guard let text = pango_layout_get_text(layout) else { return false }
        var p = text, chars = 0
        while p.pointee != 0 {
            let b = UInt8(bitPattern: p.pointee)
            if b >= 0xD6 { return false }   // a lead byte of U+0580 and above
            if b & 0xC0 != 0x80 { chars += 1 }
            p += 1
        }
        var glyphs = 0
        let lines = pango_layout_get_lines_readonly(layout)
        var node = lines
        while let n = node {
            let line = n.pointee.data.assumingMemoryBound(to: PangoLayoutLine.self)
            var runNode = line.pointee.runs
            while let r = runNode {
                let run = r.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
                let g = run.pointee.glyphs.pointee
                for i in 0..<Int(g.num_glyphs) where g.glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 || g.glyphs[i].glyph == PANGO_GLYPH_EMPTY {
                    // An empty glyph stands for a character drawn as nothing (a wrapped space): fine
                    // when it is the only glyph of its character; unknown glyphs are not.
                    if g.glyphs[i].glyph != PANGO_GLYPH_EMPTY { return false }
                }
                glyphs += Int(g.num_glyphs)
                runNode = r.pointee.next
            }
            node = n.pointee.next
        }
        return glyphs == chars
    }
}
