import NewsArticles
import TemporalTagging
import TimelineModel

/// An activity being assembled while the article is read.
struct Draft {
    var kind: ActivityKind
    var date: DateChoice?
    var location: String?
    var counterparts: [String]
    var title: String
    var sentence: Sentence
    var anchor: Int
    var status: ActivityStatus
    /// The sentence's number in the article.
    var order: Int = 0
    /// The number of the last sentence that told more of it ("She also visited …" folded in).
    var lastTold: Int = 0
    /// Told only as where she is, in a relative clause: "Aliyeva, who is on a working visit to Georgia, met …".
    var whereabouts = false
    /// Told by a headline: the body retells or dates it.
    var headline = false
    /// Only her being somewhere ("she was in Shusha"): what she did there names the activity.
    var presence = false
    /// Told by a trigger that counts only with a day (`dated: true`): left out if none is found.
    var needsDate = false
    /// Told in the past perfect ("said she had sent a letter"): background to the day being told.
    var pluperfect = false
}

/// An event the article has told about (hers or not), that later sentences may refer back to:
/// "opened the event", "within the framework of the conference".
struct EventFrame {
    var kind: ActivityKind
    var heads: Set<String>
    var date: DateChoice?
    var location: String?
    /// The draft it is, when the event is hers.
    var draft: Int?
    /// A chronology title for the event when she joins it later ("Took part in the conference …").
    var title: String? = nil
    /// Its name as told ("the conference titled "…""), for titles of later references to it.
    var name: String? = nil
    /// The number of the sentence that told it.
    var order = 0
    /// The last sentence that named it again ("made presentations during the seminar").
    var named = 0
}

/// Who performs a trigger.
enum Agent: Equatable { case subject, office, other, none }

/// The state of reading one article: coreference, events told so far, activities found.
struct ArticleReading {
    /// The rules and the article, read-only and shared: a closure in a mutating method copies the
    /// whole reading, and behind one reference that copy costs one retain instead of hundreds.
    final class Context {
        let x: ActivityExtractor
        let article: Article
        let shared: ActivityExtractor.Shared
        init(x: ActivityExtractor, article: Article) {
            self.x = x
            self.article = article
            shared = x.shared
        }
    }
    let context: Context
    // Read through `_read`: `cues.plan` borrows the shared rules instead of retaining and releasing them.
    var x: ActivityExtractor { _read { yield context.x } }
    var article: Article { _read { yield context.article } }
    var cues: LanguageCues { _read { yield context.shared.rules.cues } }
    var kinds: KindVocabulary { _read { yield context.shared.rules.kinds } }
    var fields: ClauseFields { _read { yield context.shared.fields } }
    var state = CoreferenceState()
    var frames: [EventFrame] = []
    var drafts: [Draft] = []
    /// Number of the sentence being read.
    var order = 0
    /// The last day named in the sentences read so far: what "a day later" counts from.
    var lastDay: CalendarDay?
    /// The last span of several days named so far: what "on the second day of the visit" counts in.
    var lastRange: DaySpan?
    /// The first day of something that "began on" a day named so far, its end untold.
    var lastBeginning: CalendarDay?
    /// The number of the sentence that named ``lastDay``.
    var lastDayOrder = 0
    /// The number of the last sentence (not a dateline) that named any date: a story told on since
    /// then without one stays on the day it told last.
    var lastDateOrder = -1
    /// The last day that opened a sentence ("On 12 February, the head of the department visited …"),
    /// and that sentence's number: what "the same day" after it counts from, rather than a day
    /// named inside a sentence ("… drew attention to the shelling on 13 September").
    var openingDay: (day: CalendarDay, order: Int)?
    /// A day told by a sentence about her or her trip that names no act of hers ("The tour continued
    /// in Agstafa on Thursday.", "Yesterday the Ombudsman continued her tour in Khachmaz."), its
    /// number and the place it names: the day of the undated acts told right after it.
    var sceneDay: (day: CalendarDay, order: Int, place: String?)?
    /// The last sentence that named a day of the last weeks (not "the earthquakes of 6 February 2023"
    /// in a story of October).
    var recentDayOrder = 0
    /// The days that sentence named.
    var recentDay: DaySpan?
    /// Whether no day of the last weeks was named after sentence `n`, but for days of `span`
    /// ("Speakers on Tuesday included …" in the story of a two-day meeting that began on Tuesday).
    func noOtherDaySince(_ n: Int, within span: DateChoice) -> Bool {
        guard recentDayOrder > n else { return true }
        guard let d = recentDay, let first = span.start else { return false }
        return first <= d.first && d.last <= span.end
    }
    /// The sentence that named a day of the last span of days ("On the second day, …").
    var spanDayOrder = -1
    /// The length in days of the visit or event told ("a three-day working visit"), for its last day.
    var spanLength: Int?
    /// Whether "I" in the sentence being read is she (her answer in an interview, her words quoted).
    var firstPersonIsHers = false
    /// A date standing alone as a paragraph's heading ("Tuesday, 10 June." in a weekly digest): the
    /// day of the paragraph's activities that name none.
    var paragraphDate: (date: DateChoice, paragraph: Int)?
    /// The place such a heading names after its day ("Wednesday, Baku."): where the paragraph's acts
    /// that name no place happened.
    var paragraphPlace: (name: String, paragraph: Int)?
    /// A lead into a list of her events ("… were held this week:") while its bullets follow: its
    /// sentence order and the kind of event it names (see ``bulletEvent(_:leadKind:)``, ``leadKind(_:)``).
    var listLead: (order: Int, kind: ActivityKind?)?
    /// The days a digest item's heading gives in the sentence being read ("Wednesday-Thursday: …").
    var inlineHeadingDate: DateChoice?
    /// The first exact date of the body after a headline: the day a headline's news happened.
    var firstBodyDay: DateChoice?
    /// The first recent day the article names (not a dateline's): where "the second day of the trip"
    /// counts from when no span or beginning was told.
    var firstNamedDay: CalendarDay?
    /// The event a sentence opens with ("During her trip, …"): the main clause's activities happen
    /// within it, and are activities of their own when their kind differs.
    var framePrimary: Int?
    /// Whether the headline or the lead reviews "the past week" (a digest): see ``dateFor``.
    var reviewsPastWeek = false
    /// The day of a reprint's dateline, before its publication (see ``Dateline``), and the number of
    /// the sentence that is the dateline: the lead after it tells that day's news.
    var datelineDay: CalendarDay?
    var datelineOrder: Int?
    /// The dateline's place ("BAKU, June 12"): where the lead happened when it names no place.
    var datelinePlace: String?
    /// The article's date expressions, for what a sentence recalls from elsewhere in it (see
    /// ``anniversaryEve(_:)``).
    var allTimes: [TimeExpression] = []
    /// Whether paragraphs open with a place and a day like photo captions (see ``Dateline``): each
    /// such opening heads its paragraph like a digest's date heading.
    var captions = false

