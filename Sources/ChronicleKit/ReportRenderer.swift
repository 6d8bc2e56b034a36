import CairoGraphics
import Foundation
import NewsArticles
import Summaries
import TimelineLayout
import TimelineModel

/// Renders a timeline into the report's three outputs — `report.pdf`, `timeline.png`,
/// `summary.txt` — each written atomically into the output folder.
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
        let layout = ReportLayout(theme: theme, measurer: PangoTextMeasurer())
        let pdfPath = folder + "/report.pdf", pngPath = folder + "/timeline.png", textPath = folder + "/summary.txt"

        let document = layout.document(for: timeline, info: info)
        try AtomicFile.write(to: pdfPath) { try PDFExporter().write(document, to: $0) }

        let figureWidth = 1200.0
        let figure = layout.figure(for: timeline, info: info, width: figureWidth)
        try AtomicFile.write(to: pngPath) { try PNGExporter().write(figure, scale: Double(pngWidth) / figureWidth, to: $0) }

        let briefing = Briefing(title: info.title, generated: info.generated).text(for: timeline)
        try AtomicFile.write(Data(briefing.utf8), to: textPath)
        return [pdfPath, pngPath, textPath]
    }
}
