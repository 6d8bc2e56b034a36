import CCairo
import Foundation
import TimelineLayout

/// Shapes, on a thread of its own, the text of the coming pages that no measurer kept, so that
/// shaping page N+1 overlaps drawing page N. Layouts are handed over page by page, in order, at
/// most ``ahead`` pages in advance (memory stays bounded); the drawer releases them once drawn.
/// Pages with deferred blocks are completed here first (``LaidOutDocument/completion``), with a
/// measurer of this thread whose shaped layouts are the ones handed over.
///
/// The thread has its own Pango font map (Pango's default font map is per thread) and measures
/// every layout it hands over, so the fonts' lazily created parts exist before the drawing thread
/// reads them; the drawing thread never shapes with this font map.
///
/// ```swift
/// let prefetcher = ShapingPrefetcher(document: document, kept: { drawer.isKept($0) })
/// prefetcher.start()
/// let (page, layouts) = prefetcher.take(page: 0)   // the completed page (if it had deferred
/// prefetcher.stop()                                // blocks) and its unkept runs' layouts
/// ```
final class ShapingPrefetcher: @unchecked Sendable {
    private let document: LaidOutDocument
    private let kept: (TextRun) -> Bool
    private let ahead: Int
    private let condition = NSCondition()
    private var ready: [Int: (page: LaidOutPage?, layouts: [OpaquePointer])] = [:]
    private var produced = 0
    private var consumed = 0
    private var cancelled = false
    private var finished = false

    init(document: LaidOutDocument, ahead: Int = 6, kept: @escaping (TextRun) -> Bool) {
        self.document = document
        self.ahead = max(1, ahead)
        self.kept = kept
    }

    func start() {
        Thread { [self] in run() }.start()
    }

    /// Page `index` completed, if it had deferred blocks (nil: draw the document's page), and the
    /// layouts for its unkept text runs (in item order; the caller owns them). Pages must be taken
    /// in order.
    func take(page index: Int) -> (page: LaidOutPage?, layouts: [OpaquePointer]) {
        condition.lock()
        defer { condition.unlock() }
        while produced <= index && !finished { condition.wait() }
        let entry = ready.removeValue(forKey: index) ?? (nil, [])
        consumed = index + 1
        condition.broadcast()
        return entry
    }

    /// Ends the thread (also early) and releases layouts not taken.
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        let rest = ready
        ready = [:]
        condition.unlock()
        for (_, entry) in rest { for l in entry.layouts { g_object_unref(UnsafeMutableRawPointer(l)) } }
    }

    /// Layout settings the drawer uses for a run shaped at drawing time. A run that does not wrap
    /// gets no width (Pango would wrap it at the width, e.g. a four-digit number in a narrow right-
    /// aligned column); the drawer aligns it by offsetting it within its frame instead.
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

    private func run() {
        do {
            let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1))
            let context = CairoContext(surface: surface)
            let text = PangoText(context: context)
            for index in document.pages.indices {
                condition.lock()
                while !cancelled && index >= consumed + ahead { condition.wait() }
                let stop = cancelled
                condition.unlock()
                if stop { break }
                // A page with deferred blocks is completed by a measurer kept for this page only:
                // the layouts it shaped while measuring are the ones drawn.
                var completed: LaidOutPage? = nil
                var pageMeasurer: PangoTextMeasurer? = nil
                if !document.pages[index].isComplete, document.completion != nil {
                    let m = PangoTextMeasurer(retainedLayoutLimit: .max)
                    completed = document.completedPage(index, measurer: m)
                    pageMeasurer = m
                }
                var list: [OpaquePointer] = []
                for item in (completed ?? document.pages[index]).items {
                    guard case .text(let run) = item, !kept(run) else { continue }
                    if let l = pageMeasurer?.shapedLayout(for: run) {
                        g_object_ref(UnsafeMutableRawPointer(l))
                        list.append(l)
                        continue
                    }
                    let s = run.style, settings = Self.drawingSettings(run)
                    let l = text.newLayout(run.text, family: s.family, size: s.size, bold: s.weight == .bold, italic: s.italic, width: settings.width)
                    pango_layout_set_alignment(l, settings.alignment == 0 ? PANGO_ALIGN_LEFT : (settings.alignment == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT))
                    _ = PangoText.extents(of: l)
                    list.append(l)
                }
                condition.lock()
                ready[index] = (completed, list)
                produced = index + 1
                condition.broadcast()
                condition.unlock()
            }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