    init(extractor: ActivityExtractor, article: Article) {
        context = Context(x: extractor, article: article)
    }

    static let women: Set<String> = ["ms", "mrs", "madam", "madame"]

    // MARK: one sentence

    /// Reads one sentence. `matcher` and `lexicon` are the extractor's, passed in so they are
    /// borrowed rather than copied out of `self` for every sentence.
    mutating func read(_ sentence: Sentence, scalars: [Unicode.Scalar], times: [TimeExpression],
                       matcher: SubjectMatcher, lexicon: LanguageCues) {
        var st = state
        let s = SentenceScan(sentence: sentence, scalars: scalars, times: times, matcher: matcher, cues: lexicon, state: &st)
        state = st
        firstPersonIsHers = s.t.contains { $0.norm.isOne(of: "i", "my", "we", "our") } && speaksHerself(sentence, scalars: scalars)
        order += 1
        if datelineDay != nil, datelineOrder == nil, order <= 4, datelineEnd(s) != nil {
            datelineOrder = order
            datelinePlace = x.rules.places.match(in: s.t, at: 0)?.place.name
        }
        // ("Last week" dates one act as often as it frames a digest; "the past week" frames one.)
        if order <= 3, !reviewsPastWeek {
            for k in 1..<max(1, s.count) where s.t[k].norm == "week" && s.t[k - 1].norm.isOne(of: "past", "previous") {
                reviewsPastWeek = true
            }
        }
        defer {
            // ("'Civilians were killed in one night,' she said. On Tuesday, she held talks …": a "she" that is
            // hers keeps the story about her, though the quotation's words named others.)
            var hers = false
            for m in s.mentions where m.who == .pronoun && who(m, in: s) == .subject { hers = true; break }
            updateAgent(s)
            if hers { state.lastSubjectSentence = order }
            for m in s.mentions where m.who == .subject { state.lastSubjectSentence = order }
            let women = Self.women
            for m in s.mentions where m.who == .other
                && (women.contains(s.t[m.range.lowerBound].norm) || (m.range.lowerBound > 0 && women.contains(s.t[m.range.lowerBound - 1].norm))) {
                state.lastOtherWomanSentence = order
            }
        }
        if let d = dateHeading(s) {
            // (A heading that is a paragraph of its own, "Monday, March 6" over the day's item, heads the next one.)
            let own = article.paragraphs.indices.contains(sentence.paragraph) && article.paragraphs[sentence.paragraph].sentences.count == 1
            paragraphDate = (d, sentence.paragraph + (own ? 1 : 0))
            paragraphPlace = headingPlace(s).map { ($0, sentence.paragraph + (own ? 1 : 0)) }
            if let day = d.start, d.precision == .day { lastDay = day }
            return
        }
        inlineHeadingDate = inlineHeading(s)
        if let d = inlineHeadingDate {
            paragraphDate = (d, sentence.paragraph)
            if let day = d.start, d.precision == .day { lastDay = day }
        }
        // A correction: what it retells did not happen so (its days are wrong ones, too).
        if (0..<s.count).contains(where: { cues.retractions.matches(s.t, at: $0) }) { return }
        // "The meeting was held on 2 February in Baku.": details of an event told before.
        if eventDetails(s) {
            _ = namedVisit(s)
            noteEventFrames(s)
            noteDays(s)
            return
        }
        var primary: Int?
        var i = 0
        var lastAgent: Agent?
        // An event named at the start: "During the bilateral meeting with X, …, Aliyeva discussed …".
        framePrimary = nil
        if let d = introEvent(s) { primary = d; framePrimary = d }
        if primary == nil, let d = amongParticipants(s) { primary = d }
        // (Taken once for the sentence: the loop asks both sets about every token.)
        let passives = kinds.passives, triggers = kinds.triggers
        while i < s.count {
            if s.mentionOf[i] >= 0 || s.timeOf[i] >= 0 { i += 1; continue }
            // (A longer verb phrase of hers wins over a passive's word: "continued the monitoring at …"
            // is no "<event> continued".)
            if let p = passives.longestMatch(in: s.t, at: i),
               (triggers.longestMatch(in: s.t, at: i)?.end ?? 0) <= p.end {
                if let d = passive(s, at: i, end: p.end) {
                    primary = primary ?? d
                } else if i + 1 < s.count, triggers.longestMatch(in: s.t, at: i + 1)?.value.passiveSubjects != nil {
                    // ("a speech was made by Sabina Aliyeva": no event, but a verb of hers in the passive.)
                    i += 1
                    continue
                }
                i = p.end
                continue
            }
            guard let m = triggers.longestMatch(in: s.t, at: i)
                    ?? (i + 1 < s.count && !s.t[i + 1].isWord ? asideTrigger(s, at: i, triggers) : nil) else { i += 1; continue }
            // (A verb of the passive only, in the active voice: not a verb of hers here at all.)
            if m.value.passiveSubjects != nil, !actedOnByHer(s, verb: i, end: m.end) { i += 1; continue }
            var agent = agentBefore(i, s, previous: lastAgent)
            if !counts(agent), let after = agentAfter(s, verb: i, end: m.end) { agent = after }
            // (A participle with no one acting — "a round table held at Ankara University and delivered a
            // speech" — does not break the chain of her verbs joined by "and".)
            if agent != .none || !Self.holdingVerbs.contains(s.t[i].norm) { lastAgent = agent }
            if let d = trigger(s, at: i, end: m.end, trigger: m.value, agent: agent, primary: primary) { primary = primary ?? d }
            i = m.end
        }
        // "Aliyeva and the head of the ICRC delegation discussed … at a meeting in Baku on Wednesday":
        // no verb of an activity, but she was at the event the sentence names.
        if primary == nil, !drafts.contains(where: { $0.sentence.range == s.sentence.range }) { _ = atEvent(s) }
        if let d = namedVisit(s) { primary = primary ?? d }
        speechWhereShe(s)
        if primary == nil, let d = toldAtGathering(s) { primary = d }
        // A list of her events under a lead naming her: each bullet is one, on the day it gives.
        if let lead = listLead, Self.bullets.contains(s.t.first?.norm ?? ""), order - lead.order <= 12 {
            if primary == nil, !drafts.contains(where: { $0.sentence.range == s.sentence.range }) { _ = bulletEvent(s, leadKind: lead.kind) }
        } else {
            listLead = leadsIntoList(s) ? (order, leadKind(s)) : nil
        }
        noteEventFrames(s)
        noteDays(s)
        noteScene(s)
        if firstBodyDay == nil, !isDateline(s), drafts.contains(where: \.headline), !drafts.contains(where: { $0.headline && $0.sentence.range == s.sentence.range }) {
            for time in s.times {
                let first = time.tokens.lowerBound
                // Not a day that belongs to something else ("celebrated on July 22").
                if first > 0, first < s.count, cues.otherDates.matchEnding(in: s.t, at: first, lookback: 4) != nil { continue }
                if let span = time.expr.span, span.granularity == .day || span.granularity == .range,
                   let d = DateChoice(span: span, published: article.published), !d.isFuture,
                   article.published.map({ d.end.ordinal >= $0.ordinal - 366 }) ?? true {
                    // (A headline's news is recent: "the tragedy of February 25-26, 1992" is background.)
                    firstBodyDay = d; break
                }
            }
        }
    }

