import NewsArticles
import TemporalTagging
import TimelineModel

/// Finds the subject's own activities in an article.
///
/// PLACEHOLDER API — the extraction issue replaces this body; keep the signatures.
///
/// ```swift
/// let extractor = ActivityExtractor(profile: profile)
/// let activities = extractor.extract(from: article)
/// ```
public struct ActivityExtractor: Sendable {
    public var profile: SubjectProfile

    public init(profile: SubjectProfile, tagger: TemporalTagger = .shared) {
        self.profile = profile
    }

    /// The activities one article reports, unmerged, including `planned` ones.
    public func extract(from article: Article) -> [Activity] { [] }
}

/// Joins the mentions of one event told by several outlets into one activity with several sources.
public struct ActivityMerger: Sendable {
    public init() {}

    /// The merged activities and how many mentions were folded into others.
    public func merge(_ activities: [Activity]) -> (activities: [Activity], mergedCount: Int) { (activities, 0) }
}
