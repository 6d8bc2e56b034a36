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
/// home: [Azerbaijan, Azerbaijani]     # qualifiers that keep a role hers
/// office_words: [Office, institution]  # "the Ombudsman Office" is her office
/// pronouns: [she]
/// seat: Baku                           # where her office sits: her guests are received there
/// ```
public enum ProfileLoader {
    static let keys: Set<String> = SubjectProfile.yamlKeys

    public static func load(path: String) throws -> SubjectProfile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, file: path, "cannot read the subject profile")
        }
        let root = try YAMLSettings.load(text, file: path)
        var profile = SubjectProfile(name: "")
        var name: String?
        for (key, value) in try YAMLSettings.mapping(root, key: "", file: path, allowed: keys) {
            try apply(key, value, to: &profile, name: &name, keyPath: key, file: path)
        }
        guard let name, !name.isEmpty else { throw Diagnostic(.error, file: path, key: "name", "missing: the subject's name") }
        profile.name = name
        return profile
    }

    /// Sets one profile key (`name`, `aliases`, … as in ``SubjectProfile/yamlKeys``) from its YAML
    /// value; shared by profile files and report.yml's `subject:` mapping. `name` is handed back
    /// rather than set, so the caller decides how a new name relates to the old one.
    static func apply(_ key: String, _ value: Node, to profile: inout SubjectProfile, name: inout String?,
                      keyPath: String, file: String) throws {
        switch key {
        case "name": name = try YAMLSettings.string(value, key: keyPath, file: file)
        case "aliases": profile.aliases = try YAMLSettings.strings(value, key: keyPath, file: file)
        case "roles": profile.roles = try YAMLSettings.strings(value, key: keyPath, file: file)
        case "office_counts": profile.officeCounts = try YAMLSettings.bool(value, key: keyPath, file: file)
        case "home": profile.home = try YAMLSettings.strings(value, key: keyPath, file: file)
        case "office_words": profile.officeWords = try YAMLSettings.strings(value, key: keyPath, file: file)
        case "pronouns": profile.pronouns = try YAMLSettings.strings(value, key: keyPath, file: file)
        case "seat": profile.seat = try YAMLSettings.string(value, key: keyPath, file: file)
        default: break
        }
    }

    /// A profile for a person named on the command line (`--subject "Name"`): the name, and the
    /// surname alone as an alias ("Doe said" after "Jane Doe visited").
    public static func named(_ name: String) -> SubjectProfile {
        let words = name.split(separator: " ")
        return SubjectProfile(name: name, aliases: words.count > 1 ? [String(words.last!)] : [], roles: [], officeCounts: false)
    }
}