    /// "The visit began with laying flowers at …", "The visit started in Astana with a meeting":
    /// what the sentence tells happened on the visit's first day.
    func opensVisit(_ s: SentenceScan) -> Bool {
        // (Or its programme: "The programme started on Monday with a meeting with …".)
        guard s.count > 4, s.t[0].norm.isOne(of: "the", "her"),
              kinds.nouns.longestMatch(in: s.t, at: 1)?.value == .visit || s.t[1].norm.isOne(of: "programme", "program"),
              cues.began.matches(s.t, at: 2) else { return false }
        // (A place and a day may come first: "The visit opened in Ankara on Monday with a meeting …".)
        for k in 3..<min(s.count, 10) where s.t[k].norm == "with" { return true }
        return false
    }

    /// Remembers a day the sentence tells of her or her trip without an act of hers (see ``sceneDay``).
    mutating func noteScene(_ s: SentenceScan) {
        guard lastDayOrder == order, let day = lastDay, let p = article.published, day <= p, day.ordinal >= p.ordinal - 31,
              !drafts.contains(where: { $0.order == order }), !frames.contains(where: { $0.order == order && $0.kind != .visit }),
              // (One day named, not the last of a span: "The conference, held on 16-17 September, …" is an event's.)
              s.times.contains(where: { $0.expr.span.map { $0.first == day && $0.last == day } ?? false }) || spanDayOrder == order
        else { return }
        // ("On the second day, participants turned to vulnerable groups. Sabina Aliyeva presented …": a day
        // of the gathering or trip told is the scene, whoever the sentence names.)
        var hers = s.mentions.contains { $0.who == .subject } || spanDayOrder == order
        // ("The following day the delegation headed to Khankendi. There Aliyeva inspected …": her party
        // on her trip.)
        if !hers, drafts.contains(where: { $0.kind == .visit || $0.presence }),
           (0..<min(s.count, 8)).contains(where: { k in Self.groups.contains(s.t[k].norm) && k > 0 && s.t[k - 1].norm.isOne(of: "the", "her") }) {
            hers = true
        }
        var place: String?
        for k in 0..<s.count {
            if !hers, kinds.nouns.longestMatch(in: s.t, at: k)?.value == .visit { hers = true }
            if place == nil, let m = x.rules.places.match(in: s.t, at: k) { place = m.place.name }
        }
        // (A day of a gathering told is in the gathering's place.)
        if place == nil, spanDayOrder == order, let f = frames.last(where: { $0.date.map { ($0.start ?? $0.end) <= day && day <= $0.end } ?? false }) { place = f.location }
        if hers { sceneDay = (day, order, place) }
    }

