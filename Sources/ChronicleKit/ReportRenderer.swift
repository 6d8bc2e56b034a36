import Rendering
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
    /// Called after each stage with its name and duration in seconds (for `--timings` and benchmarks).
    public var onStage: ((String, Double) -> Void)?

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
        var clock = ContinuousClock.now
        func stage(_ name: String) {
            let now = ContinuousClock.now
            let d = now - clock
            onStage?(name, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            clock = now
        }
        let pdfPath = folder + "/report.pdf", pngPath = folder + "/timeline.png"
        let textPath = folder + (summaryMarkdown ? "/summary.md" : "/summary.txt")

        // The timeline figure and its PNG are drawn on a second thread while the report is laid out
        // and written: separate measurer, Pango context and cairo surface, nothing shared but values.
        let figureJob = FigureJob(timeline: timeline, info: info, theme: theme, pngPath: pngPath, pngWidth: pngWidth,
                                  transparent: transparentPNG, thumbnail: thumbnailWidth.map { (folder + "/thumbnail.png", $0) })
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { figureJob.run() }
        // The briefing (plain text) is composed alongside as well.
        let briefingJob = BriefingJob(timeline: timeline, briefing: Briefing(title: info.title, generated: info.generated),
                                      markdown: summaryMarkdown)
        DispatchQueue.global(qos: .userInitiated).async(group: group) { briefingJob.run() }

        // The chronology's entries (most of the report's text) are measured on another thread while
        // the timeline pages are laid out here, and here too once this thread reaches the chronology;
        // the pages keep only the entries' places, and the PDF exporter makes each page's entries
        // just before drawing it (memory stays bounded).
        // (A thread of its own: Pango's default font map is per thread.)
        let measurer = PangoTextMeasurer()
        let layout = ReportLayout(theme: theme, measurer: measurer)
        let entriesJob = ChronologyHeights(entries: layout.chronologyEntries(timeline))
        let entriesDone = DispatchGroup()
        entriesDone.enter()
        Thread { entriesJob.measure(); entriesDone.leave() }.start()
        let document = layout.document(for: timeline, info: info, entries: .deferred(heights: {
            entriesJob.measure()
            entriesDone.wait()
            return entriesJob.heights
        }))
        entriesDone.wait()
        // Only the pages and the kept layouts are needed from here: the sizes measured go, and the
        // free memory is handed back before the PDF is written.
        measurer.releaseSizes()
        #if os(Linux)
        _ = releaseFreeHeap(0)
        #endif
        stage("layout report (\(document.pages.count) pages)")
        var pdfError: Error?
        let pdf = PDFExporter(reusing: measurer)
        do { try AtomicFile.write(to: pdfPath) { try pdf.write(document, to: $0) } } catch { pdfError = error }
        stage("write report.pdf")
        group.wait()
        stage("finish timeline.png (drawn alongside: \(String(format: "%.3f", figureJob.seconds)) s)")
        if let pdfError { throw pdfError }
        if let error = figureJob.error { throw error }
        var written = [pdfPath, pngPath, textPath]
        if thumbnailWidth != nil { written.append(folder + "/thumbnail.png") }
        if let layoutJSONPath {
            do { try AtomicFile.write(try LayoutJSON.encode(document.completed(measurer: measurer).pages), to: layoutJSONPath) } catch let e as Diagnostic { throw e } catch {
                throw Diagnostic(.error, file: layoutJSONPath, "cannot encode the layout: \(error)")
            }
            written.append(layoutJSONPath)
        }

        try AtomicFile.write(Data(briefingJob.text.utf8), to: textPath)
        stage("write \((textPath as NSString).lastPathComponent)")
        return written
    }
}

#if os(Linux)
/// glibc's `malloc_trim`: returns the free heap memory of every thread's arena to the system.
@_silgen_name("malloc_trim") private func releaseFreeHeap(_ pad: Int) -> Int32
#endif

/// Measures the heights of the chronology's entries, in chunks taken in turn by every thread that
/// calls ``measure()`` (each with a measurer of its own; nothing shaped is kept: the entries are
/// made again, page by page, when the PDF is written). Each height is written once, by one thread.
private final class ChronologyHeights: @unchecked Sendable {
    let entries: ChronologyEntries
    private let lock = NSLock()
    private var next = 0
    private let storage: UnsafeMutableBufferPointer<Double>
    private static let chunk = 64

    init(entries: ChronologyEntries) {
        self.entries = entries
        storage = .allocate(capacity: entries.count)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    /// The heights, once every thread that measures has returned.
    var heights: [Double] { Array(storage) }

    func measure() {
        let measurer = PangoTextMeasurer(retainedLayoutLimit: 0, sizeCacheLimit: 20_000)
        while true {
            lock.lock()
            let start = next
            next += Self.chunk
            lock.unlock()
            if start >= entries.count { return }
            for i in start..<min(start + Self.chunk, entries.count) {
                storage[i] = entries.height(of: i, measurer: measurer)
            }
        }
    }
}

/// Composes the text briefing on another thread.
private final class BriefingJob: @unchecked Sendable {
    let timeline: Timeline, briefing: Briefing, markdown: Bool
    private(set) var text = ""

    init(timeline: Timeline, briefing: Briefing, markdown: Bool) {
        self.timeline = timeline; self.briefing = briefing; self.markdown = markdown
    }

    func run() { text = markdown ? briefing.markdown(for: timeline) : briefing.text(for: timeline) }
}

/// Lays out and writes the timeline figure (and thumbnail) on its own thread.
private final class FigureJob: @unchecked Sendable {
    let timeline: Timeline, info: ReportInfo, theme: Theme
    let pngPath: String, pngWidth: Int, transparent: Bool, thumbnail: (String, Int)?
    private(set) var error: Error?
    private(set) var seconds = 0.0

    init(timeline: Timeline, info: ReportInfo, theme: Theme, pngPath: String, pngWidth: Int, transparent: Bool, thumbnail: (String, Int)?) {
        self.timeline = timeline; self.info = info; self.theme = theme
        self.pngPath = pngPath; self.pngWidth = pngWidth; self.transparent = transparent; self.thumbnail = thumbnail
    }

    func run() {
        let started = ContinuousClock.now
        defer {
            let d = ContinuousClock.now - started
            seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        do {
            let measurer = PangoTextMeasurer()
            let layout = ReportLayout(theme: theme, measurer: measurer)
            let width = theme.timeline.figureWidth
            let figure = layout.figure(for: timeline, info: info, width: width)
            let png = PNGExporter(background: transparent ? .transparent : (theme.colors.background == .white ? .white : .color(theme.colors.background)))
            try AtomicFile.write(to: pngPath) { try png.write(figure, scale: Double(pngWidth) / width, to: $0, reusing: measurer) }
            if let (path, w) = thumbnail {
                try AtomicFile.write(to: path) { try png.write(figure, scale: Double(max(16, w)) / width, to: $0, reusing: measurer) }
            }
        } catch {
            self.error = error
        }
    }
}
