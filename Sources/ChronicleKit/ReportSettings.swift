import ActivityExtraction
import Foundation
import NewsArticles
import Yams

/// The settings of one report folder, read from its `report.yml`.
///
/// ```yaml
/// title: Activities of the Commissioner for Human Rights, 2023
/// subject:
///   name: Sabina Aliyeva
///   aliases: [Sabina Aliyev]
/// articles: articles          # a folder (or a list of folders/files) inside the report folder
/// generated: 2024-01-05       # optional; default: the latest article's publication date
/// ```
///
/// ```swift
/// let settings = try ReportSettings.load(folder: "Reports/sample")
/// settings.articlePaths   // ["Reports/sample/articles"]
/// ```
public struct ReportSettings {
    public static let fileName = "report.yml"
    static let knownKeys: Set<String> = ["title", "subject", "articles", "output", "generated", "include_planned", "theme", "author"]
    static let subjectKeys: Set<String> = SubjectProfile.yamlKeys.union(["profile"])

    /// The report folder.
    public var folder: String
    public var title: String
    public var author: String
    public var profile: SubjectProfile
    /// Absolute or folder-relative paths of the article files and folders.
    public var articlePaths: [String]
    /// Where outputs go (default `out`, inside the report folder).
    public var outputFolder: String
    public var generated: CalendarDay?
    public var includePlanned: Bool
    /// The `theme:` mapping as written, overlaid on the default theme by ``ThemeLoader``.
    public var themeOverrides: Node?

    public var settingsFile: String { folder + "/" + Self.fileName }

    /// Reads `folder/report.yml`. Errors name the file, line and key.
    public static func load(folder: String) throws -> ReportSettings {
        let file = folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Diagnostic(.error, file: file, "cannot read the report settings (missing or unreadable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, file: file, "not UTF-8 text")
        }
        return try parse(text, folder: folder)
    }

    /// Parses settings text as if read from `folder/report.yml`.
    public static func parse(_ text: String, folder: String) throws -> ReportSettings {
        let file = folder + "/" + fileName
        let root = try YAMLSettings.load(text, file: file)
        var settings = ReportSettings(folder: folder, title: "Chronology", author: "Chronicle",
                                      profile: SubjectProfile.bundledDefault(), articlePaths: [],
                                      outputFolder: folder + "/out", generated: nil, includePlanned: false,
                                      themeOverrides: nil)
        var sawArticles = false
        for (key, value) in try YAMLSettings.mapping(root, key: "", file: file, allowed: knownKeys) {
            switch key {
            case "title": settings.title = try YAMLSettings.string(value, key: key, file: file)
            case "author": settings.author = try YAMLSettings.string(value, key: key, file: file)
            case "subject": settings.profile = try subject(value, folder: folder, file: file)
            case "articles":
                sawArticles = true
                settings.articlePaths = try YAMLSettings.strings(value, key: key, file: file).map {
                    try inside(folder: folder, $0, key: key, file: file, line: value.mark?.line)
                }
            case "output":
                settings.outputFolder = try inside(folder: folder, try YAMLSettings.string(value, key: key, file: file),
                                                   key: key, file: file, line: value.mark?.line)
            case "generated":
                let text = try YAMLSettings.string(value, key: key, file: file)
                guard let day = CalendarDay(iso: text) else {
                    throw Diagnostic(.error, file: file, line: value.mark?.line, key: key, "expected a date YYYY-MM-DD, got '\(text)'")
                }
                settings.generated = day
            case "include_planned": settings.includePlanned = try YAMLSettings.bool(value, key: key, file: file)
            case "theme": settings.themeOverrides = value
            default: break
            }
        }
        if !sawArticles {
            throw Diagnostic(.error, file: file, key: "articles", "missing: name the folder of articles")
        }
        return settings
    }

    private static func subject(_ node: Node, folder: String, file: String) throws -> SubjectProfile {
        var profile = SubjectProfile.bundledDefault()
        var name: String?
        for (key, value) in try YAMLSettings.mapping(node, key: "subject", file: file, allowed: subjectKeys) {
            let path = "subject." + key
            switch key {
            case "profile":
                let relative = try YAMLSettings.string(value, key: path, file: file)
                let profilePath = try inside(folder: folder, relative, key: path, file: file, line: value.mark?.line)
                profile = try ProfileLoader.load(path: profilePath)
            default: try ProfileLoader.apply(key, value, to: &profile, name: &name, keyPath: path, file: file)
            }
        }
        if let name {
            if name != profile.name, !profile.aliases.contains(profile.name) { profile.aliases.append(profile.name) }
            profile.name = name
        }
        return profile
    }

    /// Resolves `relative` against the report folder and refuses paths that leave it.
    static func inside(folder: String, _ relative: String, key: String, file: String, line: Int?) throws -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let candidate = relative.hasPrefix("/") ? relative : base + "/" + relative
        let resolved = URL(fileURLWithPath: candidate).standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved == base || resolved.hasPrefix(base + "/") else {
            throw Diagnostic(.error, file: file, line: line, key: key, "'\(relative)' points outside the report folder")
        }
        return resolved
    }
}