    /// Remembers the sentence's last day, and its last span of days, for the sentences after it.
    mutating func noteDays(_ s: SentenceScan) {
        // A span of days her act of this sentence was given without naming it ("Two days later she arrived
        // in Tbilisi on a two-day working visit"): what "on the second day of the visit" counts in.
        if let d = drafts.last, d.order == order, let date = d.date, date.precision == .range, let first = date.start,
           date.end.ordinal - first.ordinal < 14 {
            lastRange = DaySpan(first: first, last: date.end, granularity: .range)
        }
        // ("On the same day, the minister …" only points back itself.)
        if let first = s.times.first, first.tokens.lowerBound == 1, s.t[0].norm == "on", !s.t[1].norm.isOne(of: "the", "that"),
           let span = first.expr.span, span.granularity == .day, !isDateline(s) {
            openingDay = (span.last, order)
        }
        // (Background years back — "the mass graves discovered in 2007" — tell no other day.)
        if !isDateline(s), s.times.contains(where: { t in
            guard let span = t.expr.span else { return false }
            return article.published.map { span.last.ordinal >= $0.ordinal - 60 } ?? true
        }) { lastDateOrder = order }
        var namedDay = false
        for time in s.times.reversed() {
            if let span = time.expr.span, span.granularity == .day || span.granularity == .range {
                lastDay = span.last
                // (A dateline's day is the dispatch's, not an event's.)
                if !isDateline(s) {
                    lastDayOrder = order
                    if article.published.map({ span.last.ordinal >= $0.ordinal - 45 }) ?? true { recentDayOrder = order; recentDay = span }
                }
                namedDay = true
                break
            }
        }
        // "The visit began with laying flowers at …": its first day is the day being told.
        if !namedDay, let r = lastRange, opensVisit(s) {
            lastDay = r.first
            lastDayOrder = order
            namedDay = true
        }
        // "Addressing the plenary session on the opening day, …": a day of the span told, for "On the
        // same day" after it.
        if !namedDay, lastRange != nil, let d = dayOfRange(s, clause: Array(0..<s.count)), d.precision == .day, let day = d.start {
            lastDay = day
            lastDayOrder = order
            spanDayOrder = order
        }
        // "a three-day working visit": how long the span whose days are counted lasts.
        let toldLength = spanLength
        for k in 0..<s.count {
            // ("spent three days in Karabakh": the same length as "a three-day trip".)
            let n = Self.days(s.t[k].norm)
                ?? (k > 0 && k + 1 < s.count && s.t[k - 1].norm == "spent" && s.t[k + 1].norm == "days" ? Self.count(s.t[k].norm) : nil)
            if let n, n > 1, n < 15 { spanLength = n }
        }
        if firstNamedDay == nil, !isDateline(s),
           let day = s.times.lazy.compactMap({ $0.expr.span }).first(where: { $0.granularity == .day }),
           article.published.map({ day.first <= $0 && day.first.ordinal >= $0.ordinal - 31 }) ?? false {
            firstNamedDay = day.first
        }
        // "has completed a three-day trip … On December 17, she received …": with the length told
        // and no day of the span yet, the first day named after it is where "the third day" counts from.
        if toldLength != nil, lastRange == nil, lastBeginning == nil, !isDateline(s),
           let day = s.times.lazy.compactMap({ $0.expr.span }).first(where: { $0.granularity == .day }),
           article.published.map({ day.first <= $0 && day.first.ordinal >= $0.ordinal - 31 }) ?? false {
            lastBeginning = day.first
        }
        // The span's first day: "On the first day of the visit, 7 September, …", "which began on 24 September".
        for time in s.times where time.tokens.lowerBound < s.count {
            let first = time.tokens.lowerBound
            guard let span = time.expr.span, span.granularity == .day else { continue }
            let firstDay = (max(0, first - 7)..<first).contains { k in k + 1 < s.count && s.t[k].norm == "first" && s.t[k + 1].norm == "day" }
            let began = first >= 2 && s.t[first - 1].norm.isOne(of: "on", "since") && cues.began.matches(s.t, at: first - 2)
            if firstDay || began { lastBeginning = span.first }
        }
        // "the meeting, which opened in Geneva yesterday and closes this evening": from its first
        // day to its last.
        if let both = Self.openedAndClosed(s, cues: cues) {
            lastRange = both
            return
        }
        let ended = cues.ended
        // "a three-day working visit to Doha that ended on Wednesday": the length back from its last day.
        if let n = spanLength, n > 1, spanLength != toldLength || lastRange == nil,
           let closing = s.times.first(where: { $0.expr.span?.granularity == .day && Self.cued($0, ended, in: s) }), let b = closing.expr.span?.last {
            lastRange = DaySpan(first: b.adding(days: -(n - 1)), last: b, granularity: .range)
            return
        }
        for (k, time) in s.times.enumerated().reversed() {
            // "on 10 and 11 October": two days joined into a span.
            if k + 1 < s.times.count, let both = joinedDays(s, time, s.times[k + 1]) { lastRange = both; break }
            if let span = time.expr.span, span.first < span.last, span.last.ordinal - span.first.ordinal < 14,
               span.granularity == .day || span.granularity == .range { lastRange = span; break }
        }
    }

