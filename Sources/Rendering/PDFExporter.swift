import CCairo
import Foundation
import TimelineLayout

/// A failure of the drawing library, naming the output file.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String
    public init(file: String, message: String) { self.file = file; self.message = message }
    public var description: String { "\(file): \(message)" }
}

/// Writes a laid-out document as PDF: every page (sizes may differ, e.g. landscape timeline pages),
/// the outline, internal links, and metadata with dates fixed from the document, so reruns are
/// byte-identical. Fonts are embedded as subsets by cairo.
///
/// ```swift
/// try PDFExporter().write(document, to: "out/report.pdf")
/// ```
public struct PDFExporter {
    /// The measurer the document was laid out with: its shaped text is drawn without shaping again.
    public var reusing: PangoTextMeasurer?

    public init(reusing measurer: PangoTextMeasurer? = nil) { reusing = measurer }

    /// Writes `document` to `path` (the caller makes the write atomic).
    public func write(_ document: LaidOutDocument, to path: String) throws {
        FontSetup.ensure()
        let first = document.pages.first ?? LaidOutPage(width: 595.276, height: 841.89)
        guard let raw = cairo_pdf_surface_create(path, first.width, first.height) else {
            throw RenderError(file: path, message: "cannot create a PDF surface")
        }
        let surface = CairoSurface(raw)
        if let problem = surface.problem { throw RenderError(file: path, message: problem) }
        cairo_pdf_surface_restrict_to_version(raw, CAIRO_PDF_VERSION_1_5)
        let meta = document.metadata
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_TITLE, meta.title)
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_AUTHOR, meta.author)
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_SUBJECT, meta.subject)
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_KEYWORDS, meta.keywords.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_CREATOR, "Chronicle")
        let date = meta.created.iso + "T00:00:00Z"
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_MOD_DATE, date)

        do {
            let context = CairoContext(surface: surface)
            let drawer = PageDrawer(context: context, tagsLinks: true, shaped: reusing)
            // cairo 1.16 writes a link's structure element only inside an enclosing structure
            // element; without one the file references a missing object (qpdf: "file is damaged").
            // (Begun after the first page's size is set: cairo 1.16 asserts otherwise.)
            // Text the measurers did not keep is shaped on another thread a few pages ahead.
            // Pages with deferred blocks are completed there as well.
            let prefetcher = ShapingPrefetcher(document: document, kept: { drawer.isKept($0) })
            prefetcher.start()
            defer { prefetcher.stop(); drawer.releasePrepared() }
            for (i, laidOut) in document.pages.enumerated() {
                cairo_pdf_surface_set_size(raw, laidOut.width, laidOut.height)
                if i == 0 { cairo_tag_begin(context.pointer, "Document", "") }
                let (completed, layouts) = prefetcher.take(page: i)
                drawer.prepared = layouts
                drawer.draw(completed ?? laidOut)
                cairo_show_page(context.pointer)
                drawer.releasePrepared()
                if let problem = context.problem { throw RenderError(file: path, message: problem) }
            }
            if !document.pages.isEmpty { cairo_tag_end(context.pointer, "Document") }
            var parents: [Int: Int32] = [0: 0]
            for entry in document.outline {
                let parent = parents[entry.level] ?? 0
                let link = "page=\(entry.page + 1) pos=[0 \(PageDrawer.number(max(0, entry.y)))]"
                let flags: cairo_pdf_outline_flags_t = entry.level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
                let id = cairo_pdf_surface_add_outline(raw, parent, entry.title, link, flags)
                parents[entry.level + 1] = id
                for deeper in parents.keys where deeper > entry.level + 1 { parents[deeper] = nil }
            }
        }
        if let problem = surface.finish() { throw RenderError(file: path, message: problem) }
    }
}

/// Writes one laid-out page as PNG at `scale` pixels per point, on white or transparent ground.
///
/// ```swift
/// try PNGExporter().write(figure, scale: 2, to: "out/timeline.png")
/// try PNGExporter(background: .transparent).write(figure, scale: 0.25, to: "out/thumbnail.png")
/// ```
public struct PNGExporter: Sendable {
    public enum Background: Sendable, Hashable { case white, transparent, color(RGBA) }

    public var background: Background

    public init(background: Background = .white) { self.background = background }

    /// Largest side in pixels cairo image surfaces accept.
    public static let maximumSide = 32_767

    /// `reusing`: the measurer the page was laid out with; its shaped text is drawn without shaping again.
    public func write(_ page: LaidOutPage, scale: Double, to path: String, reusing: PangoTextMeasurer? = nil) throws {
        FontSetup.ensure()
        let w = Int((page.width * scale).rounded()), h = Int((page.height * scale).rounded())
        guard w > 0, h > 0, w <= Self.maximumSide, h <= Self.maximumSide else {
            throw RenderError(file: path, message: "image size \(w)×\(h) px is outside 1…\(Self.maximumSide)")
        }
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)))
        if let problem = surface.problem { throw RenderError(file: path, message: problem) }
        do {
            let context = CairoContext(surface: surface)
            let cr = context.pointer
            switch background {
            case .white: cairo_set_source_rgb(cr, 1, 1, 1); cairo_paint(cr)
            case .color(let c): cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); cairo_paint(cr)
            case .transparent: break
            }
            cairo_scale(cr, Double(w) / page.width, Double(h) / page.height)
            PageDrawer(context: context, tagsLinks: false, shaped: reusing).draw(page)
            if let problem = context.problem { throw RenderError(file: path, message: problem) }
        }
        cairo_surface_flush(surface.pointer)
        let status = cairo_surface_write_to_png(surface.pointer, path)
        if let problem = CairoSurface.problem(status) { throw RenderError(file: path, message: problem) }
        if let problem = surface.finish() { throw RenderError(file: path, message: problem) }
    }
}
