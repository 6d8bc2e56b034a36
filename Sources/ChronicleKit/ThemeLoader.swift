import TimelineLayout
import Yams

/// The report's theme: the project's default theme with the `theme:` overrides of report.yml.
/// PLACEHOLDER until the theme has a YAML default (layout issue).
public enum ThemeLoader {
    public static func theme(overrides: Node?, file: String) throws -> Theme {
        guard overrides != nil else { return .default }
        throw Diagnostic(.error, file: file, key: "theme", "theme overrides are not supported yet")
    }
}