    /// The days between a day told as a beginning and a later one told as an end, in one sentence:
    /// "opened in Geneva yesterday and closes this evening", "The visit, which began on Monday, ended
    /// on Thursday". (Static, with the cues passed in: a closure here must not copy the reading.)
    static func openedAndClosed(_ s: SentenceScan, cues: LanguageCues) -> DaySpan? {
        guard let opening = s.times.first(where: { $0.expr.span?.granularity == .day && cued($0, cues.began, in: s) }),
              let closing = s.times.last(where: { $0.tokens.lowerBound > opening.tokens.lowerBound && $0.expr.span?.granularity == .day
                  && cued($0, cues.ended, in: s) }),
              let a = opening.expr.span?.first, let b = closing.expr.span?.last, a < b, b.ordinal - a.ordinal < 14 else { return nil }
        return DaySpan(first: a, last: b, granularity: .range)
    }

    /// "having arrived on Monday", "arriving in Tbilisi on Monday": the day a trip began.
    static func arrivedOn(_ time: (tokens: Range<Int>, expr: TimeExpression), in s: SentenceScan) -> Bool {
        (max(0, time.tokens.lowerBound - 4)..<time.tokens.lowerBound).contains { s.t[$0].norm.isOne(of: "arrived", "arriving") }
    }

    /// Whether a phrase of `cue` stands in the four tokens before `time`.
    static func cued(_ time: (tokens: Range<Int>, expr: TimeExpression), _ cue: PhraseSet<Bool>, in s: SentenceScan) -> Bool {
        (max(0, time.tokens.lowerBound - 4)..<time.tokens.lowerBound).contains { cue.matches(s.t, at: $0) }
    }

    /// A sentence that is only a date ("Tuesday, 10 June.", "12.06.2025"): a heading for what follows.
    func dateHeading(_ s: SentenceScan) -> DateChoice? {
        // (Or a caption's place and day: "Baku, 7 March 2024.")
        var from = 0
        if captions, let place = x.rules.places.match(in: s.t, at: 0), place.end < s.count, s.t[place.end].norm == "," { from = place.end + 1 }
        // (Or a day and the place of the day's item: "Monday, Mingachevir. The Ombudsman started …".)
        let to = headingPlace(s) != nil ? s.times[0].tokens.upperBound : s.count
        guard let first = s.times.first, s.times.count <= 2,
              (from..<to).allSatisfy({ s.timeOf[$0] >= 0 || !s.t[$0].isWord || Self.weekdays.contains(s.t[$0].norm) }) else { return nil }
        return headingChoice(first, alone: s.times.count == 1)
    }

    /// The place after a heading's day: "Wednesday, Baku." gives Baku.
    func headingPlace(_ s: SentenceScan) -> String? {
        guard let first = s.times.first, case let e = first.tokens.upperBound, e + 1 < s.count, s.t[e].norm == ",",
              let place = x.rules.places.match(in: s.t, at: e + 1), (place.end..<s.count).allSatisfy({ !s.t[$0].isWord }) else { return nil }
        return place.place.name
    }

