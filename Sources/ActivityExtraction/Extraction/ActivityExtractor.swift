import NewsArticles
import TemporalTagging
import TimelineModel

/// Finds the subject's own activities in an article.
///
/// Sentence by sentence: find who acts (her name, her roles, her office, "she"), the trigger words
/// of an activity kind (`Resources/kinds.yml`), the date expression of the trigger's clause (from
/// the ``TemporalTagger``), the place (`Resources/gazetteer.yml`), counterparts and a title.
/// Other people's acts, plans, negations, habits and history are left out; plans come back with
/// status `planned`. An activity inside another ("a bilateral meeting within the framework of the
/// conference") takes the enclosing event's dates when it has none of its own.
///
/// ```swift
/// let extractor = ActivityExtractor(profile: .bundledDefault())
/// let activities = extractor.extract(from: article)
/// activities.first?.kind        // .conference
/// activities.first?.dateText    // "10–11 October 2023"
/// ```
public struct ActivityExtractor: Sendable {
    public var profile: SubjectProfile
    let tagger: TemporalTagger
    /// The compiled rules, behind one reference: every article's reading keeps the extractor, and a
    /// copy of the rule tables would retain each of their hundreds of tables.
    final class Shared: Sendable {
        let rules: ExtractionRules
        let matcher: SubjectMatcher
        let fields: ClauseFields
        init(rules: ExtractionRules, matcher: SubjectMatcher, fields: ClauseFields) {
            self.rules = rules
            self.matcher = matcher
            self.fields = fields
        }
    }
    let shared: Shared
    var rules: ExtractionRules { _read { yield shared.rules } }
    var matcher: SubjectMatcher { _read { yield shared.matcher } }
    /// Words that name her beside a quotation ("…," Aliyeva said): her names' words and her roles'
    /// last words, longer than three letters and not generic ("rights", "human", "republic").
    let speakerWords: Set<String>
    /// The words of her name and aliases ("sabina", "aliyeva"), for a byline.
    let nameWords: Set<String>

    public init(profile: SubjectProfile, tagger: TemporalTagger = .shared) {
        self.init(profile: profile, tagger: tagger, rules: .bundled)
    }

    public init(profile: SubjectProfile, tagger: TemporalTagger = .shared, rules: ExtractionRules) {
        self.profile = profile
        self.tagger = tagger
        shared = Shared(rules: rules, matcher: SubjectMatcher(profile: profile, cues: rules.cues, places: rules.places),
                        fields: ClauseFields(rules: rules, ignoredPlaces: Set(profile.home.map { $0.lowercased() })))
        var words = Set(([profile.name] + profile.aliases).flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        for role in profile.roles { if let last = role.lowercased().split(separator: " ").last { words.insert(String(last)) } }
        speakerWords = words.filter { $0.count > 3 && !["republic", "rights", "human"].contains($0) }
        nameWords = Set(([profile.name] + profile.aliases).flatMap { $0.lowercased().split(separator: " ").map(String.init) })
    }

    /// A run's activities (from many articles) as one chronology: each place's accepted spellings
    /// made one (``Gazetteer/unifySpellings(_:)``), then the mentions of one event merged
    /// (``ActivityMerger``).
    ///
    /// ```swift
    /// let (activities, folded) = extractor.merge(articles.flatMap(extractor.extract(from:)))
    /// ```
    public func merge(_ activities: [Activity]) -> (activities: [Activity], mergedCount: Int) {
        ActivityMerger().merge(rules.places.unifySpellings(activities))
    }

    /// The activities one article reports, unmerged, including `planned` ones.
    public func extract(from article: Article) -> [Activity] {
        let scalars = article.scalars
        var times = tagger.tag(scalars: scalars, reference: article.published)
        // A reprint dated after its dispatch: relative dates count from the dateline's day.
        // (Photo captions each open with a place and a day: none of them is the dispatch's dateline.)
        let captions = Dateline.areCaptions(article, scalars: scalars, times: times)
        let dateline = Dateline.day(in: article, scalars: scalars, times: times, captions: captions)
        if let day = dateline { times = tagger.tag(scalars: scalars, reference: day) }
        return extract(from: article, scalars: scalars, times: times, dateline: dateline, captions: captions)
    }

    /// Extraction with date expressions already found (offsets into `article.text`).
    public func extract(from article: Article, times: [TimeExpression]) -> [Activity] {
        extract(from: article, scalars: article.scalars, times: times)
    }

    func extract(from article: Article, scalars: [Unicode.Scalar], times: [TimeExpression], dateline: CalendarDay? = nil,
                 captions: Bool? = nil) -> [Activity] {
        var times = times
        if let year = YearInReview.year(of: article, scalars: scalars, times: times), let published = article.published {
            times = YearInReview.shift(times, to: year, published: published)
        }
        var reading = ArticleReading(extractor: self, article: article)
        reading.datelineDay = dateline
        reading.allTimes = times
        reading.captions = captions ?? Dateline.areCaptions(article, scalars: scalars, times: times)
        let shared = self.shared
        for sentence in article.sentences where sentence.range.lowerBound >= article.bodyStart {
            reading.read(sentence, scalars: scalars, times: times, matcher: shared.matcher, lexicon: shared.rules.cues)
        }
        return reading.activities()
    }
}
