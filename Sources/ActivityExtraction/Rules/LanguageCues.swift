/// English cue words around triggers (plans, negation, framing, clause breaks …), compiled from
/// `Resources/language.yml`. Every list there is documented in that file.
///
/// ```swift
/// let cues = try LanguageCues.bundled()
/// cues.plan.matchEnding(in: tokens, at: triggerIndex) != nil   // "will" before "visit"
/// ```
public struct LanguageCues: Sendable {
    public var plan = PhraseSet<Bool>()
    public var negation = PhraseSet<Bool>()
    /// A correction retelling what an earlier report got wrong ("An earlier version of this report
    /// incorrectly stated that …"): nothing in the sentence happened as told.
    public var retractions = PhraseSet<Bool>()
    /// Words that put her outside the act named next: "the staff, without the participation of the
    /// Ombudsman, visited …".
    public var absence = PhraseSet<Bool>()
    public var adverbs: WordSet = []
    public var sentenceOpeners: WordSet = []
    public var sittingBodies = PhraseSet<Bool>()
    public var habitual: WordSet = []
    public var history = PhraseSet<Bool>()
    /// Words that tell an undated act as experience, not news ("has visited the region several
    /// times", "has repeatedly raised the issue").
    public var experience = PhraseSet<Bool>()
    public var otherDates = PhraseSet<Bool>()
    public var continuation: WordSet = []
    /// Ordinals counting a span's days from its first ("first" = offset 0), in order.
    public var rangeDaysFromStart: [String] = []
    public var rangeDaysFromEnd: WordSet = []
    public var rangeFirstDay: WordSet = []
    public var afterEvent = PhraseSet<Bool>()
    public var participantNouns: WordSet = []
    public var sequelOpenings = PhraseSet<Bool>()
    public var referBack: WordSet = []
    public var reporting: WordSet = []
    public var inmates: WordSet = []
    public var peopleOnSite: WordSet = []
    public var describingVerbs: WordSet = []
    public var framing = PhraseSet<Bool>()
    /// `intro` and `earlier_acts` together; the value tells an earlier act of hers ("Following her visit …").
    public var intro = PhraseSet<Bool>()
    public var clauseBreaks: WordSet = []
    public var relative: WordSet = []
    public var accompaniment = PhraseSet<Bool>()
    public var honorifics: WordSet = []
    /// Her opposite number, named by the host: "hosted his Azerbaijani counterpart".
    public var counterparts: WordSet = []
    public var personTitles: WordSet = []
    public var receivedPeople: WordSet = []
    /// What is received that is not a person ("received an award", "appeals were received by her").
    public var thingsReceived: WordSet = []
    public var nameHeads: WordSet = []
    /// Words that make a role before them part of an organisation's name ("Asian Ombudsman Association").
    public var organisationHeads: WordSet = []
    public var placeCues: WordSet = []
    /// Things said whose "on <named day>" is their subject ("a statement on Victory Day").
    public var occasionNouns: WordSet = []
    /// Nouns after a place that make it an event's name ("the Khojaly genocide").
    public var placeEvents: WordSet = []
    /// Words after a place that make the name following one of its local bodies ("Barda District Police").
    public var localUnits: WordSet = []
    /// Auxiliaries right after a verb that ended a relative clause ("the institutions we visited will be …").
    public var clauseEndAuxiliaries: WordSet = []
    /// Documents whose years after "for" are their period, not a day of the act ("a work plan for 2024-2025").
    public var periodNouns: WordSet = []
    public var counterpartCues = PhraseSet<Bool>()
    public var counterpartStops = PhraseSet<Bool>()
    public var functionWords: WordSet = []
    public var foreignRoleModifiers: WordSet = []
    public var distinctTitles: WordSet = []
    public var roleWords: WordSet = []
    public var finiteVerbs: WordSet = []
    public var recalling: WordSet = []
    public var toldBefore: WordSet = []
    public var orderingOpeners: WordSet = []
    public var ended = PhraseSet<Bool>()
    public var began = PhraseSet<Bool>()
    /// Openings that put an act on the last day of the span told ("Concluding her visit, …").
    public var spanEndOpeners = PhraseSet<Bool>()
    /// Verbs of an event's course used as passives ("her visit continued …"): see `passives` in kinds.yml.
    public var eventCourse: WordSet = []
    public var aggregate = PhraseSet<Bool>()
    /// Title openings rewritten to the past, longest first: ("speaking at", "addressed").
    public var titleVerbs: [(from: String, to: String)] = []
    public var venueWords: WordSet = []
    /// First words of the `title_verbs` phrases.
    public var titleVerbFirsts: WordSet = []