    /// A digest's day set off by a colon at the start of its item ("Monday: Human Rights Commissioner
    /// Sabina Aliyeva met in Baku with …"): the day of the paragraph's activities.
    func inlineHeading(_ s: SentenceScan) -> DateChoice? {
        // Items of a digest each opening with a place and a day ("Sumgayit, 18 February – The
        // Ombudsman made an unannounced visit …"): the day heads the item.
        if captions, let place = x.rules.places.match(in: s.t, at: 0), place.end + 1 < s.count, s.t[place.end].norm == ",",
           let first = s.times.first, first.tokens.lowerBound == place.end + 1, first.tokens.upperBound < s.count,
           s.t[first.tokens.upperBound].norm.isOne(of: "-", "–", "—") {
            return headingChoice(first, alone: true)
        }
        // (A bullet may open the item: "• Monday: …".)
        let lead = s.count > 1 && s.t[0].norm.isOne(of: "•", "-", "–", "—", "*", "·") ? 1 : 0
        guard let first = s.times.first, first.tokens.lowerBound == lead, first.tokens.upperBound < s.count else { return nil }
        // "Monday (9 October): The Ombudsman met …": the day in brackets is the weekday's.
        if s.times.count >= 2, case let inner = s.times[1], s.t[first.tokens.upperBound].norm == "(",
           inner.tokens.lowerBound == first.tokens.upperBound + 1, inner.tokens.upperBound + 1 < s.count,
           s.t[inner.tokens.upperBound].norm == ")", s.t[inner.tokens.upperBound + 1].norm == ":" {
            return headingChoice(inner, alone: true)
        }
        // "Wednesday-Thursday: The Ombudsman toured …" (one hyphenated word, or three tokens): both days.
        if s.times.count >= 2, case let second = s.times[1], second.tokens.upperBound < s.count,
           s.t[second.tokens.upperBound].norm == ":",
           second.tokens == first.tokens || (second.tokens.lowerBound == first.tokens.upperBound + 1 && s.t[first.tokens.upperBound].norm == "-"),
           let a = headingChoice(first, alone: true), let b = headingChoice(second, alone: true),
           let x = a.start, let y = b.start, x < y, y.ordinal - x.ordinal < 7 {
            return DateChoice(span: DaySpan(first: x, last: y, granularity: .range), published: article.published)
        }
        guard s.t[first.tokens.upperBound].norm == ":" else { return nil }
        return headingChoice(first, alone: true)
    }

    /// The day or days a heading names; a weekday alone heading a paragraph of a review of the past
    /// week is the last such day.
    func headingChoice(_ time: (tokens: Range<Int>, expr: TimeExpression), alone: Bool) -> DateChoice? {
        guard let span = time.expr.span, span.granularity == .day || span.granularity == .range,
              var d = DateChoice(span: span, published: article.published) else { return nil }
        if d.isFuture, alone, span.granularity == .day, time.tokens.count == 1, let back = dayChoice(span.first.adding(days: -7)) {
            d = back
        }
        guard !d.isFuture else { return nil }
        return d
    }

    /// A dateline standing alone ("Baku, November 20, AZERTAC"): the dispatch's place and day and
    /// the outlet, no event — its day is not the headline's.
    func isDateline(_ s: SentenceScan) -> Bool {
        // Places and commas ("BAKU, Azerbaijan,"), a date, then only the outlet's name.
        guard s.count <= 14, let after = datelineEnd(s) else { return false }
        return (after..<s.count).allSatisfy { q in !s.t[q].isWord || s.t[q].isCapitalized }
    }

    /// Where the date ends when the sentence opens with a dateline's places and date ("BAKU, June 12
    /// (Report.az). The Ombudsman has received …"), or nil.
    func datelineEnd(_ s: SentenceScan) -> Int? {
        var k = 0
        while k < s.count {
            if let place = x.rules.places.match(in: s.t, at: k), place.end < s.count, s.t[place.end].norm == "," { k = place.end + 1 } else { break }
        }
        guard k < s.count, s.timeOf[k] >= 0 else { return nil }
        let end = s.times[s.timeOf[k]].tokens.upperBound
        // No place: the date, then the outlet in brackets and a dash, the place having ended a sentence
        // of its own ("MOSCOW. Dec 11 (Interfax) - Russian Human Rights Commissioner …").
        if k == 0 {
            guard end < s.count, s.t[end].norm == "(",
                  let close = (end + 1..<min(s.count, end + 6)).first(where: { s.t[$0].norm == ")" }),
                  close + 1 < s.count, s.t[close + 1].norm.isOne(of: "-", "–", "—") else { return nil }
        }
        return end
    }

    // MARK: output

