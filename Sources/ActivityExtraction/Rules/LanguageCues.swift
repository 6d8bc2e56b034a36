/// English cue words around triggers (plans, negation, framing, clause breaks …), compiled from
/// `Resources/language.yml`. Every list there is documented in that file.
///
/// ```swift
/// let cues = try LanguageCues.bundled()
/// cues.plan.matchEnding(in: tokens, at: triggerIndex) != nil   // "will" before "visit"
/// ```
public final class LanguageCues: Sendable {
    // A class of constants, not a struct: the rules read it in closures inside mutating functions,
    // where a struct this size would be copied whole on every call, and `let` fields need no runtime
    // exclusivity checks.

    public let plan: PhraseSet<Bool>
    public let negation: PhraseSet<Bool>
    /// A correction retelling what an earlier report got wrong ("An earlier version of this report
    /// incorrectly stated that …"): nothing in the sentence happened as told.
    public let retractions: PhraseSet<Bool>
    /// Words that put her outside the act named next: "the staff, without the participation of the
    /// Ombudsman, visited …".
    public let absence: PhraseSet<Bool>
    public let adverbs: WordSet
    public let sentenceOpeners: WordSet
    public let sittingBodies: PhraseSet<Bool>
    public let habitual: WordSet
    public let history: PhraseSet<Bool>
    /// Words that tell an undated act as experience, not news ("has visited the region several
    /// times", "has repeatedly raised the issue").
    public let experience: PhraseSet<Bool>
    public let otherDates: PhraseSet<Bool>
    public let continuation: WordSet
    /// Ordinals counting a span's days from its first ("first" = offset 0), in order.
    public let rangeDaysFromStart: [String]
    public let rangeDaysFromEnd: WordSet
    public let rangeFirstDay: WordSet
    public let afterEvent: PhraseSet<Bool>
    public let participantNouns: WordSet
    public let sequelOpenings: PhraseSet<Bool>
    public let referBack: WordSet
    public let reporting: WordSet
    public let inmates: WordSet
    public let peopleOnSite: WordSet
    public let describingVerbs: WordSet
    public let framing: PhraseSet<Bool>
    /// `intro` and `earlier_acts` together; the value tells an earlier act of hers ("Following her visit …").
    public let intro: PhraseSet<Bool>
    public let clauseBreaks: WordSet
    public let relative: WordSet
    public let accompaniment: PhraseSet<Bool>
    public let honorifics: WordSet
    /// Her opposite number, named by the host: "hosted his Azerbaijani counterpart".
    public let counterparts: WordSet
    public let personTitles: WordSet
    public let receivedPeople: WordSet
    /// What is received that is not a person ("received an award", "appeals were received by her").
    public let thingsReceived: WordSet
    public let nameHeads: WordSet
    /// Words that make a role before them part of an organisation's name ("Asian Ombudsman Association").
    public let organisationHeads: WordSet
    public let placeCues: WordSet
    /// Things said whose "on <named day>" is their subject ("a statement on Victory Day").
    public let occasionNouns: WordSet
    /// Nouns after a place that make it an event's name ("the Khojaly genocide").
    public let placeEvents: WordSet
    /// Incidents an act may be about, whose date is theirs ("an address in connection with the missile
    /// strike on Ganja in the early hours of October 11").
    public let incidents: WordSet
    /// Words after a place that make the name following one of its local bodies ("Barda District Police").
    public let localUnits: WordSet
    /// Auxiliaries right after a verb that ended a relative clause ("the institutions we visited will be …").
    public let clauseEndAuxiliaries: WordSet
    /// Documents whose years after "for" are their period, not a day of the act ("a work plan for 2024-2025").
    public let periodNouns: WordSet
    public let counterpartCues: PhraseSet<Bool>
    public let counterpartStops: PhraseSet<Bool>
    public let functionWords: WordSet
    public let foreignRoleModifiers: WordSet
    public let distinctTitles: WordSet
    public let roleWords: WordSet
    public let finiteVerbs: WordSet
    public let recalling: WordSet
    public let toldBefore: WordSet
    public let orderingOpeners: WordSet
    public let ended: PhraseSet<Bool>
    public let began: PhraseSet<Bool>
    /// Openings that put an act on the last day of the span told ("Concluding her visit, …").
    public let spanEndOpeners: PhraseSet<Bool>
    /// Openings that put what follows on the first day of the visit told ("Upon arrival in the city, …").
    public let spanStartOpeners: PhraseSet<Bool>
    /// Verbs of an event's course used as passives ("her visit continued …"): see `passives` in kinds.yml.
    public let eventCourse: WordSet
    public let aggregate: PhraseSet<Bool>
    /// Title openings rewritten to the past, longest first: ("speaking at", "addressed").
    public let titleVerbs: [(from: String, to: String)]
    public let venueWords: WordSet
    /// First words of the `title_verbs` phrases.
    public let titleVerbFirsts: WordSet

