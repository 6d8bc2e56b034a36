import CCairo
import TimelineLayout

/// Draws a range of a document's pages into one PDF file with cairo, on the calling thread, and
/// returns the links and destinations of those pages: ``PDFAssembler`` writes them (and the
/// outline) when it joins the parts into the report.
///
/// Pages whose chronology entries were deferred are completed just before they are drawn, with a
/// measurer of this thread whose shaped words the drawer reuses.
///
/// ```swift
/// let links = try PDFPartWriter(document: document, pages: 0..<100, reusing: nil).write(to: "a.part0")
/// ```
struct PDFPartWriter {
    var document: LaidOutDocument
    var pages: Range<Int>
    var reusing: PangoTextMeasurer?

    func write(to path: String) throws -> PartLinks {
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

        var links = PartLinks(firstPage: pages.lowerBound)
        do {
            let context = CairoContext(surface: surface)
            let measurer = reusing ?? PangoTextMeasurer(retainedLayoutLimit: 1_000, sizeCacheLimit: 5_000)
            let drawer = PageDrawer(context: context, shaped: measurer)
            for i in pages {
                let page = document.completedPage(i, measurer: measurer)
                cairo_pdf_surface_set_size(raw, page.width, page.height)
                drawer.draw(page)
                cairo_show_page(context.pointer)
                if let problem = context.problem { throw RenderError(file: path, message: problem) }
                links.add(page)
            }
        }
        if let problem = surface.finish() { throw RenderError(file: path, message: problem) }
        return links
    }
}

/// The links and destinations of consecutive pages, page by page.
struct PartLinks {
    var firstPage: Int
    var links: [[LinkItem]] = []
    var anchors: [[AnchorItem]] = []

    mutating func add(_ page: LaidOutPage) {
        var l: [LinkItem] = [], a: [AnchorItem] = []
        for item in page.items {
            switch item {
            case .link(let link): l.append(link)
            case .anchor(let anchor): a.append(anchor)
            default: break
            }
        }
        links.append(l)
        anchors.append(a)
    }
}