    func activities() -> [Activity] {
        var result: [Activity] = []
        // Whether the article names her seat at all: looked up once, and only for a meeting that
        // needs it (a search of the whole text costs more than the rest of this function).
        var seatNamed: Bool?
        for (n, d) in drafts.enumerated() where !toldAgain(n) && !(d.needsDate && d.date == nil) {
            var date: DateChoice
            if let given = d.date { date = given } else if let p = article.published { date = DateChoice(before: p) } else { continue }
            // A headline the body does not retell happened on the day the lead names.
            if d.headline, d.date == nil, let day = firstBodyDay { date = day }
            // A statement is made from her office to the world: the places it names are what it is
            // about ("the missile attack on Ganja", "the mine blast in Kalbajar"), not where.
            var location = d.kind == .statement ? nil : d.location
            // "BAKU, June 12 (Report.az). The Ombudsman has received …" in the paper of 13 June: the
            // lead without a date of its own tells the dateline's day, and happened at its place.
            if let day = datelineDay, let o = datelineOrder, d.order == o || d.order == o + 1,
               let own = DateChoice(span: DaySpan(first: day, last: day, granularity: .day), published: article.published) {
                if d.date == nil { date = own }
                // ("Baku, January 20. … today visited the Alley of Martyrs": the day's act, there.)
                if location == nil, d.date == nil || (d.date == own && d.kind != .statement && d.kind != .report) { location = datelinePlace }
            }
            if location == nil, d.kind != .statement, d.kind != .report { location = settingPlace(of: n) ?? gatheringPlace(of: n, date: date) }
            // "received the Ambassador of Japan" in a paper that names Baku: at her office there.
            if location == nil, d.kind == .meeting, let seat = x.profile.seat {
                if seatNamed == nil { seatNamed = article.text.contains(seat) }
                if seatNamed == true { location = seat }
            }
            let sentence = d.sentence
            let source = Source(file: article.fileName, published: article.published, outlet: article.outlet,
                                sentence: sentence.text, offset: sentence.range.lowerBound, length: sentence.range.count)
            result.append(Activity(id: ActivityID.make(file: article.fileName, anchor: d.anchor, kind: d.kind),
                                   start: date.start, end: date.end, precision: date.precision, kind: d.kind,
                                   title: d.title, location: location, counterparts: d.counterparts,
                                   sources: [source], status: d.status))
        }
        return result
    }
}

extension ArticleReading {
    /// Where an act without a place of its own happened: the place of the last act the article told
    /// before it, if the act is not earlier and at most a week later ("visited Geneva on 14-16 March
    /// …  The next day, the Commissioner met with …"; not "She visited Tovuz in April. Earlier, in
    /// March, she met …"). (Statements and reports are made from anywhere: they keep no place.)
    func settingPlace(of n: Int) -> String? {
        guard let p = drafts[..<n].last(where: { $0.location != nil }), p.status == drafts[n].status else { return nil }
        if let before = p.date, let first = before.start, let now = drafts[n].date, let start = now.start {
            guard start >= first, start.ordinal <= before.end.ordinal + 7 else { return nil }
        }
        return p.location
    }

    /// Where an act at a gathering happened when only the gathering was placed: "Chief Ombudsman Malkoç
    /// hosted an international symposium in Ankara this week. … The two-day event, held on 6-7 December
    /// … Aliyeva spoke at the opening session on Tuesday": the place of the last event told before it,
    /// within a few sentences, whose days hold the act's.
    func gatheringPlace(of n: Int, date: DateChoice) -> String? {
        let d = drafts[n]
        guard date.precision == .day || date.precision == .range,
              let f = frames.last(where: { $0.order <= d.order && d.order - $0.order <= 8 && $0.location != nil
                  && ($0.kind == .conference || $0.kind == .training) }) else { return nil }
        // (Its days when told: the act lies within them.)
        if let fd = f.date, !fd.contains(date) { return nil }
        return f.location
    }

