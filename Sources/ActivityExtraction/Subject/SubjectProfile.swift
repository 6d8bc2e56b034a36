import Foundation

/// Who the chronology is about: names, aliases, roles, and how to tell her from people with
/// similar titles.
///
/// ```swift
/// let profile = SubjectProfile(name: "Sabina Aliyeva", aliases: ["Sabina Aliyev"],
///                              roles: ["Ombudsman"], home: ["Azerbaijan"])
/// let her = SubjectProfile.bundledDefault()   // Resources/default-profile.yml
/// ```
public struct SubjectProfile: Codable, Sendable, Hashable {
    public var name: String
    /// Other spellings; a one-word alias is a surname that may stand alone ("Aliyeva noted").
    public var aliases: [String]
    /// Role phrases that designate the subject ("the Ombudsman", "Commissioner for Human Rights").
    public var roles: [String]
    /// Whether her office acting ("the Ombudsman Office organised") counts as her activity.
    public var officeCounts: Bool
    /// Country words that keep a role hers ("Azerbaijan's Ombudsman"); any other qualifier makes
    /// the role someone else's ("the Ombudsman of Georgia").
    public var home: [String]
    /// Words that turn a role into her office ("Ombudsman Office", "Office of the Commissioner").
    public var officeWords: [String]
    /// Pronouns that refer to her when she was the last person acting ("she").
    public var pronouns: [String]
    /// The city where her office sits ("Baku"): a meeting the text gives no place for, in an
    /// article that names this city, took place there (she receives her guests at her office).
    public var seat: String?

    public init(name: String, aliases: [String] = [], roles: [String] = [], officeCounts: Bool = true,
                home: [String] = [], officeWords: [String] = ["Office", "office", "Apparatus", "institution", "Institution"],
                pronouns: [String] = ["she"], seat: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.officeCounts = officeCounts
        self.home = home
        self.officeWords = officeWords
        self.pronouns = pronouns
        self.seat = seat
    }

    enum CodingKeys: String, CodingKey { case name, aliases, roles, officeCounts, home, officeWords, pronouns, seat }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name),
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
                  roles: try c.decodeIfPresent([String].self, forKey: .roles) ?? [],
                  officeCounts: try c.decodeIfPresent(Bool.self, forKey: .officeCounts) ?? true,
                  home: try c.decodeIfPresent([String].self, forKey: .home) ?? [],
                  officeWords: try c.decodeIfPresent([String].self, forKey: .officeWords) ?? ["Office", "office", "institution"],
                  pronouns: try c.decodeIfPresent([String].self, forKey: .pronouns) ?? ["she"],
                  seat: try c.decodeIfPresent(String.self, forKey: .seat))
    }
}

extension SubjectProfile {
    /// The keys a profile YAML file may hold.
    public static let yamlKeys: Set<String> = ["name", "aliases", "roles", "office_counts", "home", "office_words", "pronouns", "seat"]

    /// The profile shipped with Chronicle: Azerbaijan's Commissioner for Human Rights, Sabina Aliyeva,
    /// read from `Resources/default-profile.yml`.
    public static func bundledDefault() -> SubjectProfile { bundledDefaultProfile }

    /// Reads a profile from YAML text (keys as in ``yamlKeys``, snake case).
    ///
    /// ```swift
    /// let p = try SubjectProfile(yaml: "name: Jane Doe\nroles: [Mayor]", file: "jane.yml")
    /// ```
    public init(yaml text: String, file: String) throws {
        let map = try RuleFile.parse(text, file: file)
        for key in map.keys where !SubjectProfile.yamlKeys.contains(key) {
            throw RuleFileError(file: file, message: "unknown key '\(key)' (known: \(SubjectProfile.yamlKeys.sorted().joined(separator: ", ")))")
        }
        guard let name = map["name"] as? String, !name.isEmpty else {
            throw RuleFileError(file: file, message: "name: missing")
        }
        self.init(name: name)
        aliases = try RuleFile.strings(map["aliases"], key: "aliases", file: file)
        roles = try RuleFile.strings(map["roles"], key: "roles", file: file)
        home = try RuleFile.strings(map["home"], key: "home", file: file)
        if map["office_words"] != nil { officeWords = try RuleFile.strings(map["office_words"], key: "office_words", file: file) }
        if map["pronouns"] != nil { pronouns = try RuleFile.strings(map["pronouns"], key: "pronouns", file: file) }
        if let v = map["seat"] {
            guard let city = v as? String, !city.isEmpty else { throw RuleFileError(file: file, message: "seat: expected a city name") }
            seat = city
        }
        if let b = map["office_counts"] {
            guard let flag = b as? Bool else { throw RuleFileError(file: file, message: "office_counts: expected true or false") }
            officeCounts = flag
        }
    }
}

private let bundledDefaultProfile: SubjectProfile = {
    do {
        guard let url = Bundle.module.url(forResource: "default-profile", withExtension: "yml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "default-profile", withExtension: "yml"),
              let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("ActivityExtraction bundle lacks default-profile.yml")
        }
        return try SubjectProfile(yaml: String(decoding: data, as: UTF8.self), file: url.path)
    } catch {
        fatalError("the bundled default profile is invalid: \(error)")
    }
}()
