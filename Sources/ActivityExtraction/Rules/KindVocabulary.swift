import TimelineModel

/// The words that signal each ``ActivityKind``, compiled from `Resources/kinds.yml`.
///
/// ```swift
/// let vocabulary = try KindVocabulary.bundled()
/// vocabulary.nouns.longestMatch(in: tokens, at: i)?.value   // .training for "seminar"
/// ```
public struct KindVocabulary: Sendable {
    /// What a trigger phrase means.
    public struct Trigger: Sendable {
        /// `nil` for `kind: event` (the kind comes from the event noun of the object).
        public var kind: ActivityKind?
        /// Whether this is the base form (after "will", "plans to" …).
        public var isBase: Bool
        /// The subject may be the object instead ("the minister met with the Ombudsman").
        public var symmetric: Bool
        /// First words the object must start with, when limited.
        public var objectStarts: Set<String>?
    }

    public var triggers = PhraseSet<Trigger>()
    public var passives = PhraseSet<Bool>()
    public var agentCues = PhraseSet<Bool>()
    public var nouns = PhraseSet<ActivityKind>()
    public var nonEventObjects: Set<String> = []

    public init() {}

    public static func bundled() throws -> KindVocabulary { try parse(try RuleFile.bundled("kinds.yml"), file: "kinds.yml") }

    static func parse(_ map: [String: Any], file: String) throws -> KindVocabulary {
        var v = KindVocabulary()
        guard let triggers = map["triggers"] as? [[String: Any]] else {
            throw RuleFileError(file: file, message: "triggers: expected a list of {kind, past, base}")
        }
        for (n, t) in triggers.enumerated() {
            guard let kindName = t["kind"] as? String, let past = t["past"] as? String else {
                throw RuleFileError(file: file, message: "triggers[\(n)]: needs kind and past")
            }
            let kind: ActivityKind?
            if kindName == "event" { kind = nil } else {
                guard let k = ActivityKind(rawValue: kindName) else {
                    throw RuleFileError(file: file, message: "triggers[\(n)]: unknown kind '\(kindName)'")
                }
                kind = k
            }
            let symmetric = t["symmetric"] as? Bool ?? false
            let objects = try t["object"].map { Set(try RuleFile.strings($0, key: "object", file: file).map { $0.lowercased() }) }
            v.triggers.insert(past, value: Trigger(kind: kind, isBase: false, symmetric: symmetric, objectStarts: objects))
            if let base = t["base"] as? String {
                v.triggers.insert(base, value: Trigger(kind: kind, isBase: true, symmetric: symmetric, objectStarts: objects))
            }
        }
        for p in try RuleFile.strings(map["passives"], key: "passives", file: file) { v.passives.insert(p, value: true) }
        for p in try RuleFile.strings(map["agent_cues"], key: "agent_cues", file: file) { v.agentCues.insert(p, value: true) }
        guard let nouns = map["nouns"] as? [String: Any] else {
            throw RuleFileError(file: file, message: "nouns: expected a mapping of kind → nouns")
        }
        for name in nouns.keys.sorted() {
            guard let kind = ActivityKind(rawValue: name) else {
                throw RuleFileError(file: file, message: "nouns: unknown kind '\(name)'")
            }
            for noun in try RuleFile.strings(nouns[name], key: "nouns.\(name)", file: file) { v.nouns.insert(noun, value: kind) }
        }
        v.nonEventObjects = Set(try RuleFile.strings(map["non_event_objects"], key: "non_event_objects", file: file))
        return v
    }
}
