/// Who the chronology is about: names, aliases, roles, and how to tell her from people with
/// similar titles.
///
/// PLACEHOLDER API — the extraction issue extends it; keep these fields.
///
/// ```swift
/// let profile = SubjectProfile(name: "Sabina Aliyeva", aliases: ["Sabina Aliyev"])
/// ```
public struct SubjectProfile: Codable, Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// Role phrases that designate the subject ("the Ombudsman", "Commissioner for Human Rights").
    public var roles: [String]
    /// Whether her office acting ("the Ombudsman Office organised") counts as her activity.
    public var officeCounts: Bool

    public init(name: String, aliases: [String] = [], roles: [String] = [], officeCounts: Bool = true) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.officeCounts = officeCounts
    }
}

extension SubjectProfile {
    /// The profile shipped with Chronicle: Azerbaijan's Commissioner for Human Rights, Sabina Aliyeva.
    public static func bundledDefault() -> SubjectProfile {
        SubjectProfile(name: "Sabina Aliyeva", aliases: ["Sabina Aliyev", "Aliyeva"],
                       roles: ["Commissioner for Human Rights", "Ombudsman", "the commissioner"])
    }
}
