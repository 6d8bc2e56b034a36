import CCairo
import TimelineLayout

/// Draws a range of a document's pages into one PDF file with cairo, on the calling thread: the
/// whole document (with its outline), or one part of it for ``PDFAssembler`` to join.
///
/// Pages whose chronology entries were deferred are completed just before they are drawn, with a
/// measurer of this thread whose shaped words the drawer reuses.
///
/// ```swift
/// try PDFPartWriter(document: document, pages: 0..<100, withOutline: false, reusing: nil).write(to: "a.part0")
/// ```
struct PDFPartWriter {
    var document: LaidOutDocument
    var pages: Range<Int>
    var withOutline: Bool
    var reusing: PangoTextMeasurer?

    func write(to path: String) throws {
        let first = pages.isEmpty ? LaidOutPage(width: 595.276, height: 841.89) : document.pages[pages.lowerBound]
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
            // Chronology texts are mostly unique: few sizes are worth remembering.
            let measurer = reusing ?? PangoTextMeasurer(retainedLayoutLimit: 1_000, sizeCacheLimit: 5_000)
            let drawer = PageDrawer(context: context, tagsLinks: true, shaped: measurer)
            for i in pages {
                let laidOut = document.pages[i]
                cairo_pdf_surface_set_size(raw, laidOut.width, laidOut.height)
                // cairo 1.16 writes a link's structure element only inside an enclosing structure
                // element; without one the file references a missing object (qpdf: "file is damaged").
                // (Begun after the first page's size is set: cairo 1.16 asserts otherwise.)
                if i == pages.lowerBound { cairo_tag_begin(context.pointer, "Document", "") }
                drawer.draw(document.completedPage(i, measurer: measurer))
                cairo_show_page(context.pointer)
                if let problem = context.problem { throw RenderError(file: path, message: problem) }
            }
            if !pages.isEmpty { cairo_tag_end(context.pointer, "Document") }
            if withOutline {
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
        }
        if let problem = surface.finish() { throw RenderError(file: path, message: problem) }
    }
}
