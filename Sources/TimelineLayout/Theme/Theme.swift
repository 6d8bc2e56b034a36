import Foundation
import TimelineModel
import Yams

/// Fonts, sizes, colours per kind, page size, margins and timeline settings of a report.
///
/// The complete default lives in `Resources/default-theme.yml`; report.yml overrides any part of it
/// (see `ThemeLoader` in ChronicleKit).
///
/// ```swift
/// var theme = Theme.default
/// theme.page.size = .letter
/// theme.color(for: .meeting)   // the meeting colour
/// ```
public struct Theme: Codable, Sendable, Hashable {
    public var page: PageSetup
    public var fonts: Fonts
    public var sizes: Sizes
    public var colors: Colors
    public var timeline: TimelineSettings

    /// The default theme, read from the bundled `default-theme.yml`.
    public static let `default`: Theme = {
        do { return try Theme.decode(yaml: Theme.defaultYAML, file: "default-theme.yml") } catch {
            fatalError("the bundled default-theme.yml is invalid: \(error)")
        }
    }()

    /// The text of the bundled default theme, for overlaying settings onto it.
    public static var defaultYAML: String {
        guard let url = Bundle.module.url(forResource: "default-theme", withExtension: "yml", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "default-theme", withExtension: "yml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("TimelineLayout resources are missing default-theme.yml")
        }
        return text
    }

    /// Decodes a complete theme from YAML text.
    public static func decode(yaml: String, file: String) throws -> Theme {
        try YAMLDecoder().decode(Theme.self, from: yaml)
    }

    /// A4 portrait with `margin` on every side (kept for callers of the first API).
    public init(pageWidth: Double = 595.276, pageHeight: Double = 841.89, margin: Double = 56.7, fontFamily: String = "DejaVu Sans") {
        self = Theme.default
        page.size = pageWidth > pageHeight ? .custom(width: pageHeight, height: pageWidth) : .custom(width: pageWidth, height: pageHeight)
        page.orientation = pageWidth > pageHeight ? .landscape : .portrait
        page.margins = Margins(top: margin, right: margin, bottom: margin, left: margin)
        fonts.sans = fontFamily
    }

    public init(page: PageSetup, fonts: Fonts, sizes: Sizes, colors: Colors, timeline: TimelineSettings) {
        self.page = page; self.fonts = fonts; self.sizes = sizes; self.colors = colors; self.timeline = timeline
    }

    /// Width of a text page in points.
    public var pageWidth: Double { page.dimensions(page.orientation).width }
    /// Height of a text page in points.
    public var pageHeight: Double { page.dimensions(page.orientation).height }
    /// The left margin (the first API had one margin for all sides).
    public var margin: Double { page.margins.left }
    public var fontFamily: String { fonts.sans }

    /// The colour of an activity kind (the `other` colour when the theme has none for it).
    public func color(for kind: ActivityKind) -> RGBA {
        colors.kinds[kind.rawValue] ?? colors.kinds["other"] ?? colors.muted
    }

    public func style(_ size: KeyPath<Sizes, Double>, serif: Bool = false, bold: Bool = false, italic: Bool = false,
                      color: RGBA? = nil, alignment: TextStyle.Alignment = .left) -> TextStyle {
        TextStyle(family: serif ? fonts.serif : fonts.sans, size: sizes[keyPath: size], weight: bold ? .bold : .regular,
                  italic: italic, color: color ?? colors.text, alignment: alignment)
    }
}

extension Theme {
    /// Paper size and orientation of text pages, and the margins.
    public struct PageSetup: Codable, Sendable, Hashable {
        public var size: PaperSize
        public var orientation: Orientation
        public var margins: Margins

        /// Width and height for an orientation.
        public func dimensions(_ orientation: Orientation) -> (width: Double, height: Double) {
            let (w, h) = size.portrait
            return orientation == .portrait ? (w, h) : (h, w)
        }
    }

    public enum Orientation: String, Codable, Sendable, Hashable { case portrait, landscape }

    /// `A4`, `Letter`, or `WIDTHxHEIGHT` in points.
    public enum PaperSize: Codable, Sendable, Hashable {
        case a4, letter
        case custom(width: Double, height: Double)

        public var portrait: (width: Double, height: Double) {
            switch self {
            case .a4: return (595.276, 841.89)
            case .letter: return (612, 792)
            case .custom(let w, let h): return (min(w, h), max(w, h))
            }
        }