    public init() {}

    public static func bundled() throws -> LanguageCues { try parse(try RuleFile.bundled("language.yml"), file: "language.yml") }

    static func parse(_ map: [String: Any], file: String) throws -> LanguageCues {
        var c = LanguageCues()
        func list(_ key: String) throws -> [String] { try RuleFile.strings(map[key], key: key, file: file) }
        func words(_ key: String) throws -> WordSet { WordSet(try list(key).flatMap { PhraseSet<Bool>.words(of: $0) }) }
        func phrases(_ key: String) throws -> PhraseSet<Bool> {
            var set = PhraseSet<Bool>()
            for p in try list(key) { set.insert(p, value: true) }
            return set
        }
        c.plan = try phrases("plan")
        c.negation = try phrases("negation")
        c.retractions = try phrases("retractions")
        c.absence = try phrases("absence")
        c.adverbs = try words("adverbs")
        c.sentenceOpeners = try words("sentence_openers")
        c.sittingBodies = try phrases("sitting_bodies")
        c.habitual = try words("habitual")
        c.history = try phrases("history")
        c.experience = try phrases("experience")
        c.otherDates = try phrases("other_dates")
        c.continuation = try words("continuation")
        c.rangeDaysFromStart = try list("range_days_from_start")
        c.rangeDaysFromEnd = try words("range_days_from_end")
        c.rangeFirstDay = try words("range_first_day")
        c.afterEvent = try phrases("after_event")
        c.participantNouns = try words("participant_nouns")
        c.sequelOpenings = try phrases("sequel_openings")
        c.referBack = try words("refer_back")
        c.reporting = try words("reporting")
        c.inmates = try words("inmates")
        c.peopleOnSite = try words("people_on_site")
        c.describingVerbs = try words("describing_verbs")
        c.framing = try phrases("framing")
        c.intro = PhraseSet<Bool>()
        for p in try list("intro") { c.intro.insert(p, value: false) }
        for p in try list("earlier_acts") { c.intro.insert(p, value: true) }
        c.clauseBreaks = try words("clause_breaks")
        c.relative = try words("relative")
        c.accompaniment = try phrases("accompaniment")
        c.honorifics = try words("honorifics")
        c.counterparts = try words("counterparts")
        c.personTitles = try words("person_titles")
        c.receivedPeople = try words("received_people")
        c.thingsReceived = try words("things_received")
        c.nameHeads = try words("name_heads")
        c.organisationHeads = try words("organisation_heads")
        c.placeCues = try words("place_cues")
        c.occasionNouns = try words("occasion_nouns")
        c.placeEvents = try words("place_events")
        c.localUnits = try words("local_units")
        c.clauseEndAuxiliaries = try words("clause_end_auxiliaries")
        c.periodNouns = try words("period_nouns")
        c.counterpartCues = try phrases("counterpart_cues")
        c.counterpartStops = try phrases("counterpart_stops")
        c.functionWords = try words("function_words")
        c.foreignRoleModifiers = try words("foreign_role_modifiers")
        c.distinctTitles = try words("distinct_titles")
        c.roleWords = try words("role_words")
        c.finiteVerbs = try words("finite_verbs")
        c.recalling = try words("recalling")
        c.toldBefore = try words("told_before")
        c.orderingOpeners = try words("ordering_openers")
        c.ended = try phrases("ended")
        c.began = try phrases("began")
        c.spanEndOpeners = try phrases("span_end_openers")
        c.eventCourse = try words("event_course")
        c.aggregate = try phrases("aggregate")
        c.venueWords = try words("venue_words")
        if let raw = map["title_verbs"] {
            guard let m = raw as? [String: Any] else { throw RuleFileError(file: file, message: "title_verbs: expected a mapping") }
            c.titleVerbs = try m.keys.sorted().map { key in
                guard let to = m[key] as? String else { throw RuleFileError(file: file, message: "title_verbs.\(key): expected text") }
                return (key.lowercased(), to)
            }.sorted { $0.from.count > $1.from.count || ($0.from.count == $1.from.count && $0.from < $1.from) }
            c.titleVerbFirsts = WordSet(c.titleVerbs.compactMap { PhraseSet<Bool>.words(of: $0.from).first })
        }
        return c
    }
}