    /// An undated mention of an event the article also tells with a date (a headline, a summary
    /// paragraph): same kind, same or no place, similar words.
    func toldAgain(_ n: Int) -> Bool {
        let d = drafts[n]
        // "Aliyeva, who is on a working visit to Georgia, met with …": the visit only says where she
        // is; the news is the dated act of the sentence.
        if d.whereabouts, d.date == nil, drafts.contains(where: { $0.sentence.range == d.sentence.range && $0.date != nil && $0.kind != .visit }) {
            return true
        }
        // "held receptions of citizens in three districts this week", then each reception on its day:
        // the summary of a series the article tells item by item.
        if let dd = d.date, [.week, .month, .range].contains(dd.precision), let first = dd.start,
           d.title.split(separator: " ").contains(where: { ["receptions", "visits", "meetings", "trainings"].contains($0.lowercased()) }),
           drafts.contains(where: { o in
               o.kind == d.kind && o.status == d.status && o.date?.precision == .day && o.sentence.range != d.sentence.range
                   && (o.date?.start).map { first <= $0 && $0 <= dd.end } == true
           }) { return true }
        // A headline dated only by its year or month ("holds first reception of the year") over a body
        // that tells the same kind of activity on a day within it.
        if d.headline, let hd = d.date, [.year, .month].contains(hd.precision), drafts.contains(where: { o in
            guard !o.headline, o.kind == d.kind, o.status == d.status, let od = o.date else { return false }
            return od.end <= hd.end && (od.start ?? od.end) >= (hd.start ?? hd.end)
        }) { return true }
        // A dated headline over a body that tells the same kind of activity within days of it: the
        // headline announces the body's news ("… visits prison on the eve of Women's Day" over "On 6 March … visited").
        if d.headline, let hd = d.date, drafts.contains(where: { o in
            guard !o.headline, o.kind == d.kind, o.status == d.status, let od = o.date else { return false }
            return abs(od.end.ordinal - hd.end.ordinal) <= 3
        }) { return true }
        // A trip to a place told again on the same day ("continued to Aghdam on Thursday … The next day
        // the Ombudsman went to Aghdam"): one visit.
        // (Only a trip to the place itself; "went to the Ganja City Hospital" is an act of its own there.)
        if d.kind == .visit, !d.headline, let dd = d.date, dd.precision == .day, let here = d.location,
           d.title.hasSuffix(" " + here), d.title.split(separator: " ").count <= 4,
           drafts[..<n].contains(where: { $0.kind == .visit && !$0.headline && $0.status == d.status && $0.location == here && $0.date == dd }) {
            return true
        }
        guard d.date == nil else { return false }
        // A headline whose day would come from the lead, when the lead tells an activity of that day:
        // the headline announces it ("Ombudsman takes part in forum" over "spoke at the forum on 2 October").
        if d.headline, let day = firstBodyDay, drafts.contains(where: { !$0.headline && $0.date == day && $0.status == d.status }) { return true }
        if d.headline, drafts.indices.contains(where: { k in
            k != n && drafts[k].status == d.status && (drafts[k].kind == d.kind || (d.location != nil && drafts[k].location == d.location))
        }) { return true }
        // "has concluded a four-day trip, during which she received citizens and visited closed
        // institutions", then each on its day: the summary of what the article tells after it.
        // (Not "Yesterday, the Ombudsman also visited …", another act, nor a day weeks back.)
        if let p = article.published, drafts[(n + 1)...].contains(where: { o in
            o.kind == d.kind && o.status == d.status && !o.headline && o.date?.precision == .day
                && o.date.map { $0.end.ordinal >= p.ordinal - 14 } == true
                && !o.sentence.text.split(separator: " ").contains("also")
        }) { return true }
        let words = ActivityMerger.words(d.title)
        let people = Set(d.counterparts.map(ActivityMerger.key))
        return drafts.indices.contains { k in
            let other = drafts[k]
            // A dated telling, or an earlier undated one (not an undated headline: it yields to the body,
            // above — "Ombudsman meets UN Resident Coordinator" over "has met with …").
            guard k != n, other.date != nil || (k < n && !other.headline), other.kind == d.kind, other.status == d.status,
                  d.location == nil || other.location == nil || other.location == d.location else { return false }
            if !people.isEmpty, !people.isDisjoint(with: other.counterparts.map(ActivityMerger.key)) { return true }
            let w = ActivityMerger.words(other.title)
            let union = w.union(words).count
            return union > 0 && Double(w.intersection(words).count) / Double(union) >= 0.5
        }
    }
}

/// Deterministic activity ids: a hash of the file name, the trigger's offset and the kind.
enum ActivityID {
    static func make(file: String, anchor: Int, kind: ActivityKind) -> String {
        // FNV-1a over the bytes of "file|anchor|kind", fed piece by piece.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ b: UInt8) {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        for b in file.utf8 { feed(b) }
        feed(UInt8(ascii: "|"))
        for b in String(anchor).utf8 { feed(b) }
        feed(UInt8(ascii: "|"))
        for b in kind.rawValue.utf8 { feed(b) }
        // "a" and 16 hexadecimal digits, zero-padded.
        return String(unsafeUninitializedCapacity: 17) { out in
            out[0] = UInt8(ascii: "a")
            for k in 0..<16 {
                let nibble = UInt8((h >> UInt64(60 - 4 * k)) & 0xF)
                out[1 + k] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return 17
        }
    }
}

extension ArticleReading {
    /// A verb phrase broken by an aside: "went, without prior notice, to the pre-trial detention
    /// centre", "met, on the margins of the session, with …". Only tried where no phrase starts
    /// plainly; the end is past the aside.
    func asideTrigger(_ s: SentenceScan, at i: Int, _ triggers: PhraseSet<KindVocabulary.Trigger>) -> (end: Int, value: KindVocabulary.Trigger)? {
        guard i + 3 < s.count, s.t[i + 1].norm == ",", s.t[i].isWord, !s.t[i].isCapitalized,
              let close = (i + 3..<min(s.count, i + 9)).first(where: { s.t[$0].norm == "," }),
              (i + 2..<close).allSatisfy({ s.t[$0].isWord && s.mentionOf[$0] < 0 }) else { return nil }
        let probe = [s.t[i]] + s.t[(close + 1)..<min(s.count, close + 9)]
        guard let m = triggers.longestMatch(in: probe, at: 0), m.end > 1 else { return nil }
        return (close + m.end, m.value)
    }
}

