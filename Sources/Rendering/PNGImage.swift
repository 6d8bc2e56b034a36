import CCairo

/// A PNG read back into memory, for comparing renderings with reference images.
///
/// ```swift
/// let a = try PNGImage(path: "timeline.png"), b = try PNGImage(path: "reference.png")
/// a.difference(from: b)   // share of pixels differing by more than the tolerance
/// ```
public struct PNGImage: Sendable {
    public var width: Int
    public var height: Int
    /// Premultiplied ARGB, one value per pixel, rows top to bottom.
    public var pixels: [UInt32]

    public init(path: String) throws {
        let surface = CairoSurface(cairo_image_surface_create_from_png(path))
        if let problem = surface.problem { throw RenderError(file: path, message: problem) }
        cairo_surface_flush(surface.pointer)
        width = Int(cairo_image_surface_get_width(surface.pointer))
        height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else { throw RenderError(file: path, message: "no pixel data") }
        var out = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { out[y * width + x] = row[x] }
        }
        pixels = out
    }

    /// Share (0…1) of pixels whose channels differ by more than `tolerance` (0…255); 1 when sizes differ.
    public func difference(from other: PNGImage, tolerance: Int = 24) -> Double {
        guard width == other.width, height == other.height, !pixels.isEmpty else { return 1 }
        var differing = 0
        for (a, b) in zip(pixels, other.pixels) where a != b {
            for shift in stride(from: 0, to: 32, by: 8) {
                if abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF)) > tolerance { differing += 1; break }
            }
        }
        return Double(differing) / Double(pixels.count)
    }

    /// Share of pixels that are not the colour of the top-left pixel (0 for a blank image).
    public var inkCoverage: Double {
        guard let ground = pixels.first else { return 0 }
        return Double(pixels.lazy.filter { $0 != ground }.count) / Double(pixels.count)
    }
}