        public init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            switch text.lowercased() {
            case "a4": self = .a4
            case "letter", "us letter", "usletter": self = .letter
            default:
                let parts = text.lowercased().split(separator: "x").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2, parts.allSatisfy({ $0 >= 144 && $0 <= 14400 }) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                        debugDescription: "expected A4, Letter or WIDTHxHEIGHT in points, found '\(text)'"))
                }
                self = .custom(width: parts[0], height: parts[1])
            }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .a4: try c.encode("A4")
            case .letter: try c.encode("Letter")
            case .custom(let w, let h): try c.encode("\(w)x\(h)")
            }
        }
    }

    public struct Margins: Codable, Sendable, Hashable {
        public var top: Double, right: Double, bottom: Double, left: Double
        public init(top: Double, right: Double, bottom: Double, left: Double) {
            self.top = top; self.right = right; self.bottom = bottom; self.left = left
        }
    }

    public struct Fonts: Codable, Sendable, Hashable {
        public var sans: String
        public var serif: String
    }

    public struct Sizes: Codable, Sendable, Hashable {
        public var title: Double, heading: Double, subheading: Double, body: Double, small: Double, label: Double, tick: Double
    }

    public struct Colors: Codable, Sendable, Hashable {
        public var text: RGBA, muted: RGBA, accent: RGBA, rule: RGBA, grid: RGBA, band: RGBA, background: RGBA
        /// Colour per activity kind (`conference`, `visit`, …, `other`).
        public var kinds: [String: RGBA]
    }

    /// How lanes are formed.
    public enum LaneGrouping: String, Codable, Sendable, Hashable, CaseIterable { case kind, location, source }

    public struct TimelineSettings: Codable, Sendable, Hashable {
        public var orientation: Orientation
        public var lanes: LaneGrouping
        public var laneOrder: [String]
        public var maxLanes: Int
        public var markRadius: Double
        public var trackHeight: Double
        public var maxTracks: Int
        public var labelRows: Int
        public var overviewLabelRows: Int
        /// More activities than this: the overview becomes a density chart (bars per month).
        public var overviewDensityAbove: Int
        public var labelMaxWidth: Double
        public var stackLimit: Int
        public var pageCapacity: Int
        public var pageMonths: Int
        public var beforeWhiskerDays: Int
        public var figureWidth: Double
        public var minTickSpacing: Double

        enum CodingKeys: String, CodingKey {
            case orientation, lanes, laneOrder = "lane_order", maxLanes = "max_lanes", markRadius = "mark_radius"
            case trackHeight = "track_height", maxTracks = "max_tracks", labelRows = "label_rows"
            case overviewLabelRows = "overview_label_rows", overviewDensityAbove = "overview_density_above", labelMaxWidth = "label_max_width", stackLimit = "stack_limit"
            case pageCapacity = "page_capacity", pageMonths = "page_months", beforeWhiskerDays = "before_whisker_days", figureWidth = "figure_width"
            case minTickSpacing = "min_tick_spacing"
        }
    }
}

extension Theme {
    /// Values that decode but cannot be laid out, as (key path, message), e.g. `("sizes.body", "must be positive")`.
    public var problems: [(key: String, message: String)] {
        var out: [(String, String)] = []
        let sizes: [(String, Double)] = [("title", self.sizes.title), ("heading", self.sizes.heading), ("subheading", self.sizes.subheading),
                                         ("body", self.sizes.body), ("small", self.sizes.small), ("label", self.sizes.label), ("tick", self.sizes.tick)]
        for (k, v) in sizes where !(v >= 3 && v <= 200) { out.append(("sizes." + k, "must be between 3 and 200 points, found \(v)")) }
        let m = page.margins
        for (k, v) in [("top", m.top), ("right", m.right), ("bottom", m.bottom), ("left", m.left)] where !(v >= 0 && v <= 300) {
            out.append(("page.margins." + k, "must be between 0 and 300 points, found \(v)"))
        }
        let (w, h) = page.dimensions(.portrait)
        if w - m.left - m.right < 200 || h - m.top - m.bottom < 200 || h - m.left - m.right < 200 || w - m.top - m.bottom < 200 {
            out.append(("page.margins", "leave less than 200 points for the content"))
        }
        let t = timeline
        let ints: [(String, Int, ClosedRange<Int>)] = [("max_lanes", t.maxLanes, 1...50), ("max_tracks", t.maxTracks, 1...50),
            ("label_rows", t.labelRows, 0...40), ("overview_label_rows", t.overviewLabelRows, 0...40),
            ("overview_density_above", t.overviewDensityAbove, 0...10_000_000), ("stack_limit", t.stackLimit, 1...100),
            ("page_capacity", t.pageCapacity, 1...100_000), ("page_months", t.pageMonths, 1...1200), ("before_whisker_days", t.beforeWhiskerDays, 0...3650)]
        for (k, v, r) in ints where !r.contains(v) { out.append(("timeline." + k, "must be between \(r.lowerBound) and \(r.upperBound), found \(v)")) }
        let doubles: [(String, Double, ClosedRange<Double>)] = [("mark_radius", t.markRadius, 0.5...20), ("track_height", t.trackHeight, 2...100),
            ("label_max_width", t.labelMaxWidth, 20...2000), ("figure_width", t.figureWidth, 200...20_000), ("min_tick_spacing", t.minTickSpacing, 0...100)]
        for (k, v, r) in doubles where !r.contains(v) { out.append(("timeline." + k, "must be between \(r.lowerBound) and \(r.upperBound), found \(v)")) }
        if t.trackHeight < 2 * t.markRadius { out.append(("timeline.track_height", "must be at least twice mark_radius")) }
        return out
    }
}
