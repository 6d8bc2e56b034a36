import TimelineModel

/// Everything the extractor reads from `Resources/`: the kind vocabulary, the language cues and
/// the gazetteer, compiled once.
///
/// ```swift
/// let rules = ExtractionRules.bundled          // loaded on first use
/// rules.places.match(in: tokens, at: 4)?.place.name
/// ```
public struct ExtractionRules: Sendable {
    public var kinds: KindVocabulary
    public var cues: LanguageCues
    public var places: Gazetteer
    /// Purpose phrases after a visit: "visited Vienna to participate in the conference".
    public var purpose = PhraseSet<Bool>()
    /// Nouns of places of detention: a visit to one is monitoring ("visited the penitentiary").
    /// (Phrases, matched whole: "care home", not "medical care".)
    public var detentionPlaces = PhraseSet<Bool>()
    /// Head words of each kind's event nouns ("visit" for monitoring, "forum" for conference):
    /// what a later "the visit", "the forum" may refer back to.
    public var kindHeads: [ActivityKind: Set<String>] = [:]

    public init(kinds: KindVocabulary, cues: LanguageCues, places: Gazetteer) {
        self.kinds = kinds
        self.cues = cues
        self.places = places
    }

    /// Reads the three bundled rule files.
    public static func loadBundled() throws -> ExtractionRules {
        let kindsMap = try RuleFile.bundled("kinds.yml")
        var rules = ExtractionRules(kinds: try KindVocabulary.parse(kindsMap, file: "kinds.yml"),
                                    cues: try LanguageCues.bundled(), places: try Gazetteer.bundled())
        for p in try RuleFile.strings(kindsMap["purpose"], key: "purpose", file: "kinds.yml") { rules.purpose.insert(p, value: true) }
        if let nouns = kindsMap["nouns"] as? [String: Any] {
            for (name, list) in nouns {
                guard let kind = ActivityKind(rawValue: name) else { continue }
                for noun in try RuleFile.strings(list, key: "nouns.\(name)", file: "kinds.yml") {
                    if let last = PhraseSet<Bool>.words(of: noun).last { rules.kindHeads[kind, default: []].insert(last) }
                }
            }
        }
        for phrase in try RuleFile.strings(kindsMap["detention_places"], key: "detention_places", file: "kinds.yml") {
            rules.detentionPlaces.insert(phrase, value: true)
        }
        return rules
    }

    /// The bundled rules; a broken resource file is a build defect, caught by the tests.
    public static let bundled: ExtractionRules = {
        do { return try loadBundled() } catch { fatalError("ActivityExtraction rules: \(error)") }
    }()
}
