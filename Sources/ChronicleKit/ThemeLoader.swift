import Foundation
import TimelineLayout
import Yams

/// The report's theme: the project's default theme (`default-theme.yml`) with overrides laid on top.
///
/// Overrides come from the `theme:` mapping of report.yml or from a theme file (`--theme FILE`).
/// Unknown keys, values of the wrong type and impossible values are errors naming the file, the
/// line and the key (`theme.colors.kinds.meeting`).
///
/// ```swift
/// let theme = try ThemeLoader.theme(overrides: settings.themeOverrides, file: settings.settingsFile)
/// let custom = try ThemeLoader.theme(file: "my-theme.yml")
/// ```
public enum ThemeLoader {
    public static func theme(overrides: Node?, file: String) throws -> Theme {
        try theme(overrides: overrides, file: file, key: "theme")
    }

    /// Reads a theme file: a mapping of the same keys as `default-theme.yml`, any subset of them.
    public static func theme(file: String) throws -> Theme {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, file: file, "cannot read the theme file")
        }
        return try theme(overrides: YAMLSettings.load(text, file: file), file: file, key: "")
    }

    static func theme(overrides: Node?, file: String, key: String) throws -> Theme {
        guard let overrides else { return .default }
        if case .scalar(let s) = overrides, s.string.isEmpty || s.string == "~" || s.string == "null" { return .default }
        guard let base = try Yams.compose(yaml: Theme.defaultYAML) else { return .default }
        let merged = try YAMLSettings.overlay(overrides, on: base, key: key, file: file)
        let theme: Theme
        do {
            theme = try YAMLDecoder().decode(Theme.self, from: merged)
        } catch let error as DecodingError {
            let (path, message) = describe(error)
            let node = path.isEmpty ? nil : find(path, in: merged)
            throw Diagnostic(.error, file: file, line: node?.mark?.line, key: qualified(path, key), message)
        }
        if let problem = theme.problems.first {
            let node = find(problem.key.split(separator: ".").map(String.init), in: merged)
            throw Diagnostic(.error, file: file, line: node?.mark?.line, key: qualified(problem.key.split(separator: ".").map(String.init), key),
                             problem.message)
        }
        return theme
    }

    static func qualified(_ path: [String], _ prefix: String) -> String {
        ([prefix].filter { !$0.isEmpty } + path).joined(separator: ".")
    }

    static func describe(_ error: DecodingError) -> ([String], String) {
        func keys(_ c: [CodingKey]) -> [String] { c.map { $0.intValue.map(String.init) ?? $0.stringValue } }
        switch error {
        case .typeMismatch(let type, let c):
            return (keys(c.codingPath), "expected \(expected(type))")
        case .valueNotFound(let type, let c):
            return (keys(c.codingPath), "expected \(expected(type)), found nothing")
        case .keyNotFound(let key, let c):
            return (keys(c.codingPath) + [key.stringValue], "missing")
        case .dataCorrupted(let c):
            let message = c.debugDescription.contains("expected") ? c.debugDescription : "invalid value (\(c.debugDescription))"
            return (keys(c.codingPath), message)
        @unknown default:
            return ([], "\(error)")
        }
    }

    static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping" }
            return "a value of type \(name)"
        }
    }

    static func find(_ path: [String], in node: Node) -> Node? {
        var current = node
        for part in path {
            switch current {
            case .mapping(let map):
                guard let next = map.first(where: { $0.key.string == part })?.value else { return current }
                current = next
            case .sequence(let seq):
                guard let i = Int(part), seq.indices.contains(i) else { return current }
                current = seq[i]
            default: return current
            }
        }
        return current
    }
}
