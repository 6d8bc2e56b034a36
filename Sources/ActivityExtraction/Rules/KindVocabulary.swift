import TimelineModel

/// The words that signal each ``ActivityKind``, compiled from `Resources/kinds.yml`.
///
/// ```swift
/// let vocabulary = try KindVocabulary.bundled()
/// vocabulary.nouns.longestMatch(in: tokens, at: i)?.value   // .training for "seminar"
/// ```
public final class KindVocabulary: Sendable {
    // A class of constants for the same reasons as `LanguageCues`.

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
        /// The present tense of a headline ("Ombudsman visits Gazakh prison"), made from the base form.
        public var isPresent: Bool = false
        /// The past of a progressive ("is taking part in" → "took part in"), for titles.
        public var pastOfProgressive: String? = nil
        /// The past of a base form ("take part in" → "took part in"), for titles of an act told by
        /// its purpose ("The purpose of the visit was to take part in …").
        public var pastOfBase: String? = nil
        /// A verb that tells her act only in the passive, about one of these things ("the report was
        /// presented by the Ombudsman", "appeals were heard by her"); `nil` for verbs of either voice.
        public var passiveSubjects: Set<String>? = nil
        /// A verb of a guest's act that is hers only as its object ("the AOA President called on
        /// Ms Aliyeva"); her own "called on the organisations to …" is no meeting.
        public var guestOnly = false
        /// A verb that only takes her somewhere ("travelled to Marneuli"): what she did there, told
        /// in a clause on ("…, where she met …"), is the activity itself.
        public var journey = false
        /// `joint: true`: her act only with another named as its partner, beside her as the subject
        /// ("Aliyeva and the EU Ambassador discussed …") or after "with" ("discussed … with Ambassador
        /// X"); alone ("the sides discussed", "she discussed the issue") it retells or tells no act.
        public var jointOnly = false
        /// `dated: true`: an act only worth telling with its day ("completed her visit to Georgia"
        /// without one retells the visit the article tells day by day).
        public var needsDate = false
    }

    public let triggers: PhraseSet<Trigger>
    public let passives: PhraseSet<Bool>
    public let agentCues: PhraseSet<Bool>
    public let nouns: PhraseSet<ActivityKind>
    public let nonEventObjects: Set<String>
    /// Present-tense verbs of headlines with their past ("visits" → "visited"), for titles.
    public let pastOfPresent: [String: String]

    public static func bundled() throws -> KindVocabulary { try parse(try RuleFile.bundled("kinds.yml"), file: "kinds.yml") }

    static func parse(_ map: [String: Any], file: String) throws -> KindVocabulary { try KindVocabulary(map, file: file) }

    init(_ map: [String: Any], file: String) throws {
        var triggerSet = PhraseSet<Trigger>(), passives = PhraseSet<Bool>(), agentCues = PhraseSet<Bool>()
        var nounSet = PhraseSet<ActivityKind>(), pastOfPresent: [String: String] = [:]
        guard let triggers = map["triggers"] as? [[String: Any]] else {
            throw RuleFileError(file: file, message: "triggers: expected a list of {kind, past, base}")
        }
        var progressives = Set<String>()
        // The past for titles of each base form: a finite verb ("participated in"), not a noun or a
        // participle of another entry with the same base ("participation in", "taken part in").
        var pastOfBase: [String: String] = [:]
        for t in triggers {
            guard let base = t["base"] as? String, let past = t["past"] as? String, pastOfBase[base] == nil,
                  let first = past.split(separator: " ").first, !first.hasSuffix("ion"), !first.hasSuffix("en") else { continue }
            pastOfBase[base] = past
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
            var trigger = Trigger(kind: kind, isBase: false, symmetric: symmetric, objectStarts: objects)
            trigger.guestOnly = t["guest_only"] as? Bool ?? false
            trigger.journey = t["journey"] as? Bool ?? false
            trigger.needsDate = t["dated"] as? Bool ?? false
            trigger.jointOnly = t["joint"] as? Bool ?? false
            trigger.passiveSubjects = try t["passive_subjects"].map { Set(try RuleFile.strings($0, key: "passive_subjects", file: file).map { $0.lowercased() }) }
            triggerSet.insert(past, value: trigger)
            if let base = t["base"] as? String {
                var baseForm = Trigger(kind: kind, isBase: true, symmetric: symmetric, objectStarts: objects)
                baseForm.pastOfBase = pastOfBase[base]
                triggerSet.insert(base, value: baseForm)
                if let present = Self.presentTense(of: base) {
                    // "takes" → "took", not "is" (from "is taking part in"): auxiliaries are no past of a verb.
                    if let p = present.split(separator: " ").first, let q = past.split(separator: " ").first,
                       !["is", "was", "are", "were", "has", "have", "had", "been"].contains(q), !q.hasSuffix("ing") {
                        pastOfPresent[String(p)] = String(q)
                    }
                    var now = Trigger(kind: kind, isBase: false, symmetric: symmetric, objectStarts: objects, isPresent: true)
                    now.needsDate = trigger.needsDate
                    triggerSet.insert(present, value: now)
                }
                // "is taking part in the consultation being held in Doha on 12-13 February": under way,
                // so news like the past (a day still to come makes it planned, as for any trigger).
                // (Not from a noun's entry: "participation in" is no past of "is participating in".)
                // (Nor where the progressive is a future: `progressive: false`, "is going to take the oath".)
                if !(past.split(separator: " ").first?.hasSuffix("ion") ?? false), t["progressive"] as? Bool ?? true,
                   let progressive = Self.progressive(of: base), progressives.insert(progressive).inserted {
                    var going = Trigger(kind: kind, isBase: false, symmetric: symmetric, objectStarts: objects, pastOfProgressive: past)
                    going.journey = trigger.journey
                    going.needsDate = trigger.needsDate
                    triggerSet.insert(progressive, value: going)
                }
            }
        }
        for p in try RuleFile.strings(map["passives"], key: "passives", file: file) { passives.insert(p, value: true) }
        for p in try RuleFile.strings(map["agent_cues"], key: "agent_cues", file: file) { agentCues.insert(p, value: true) }
        guard let nouns = map["nouns"] as? [String: Any] else {
            throw RuleFileError(file: file, message: "nouns: expected a mapping of kind → nouns")
        }
        for name in nouns.keys.sorted() {
            guard let kind = ActivityKind(rawValue: name) else {
                throw RuleFileError(file: file, message: "nouns: unknown kind '\(name)'")
            }
            for noun in try RuleFile.strings(nouns[name], key: "nouns.\(name)", file: file) { nounSet.insert(noun, value: kind) }
        }
        nonEventObjects = Set(try RuleFile.strings(map["non_event_objects"], key: "non_event_objects", file: file))
        self.triggers = triggerSet
        self.passives = passives
        self.agentCues = agentCues
        self.nouns = nounSet
        self.pastOfPresent = pastOfPresent
    }

    /// "visit" → "visits", "address the" → "addresses the", "carry out" → "carries out"; `nil` for
    /// forms that are not a plain verb ("be received by").
    /// "take part in" → "is taking part in"; nil for "be" and "have".
    static func progressive(of base: String) -> String? {
        var words = base.split(separator: " ").map(String.init)
        guard let verb = words.first, verb != "be", verb != "have", verb.count > 1, verb.allSatisfy({ $0.isLetter }) else { return nil }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let c = Array(verb)
        if verb.hasSuffix("ie") {
            words[0] = verb.dropLast(2) + "ying"
        } else if verb.hasSuffix("e"), !verb.hasSuffix("ee") {
            words[0] = verb.dropLast() + "ing"
        } else if c.count >= 3, c.filter({ vowels.contains($0) }).count == 1, !vowels.contains(c[c.count - 3]),
                  vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 1]), !"wxy".contains(c[c.count - 1]) {
            words[0] = verb + String(c[c.count - 1]) + "ing"   // one syllable: "run" → "running", "wrap" → "wrapping"
        } else {
            words[0] = verb + "ing"
        }
        return "is " + words.joined(separator: " ")
    }

    static func presentTense(of base: String) -> String? {
        var words = base.split(separator: " ").map(String.init)
        guard let verb = words.first, verb != "be", verb != "have", verb.allSatisfy({ $0.isLetter }) else {
            if words.first == "have" { words[0] = "has"; return words.joined(separator: " ") }
            return nil
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if ["s", "x", "z", "o"].contains(verb.last!) || verb.hasSuffix("sh") || verb.hasSuffix("ch") {
            words[0] = verb + "es"
        } else if verb.hasSuffix("y"), verb.count > 1, !vowels.contains(verb[verb.index(verb.endIndex, offsetBy: -2)]) {
            words[0] = verb.dropLast() + "ies"
        } else {
            words[0] = verb + "s"
        }
        return words.joined(separator: " ")
    }
}
