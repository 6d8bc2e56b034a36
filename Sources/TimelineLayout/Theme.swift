/// Fonts, sizes, colours per kind, page size and margins. PLACEHOLDER — the layout issue
/// completes it (YAML default in Resources/, overrides from report.yml).
public struct Theme: Codable, Sendable, Hashable {
    public var pageWidth: Double
    public var pageHeight: Double
    public var margin: Double
    public var fontFamily: String

    public init(pageWidth: Double = 595.276, pageHeight: Double = 841.89, margin: Double = 56.7, fontFamily: String = "DejaVu Sans") {
        self.pageWidth = pageWidth; self.pageHeight = pageHeight; self.margin = margin; self.fontFamily = fontFamily
    }

    public static let `default` = Theme()
}
