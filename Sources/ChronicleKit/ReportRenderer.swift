import CairoGraphics
import Foundation
import NewsArticles
import Summaries
import TimelineLayout
import TimelineModel

/// Renders a timeline into the report's three outputs — `report.pdf`, `timeline.png`,
/// `summary.txt` — each written atomically into the output folder; optionally the laid-out pages
/// as JSON and a thumbnail.
///
/// ```swift
/// let renderer = ReportRenderer(info: ReportInfo(title: "2023", subject: "Sabina Aliyeva", generated: day))
/// let written = try renderer.render(timeline, into: "Reports/sample/out")
/// ```
public struct ReportRenderer {
    public var info: ReportInfo
    public var theme: Theme
    /// Width of the PNG in pixels.
    public var pngWidth: Int
    /// Transparent instead of white behind the PNG timeline.
    public var transparentPNG = false
    /// Also write `thumbnail.png` this many pixels wide.
    public var thumbnailWidth: Int?
    /// Also write the laid-out report pages as JSON to this path.
    public var layoutJSONPath: String?
    /// `summary.txt` as plain text, or `summary.md` in Markdown.
    public var summaryMarkdown = false

    public init(info: ReportInfo, theme: Theme = .default, pngWidth: Int = 2400) {
        self.info = info
        self.theme = theme
        self.pngWidth = pngWidth
    }

    /// Writes the outputs and returns their paths. Creates the folder if needed.
    @discardableResult
    public func render(_ timeline: Timeline, into folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.error, file: folder, "cannot create the output folder")
        }
        guard (16...PNGExporter.maximumSide).contains(pngWidth) else {
            throw Diagnostic(.error, file: folder + "/timeline.png", "PNG width \(pngWidth) px is outside 16…\(PNGExporter.maximumSide)")
        }
        let layout = ReportLayout(theme: theme, measurer: PangoTextMeasurer())
        let pdfPath = folder + "/report.pdf", pngPath = folder + "/timeline.png"
        let textPath = folder + (summaryMarkdown ? "/summary.md" : "/summary.txt")

        let document = layout.document(for: timeline, info: info)
        try AtomicFile.write(to: pdfPath) { try PDFExporter().write(document, to: $0) }
        var written = [pdfPath, pngPath, textPath]
        if let layoutJSONPath {
            do { try AtomicFile.write(try LayoutJSON.encode(document.pages), to: layoutJSONPath) } catch let e as Diagnostic { throw e } catch {
                throw Diagnostic(.error, file: layoutJSONPath, "cannot encode the layout: \(error)")
            }
            written.append(layoutJSONPath)
        }

        let figureWidth = theme.timeline.figureWidth
        let figure = layout.figure(for: timeline, info: info, width: figureWidth)
        let png = PNGExporter(background: transparentPNG ? .transparent : .white)
        try AtomicFile.write(to: pngPath) { try png.write(figure, scale: Double(pngWidth) / figureWidth, to: $0) }
        if let thumbnailWidth {
            let path = folder + "/thumbnail.png"
            try AtomicFile.write(to: path) { try png.write(figure, scale: Double(max(16, thumbnailWidth)) / figureWidth, to: $0) }
            written.append(path)
        }

        let briefing = Briefing(title: info.title, generated: info.generated)
        let text = summaryMarkdown ? briefing.markdown(for: timeline) : briefing.text(for: timeline)
        try AtomicFile.write(Data(text.utf8), to: textPath)
        return written
    }
}
