import ActivityExtraction
import Foundation
import Yams

/// Reads a subject profile from a YAML file (`--profile FILE`, or `subject.profile` in report.yml).
///
/// ```yaml
/// name: Sabina Aliyeva
/// aliases: [Sabina Aliyev]
/// roles: [Commissioner for Human Rights, Ombudsman]
/// office_counts: true
/// ```
public enum ProfileLoader {
    static let keys: Set<String> = ["name", "aliases", "roles", "office_counts"]

    public static func load(path: String) throws -> SubjectProfile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, file: path, "cannot read the subject profile")
        }
        let root = try YAMLSettings.load(text, file: path)
        var name: String?
        var profile = SubjectProfile(name: "")
        for (key, value) in try YAMLSettings.mapping(root, key: "", file: path, allowed: keys) {
            switch key {
            case "name": name = try YAMLSettings.string(value, key: key, file: path)
            case "aliases": profile.aliases = try YAMLSettings.strings(value, key: key, file: path)
            case "roles": profile.roles = try YAMLSettings.strings(value, key: key, file: path)
            case "office_counts": profile.officeCounts = try YAMLSettings.bool(value, key: key, file: path)
            default: break
            }
        }
        guard let name, !name.isEmpty else { throw Diagnostic(.error, file: path, key: "name", "missing: the subject's name") }
        profile.name = name
        return profile
    }

    /// A profile for a person named on the command line (`--subject "Name"`), with no aliases.
    public static func named(_ name: String) -> SubjectProfile {
        SubjectProfile(name: name, aliases: [], roles: [], officeCounts: false)
    }
}
