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
/// A long document is drawn in parts on several threads — cairo writes one file per thread — and
/// the parts are joined (``PDFAssembler``). How many parts is decided by the document alone, so
/// the file is the same bytes whatever the number of threads.
///
/// ```swift
/// try PDFExporter().write(document, to: "out/report.pdf")
/// ```
public struct PDFExporter {
    /// The measurer the document was laid out with (same thread): its shaped text is drawn without
    /// shaping again when the document is drawn in one part.
    public var reusing: PangoTextMeasurer?
    /// How many threads draw parts at once; the output does not depend on it.
    public var threads: Int
    /// How many parts to draw; nil: ``partCount(for:)``.
    public var parts: Int?

    public init(reusing measurer: PangoTextMeasurer? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount, parts: Int? = nil) {
        reusing = measurer
        self.threads = max(1, threads)
        self.parts = parts
    }

    /// Parts for a document: one below 64 pages (nothing to gain), two up to 1,000 pages, four beyond
    /// (estimates of drawing cost are rough: with more parts than threads, a thread done early
    /// takes the next part and both stay busy to the end).
    public static func partCount(for document: LaidOutDocument) -> Int {
        document.pages.count < 64 ? 1 : (document.pages.count <= 1_000 ? 2 : 4)
    }

    /// Writes `document` to `path` (the caller makes the write atomic; parts are written beside it
    /// as `path.partN` and removed).
    public func write(_ document: LaidOutDocument, to path: String) throws {
        FontSetup.ensure()
        let ranges = Self.split(document, into: parts ?? Self.partCount(for: document))
        let paths = ranges.indices.map { "\(path).part\($0)" }
        defer { for p in paths { unlink(p) } }
        let queue = PartQueue(count: ranges.count)
        let draw: @Sendable (PangoTextMeasurer) -> Void = { measurer in
            while let k = queue.next() {
                do {
                    queue.finished(k, try PDFPartWriter(document: document, pages: ranges[k], reusing: measurer).write(to: paths[k]))
                } catch {
                    queue.fail(error)
                }
            }
        }
        if ranges.count == 1 {
            // One part: drawn here, with the measurer the document was laid out with when given.
            draw(reusing ?? PangoTextMeasurer(retainedLayoutLimit: 1_000, sizeCacheLimit: 5_000))
        } else {
            for _ in 0..<min(threads, ranges.count) {
                // Threads of their own: Pango's font map is per thread. One measurer per thread for
                // all its parts: each word is shaped once per thread. (Chronology texts are mostly
                // unique: few sizes are worth remembering.)
                Thread { draw(PangoTextMeasurer(retainedLayoutLimit: 1_000, sizeCacheLimit: 5_000)) }.start()
            }
        }
        // Parts are joined as they are finished, in order, while the later ones are drawn.
        do {
            try PDFAssembler(parts: paths, pageHeights: document.pages.map(\.height), outline: document.outline)
                .write(to: path, waitingFor: { try queue.wait(for: $0) })
        } catch {
            queue.cancel(error)
            queue.waitForAll()
            throw (error as? RenderError) ?? RenderError(file: path, message: "\(error)")
        }
    }

    /// Consecutive page ranges of about equal drawing cost (text, shapes, and chronology entries
    /// still to be made).
    static func split(_ document: LaidOutDocument, into parts: Int) -> [Range<Int>] {
        let pages = document.pages
        guard parts > 1, pages.count >= parts else { return [pages.indices] }
        let costs = pages.map { page -> Int in
            var cost = 500 * page.deferred.count   // an entry: about 7 runs, 200 characters, 4 shapes
            for item in page.items {
                if case .text(let run) = item { cost += run.text.utf8.count + 20 } else { cost += 40 }
            }
            return cost
        }
        let total = costs.reduce(0, +)
        var ranges: [Range<Int>] = []
        var start = 0, sum = 0
        for (i, c) in costs.enumerated() {
            sum += c
            let remainingParts = parts - ranges.count - 1
            if remainingParts > 0, sum * parts >= total * (ranges.count + 1), pages.count - (i + 1) >= remainingParts {
                ranges.append(start..<(i + 1))
                start = i + 1
            }
        }
        ranges.append(start..<pages.count)
        return ranges
    }
}

/// Hands out part numbers to the drawing threads, tells which parts are finished, and keeps the
/// first error (after which no part is started).
private final class PartQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var taken = 0
    private var done: [Int: PartLinks] = [:]
    private var running = 0
    private let count: Int
    private var error: Error?

    init(count: Int) { self.count = count }

    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < count, error == nil else { return nil }
        taken += 1
        running += 1
        return taken - 1
    }

    func finished(_ k: Int, _ links: PartLinks) {
        condition.lock()
        done[k] = links
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    func fail(_ e: Error) {
        condition.lock()
        if error == nil { error = e }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops handing out parts (the joining failed).
    func cancel(_ e: Error) {
        condition.lock()
        if error == nil { error = e }
        condition.broadcast()
        condition.unlock()
    }

    /// Returns part `k`'s links once it is written (and forgets them); throws the first error of any part.
    func wait(for k: Int) throws -> PartLinks {
        condition.lock()
        defer { condition.unlock() }
        while done[k] == nil && error == nil { condition.wait() }
        if let error { throw error }
        return done.removeValue(forKey: k)!
    }

    /// Returns once no part is being drawn (after a failure: before the parts are removed).
    func waitForAll() {
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
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
            PageDrawer(context: context, shaped: reusing).draw(page)
            if let problem = context.problem { throw RenderError(file: path, message: problem) }
        }
        try PNGEncoder.write(surface, to: path)
        if let problem = surface.finish() { throw RenderError(file: path, message: problem) }
    }
}
