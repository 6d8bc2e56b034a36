import NewsArticles

/// The subject's activities in chronological order: the model every exporter and summary reads.
///
/// Order: by end, then start (an unknown start sorts as the end itself, so "on or before"
/// follows the dated activities of the same end day), then title, then id.
///
/// ```swift
/// let timeline = Timeline(subject: "Sabina Aliyeva", activities: activities)
/// timeline.period   // first and last day covered, or nil when empty
/// let json = try JSONEncoder().encode(timeline)   // carries "formatVersion": 1
/// ```
public struct Timeline: Codable, Sendable, Hashable {
    /// Version of the JSON layout; readers refuse a newer major version.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var subject: String
    public private(set) var activities: [Activity]
    /// How many activity mentions were merged into others while building it.
    public var mergedCount: Int

    public init(subject: String, activities: [Activity], mergedCount: Int = 0) {
        self.formatVersion = Timeline.currentFormatVersion
        self.subject = subject
        self.activities = activities.sorted(by: Timeline.chronological)
        self.mergedCount = mergedCount
    }

    /// The ordering rule of the chronology.
    public static func chronological(_ a: Activity, _ b: Activity) -> Bool {
        if a.end != b.end { return a.end < b.end }
        let sa = a.start ?? a.end, sb = b.start ?? b.end
        if sa != sb { return sa < sb }
        if (a.start == nil) != (b.start == nil) { return a.start != nil }
        if a.title != b.title { return a.title < b.title }
        return a.id < b.id
    }

    /// The first and last day any activity covers.
    public var period: ClosedRange<CalendarDay>? {
        guard let first = activities.map(\.earliest).min(), let last = activities.map(\.end).max() else { return nil }
        return first...last
    }

    /// Every distinct source article, ordered by publication date then file name.
    public var sources: [Source] {
        var seen = Set<String>()
        var result: [Source] = []
        for source in activities.flatMap(\.sources) where seen.insert(source.file).inserted {
            result.append(source)
        }
        return result.sorted { ($0.published?.ordinal ?? Int.min, $0.file) < ($1.published?.ordinal ?? Int.min, $1.file) }
    }

    enum CodingKeys: String, CodingKey { case formatVersion, subject, activities, mergedCount }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .formatVersion)
        guard version <= Timeline.currentFormatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .formatVersion, in: c,
                debugDescription: "timeline format \(version) is newer than this Chronicle reads (\(Timeline.currentFormatVersion))")
        }
        self.init(subject: try c.decode(String.self, forKey: .subject),
                  activities: try c.decode([Activity].self, forKey: .activities),
                  mergedCount: try c.decodeIfPresent(Int.self, forKey: .mergedCount) ?? 0)
    }
}