    /// A finite verb of the list, or a lower-case word in "-ed" (most past tenses): where a phrase of
    /// names or nouns stops ("Aliyeva, the head of the city and residents took part").
    func looksFinite(_ token: WordToken) -> Bool {
        finiteVerbs.contains(token) || (!token.isCapitalized && token.norm.hasSuffix("ed"))
    }

    public static func bundled() throws -> LanguageCues { try parse(try RuleFile.bundled("language.yml"), file: "language.yml") }

    static func parse(_ map: [String: Any], file: String) throws -> LanguageCues { try LanguageCues(map, file: file) }

    init(_ map: [String: Any], file: String) throws {
        func list(_ key: String) throws -> [String] { try RuleFile.strings(map[key], key: key, file: file) }
        func words(_ key: String) throws -> WordSet { WordSet(try list(key).flatMap { PhraseSet<Bool>.words(of: $0) }) }
        func phrases(_ key: String) throws -> PhraseSet<Bool> {
            var set = PhraseSet<Bool>()
            for p in try list(key) { set.insert(p, value: true) }
            return set
        }
        plan = try phrases("plan")
        negation = try phrases("negation")
        retractions = try phrases("retractions")
        absence = try phrases("absence")
        adverbs = try words("adverbs")
        sentenceOpeners = try words("sentence_openers")
        sittingBodies = try phrases("sitting_bodies")
        habitual = try words("habitual")
        history = try phrases("history")
        experience = try phrases("experience")
        otherDates = try phrases("other_dates")
        continuation = try words("continuation")
        rangeDaysFromStart = try list("range_days_from_start")
        rangeDaysFromEnd = try words("range_days_from_end")
        rangeFirstDay = try words("range_first_day")
        afterEvent = try phrases("after_event")
        participantNouns = try words("participant_nouns")
        sequelOpenings = try phrases("sequel_openings")
        referBack = try words("refer_back")
        reporting = try words("reporting")
        inmates = try words("inmates")
        peopleOnSite = try words("people_on_site")
        describingVerbs = try words("describing_verbs")
        framing = try phrases("framing")
        var intro = PhraseSet<Bool>()
        for p in try list("intro") { intro.insert(p, value: false) }
        for p in try list("earlier_acts") { intro.insert(p, value: true) }
        self.intro = intro
        clauseBreaks = try words("clause_breaks")
        relative = try words("relative")
        accompaniment = try phrases("accompaniment")
        honorifics = try words("honorifics")
        counterparts = try words("counterparts")
        personTitles = try words("person_titles")
        receivedPeople = try words("received_people")
        thingsReceived = try words("things_received")
        nameHeads = try words("name_heads")
        organisationHeads = try words("organisation_heads")
        placeCues = try words("place_cues")
        occasionNouns = try words("occasion_nouns")
        placeEvents = try words("place_events")
        incidents = try words("incidents")
        localUnits = try words("local_units")
        clauseEndAuxiliaries = try words("clause_end_auxiliaries")
        periodNouns = try words("period_nouns")
        counterpartCues = try phrases("counterpart_cues")
        counterpartStops = try phrases("counterpart_stops")
        functionWords = try words("function_words")
        foreignRoleModifiers = try words("foreign_role_modifiers")
        distinctTitles = try words("distinct_titles")
        roleWords = try words("role_words")
        finiteVerbs = try words("finite_verbs")
        recalling = try words("recalling")
        toldBefore = try words("told_before")
        orderingOpeners = try words("ordering_openers")
        ended = try phrases("ended")
        began = try phrases("began")
        spanEndOpeners = try phrases("span_end_openers")
        spanStartOpeners = try phrases("span_start_openers")
        eventCourse = try words("event_course")
        aggregate = try phrases("aggregate")
        venueWords = try words("venue_words")
        var titleVerbs: [(from: String, to: String)] = []
        if let raw = map["title_verbs"] {
            guard let m = raw as? [String: Any] else { throw RuleFileError(file: file, message: "title_verbs: expected a mapping") }
            titleVerbs = try m.keys.sorted().map { key in
                guard let to = m[key] as? String else { throw RuleFileError(file: file, message: "title_verbs.\(key): expected text") }
                return (key.lowercased(), to)
            }.sorted { $0.from.count > $1.from.count || ($0.from.count == $1.from.count && $0.from < $1.from) }
        }
        self.titleVerbs = titleVerbs
        titleVerbFirsts = WordSet(titleVerbs.compactMap { PhraseSet<Bool>.words(of: $0.from).first })
    }
}
