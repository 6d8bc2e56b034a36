import CCairo
import CFontconfig
import TimelineLayout

/// A failure of the drawing library, naming the output file.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String
    public init(file: String, message: String) { self.file = file; self.message = message }
    public var description: String { "\(file): \(message)" }
}

/// Writes a laid-out document as PDF. PLACEHOLDER body — the layout issue completes it.
public struct PDFExporter: Sendable {
    public init() {}
    /// Writes `document` to `path` (the caller makes the write atomic).
    public func write(_ document: LaidOutDocument, to path: String) throws {
        throw RenderError(file: path, message: "PDF export not implemented yet")
    }
}

/// Writes one laid-out page as PNG at `scale` pixels per point. PLACEHOLDER body.
public struct PNGExporter: Sendable {
    public init() {}
    public func write(_ page: LaidOutPage, scale: Double, to path: String) throws {
        throw RenderError(file: path, message: "PNG export not implemented yet")
    }
}
