import NewsArticles

/// One activity of the subject: what, when (with its precision), where, with whom, and the sources.
///
/// JSON form (the `chronicle extract --format json` contract):
/// `{"id", "start" (ISO or null), "end", "precision", "kind", "title", "location" (or null),
///   "counterparts": [...], "sources": [{"file", "published", "outlet", "sentence"}]}`.
///
/// ```swift
/// let a = Activity(id: "a1", start: CalendarDay(iso: "2023-10-10"), end: CalendarDay(iso: "2023-10-11")!,
///                  precision: .range, kind: .conference, title: "Took part in the Vienna Migration Conference",
///                  location: "Vienna")
/// a.dateText   // "10–11 October 2023"
/// ```
public struct Activity: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// First day; `nil` for precision `before`.
    public var start: CalendarDay?
    /// Last day (inclusive); for `before`, the publication date.
    public var end: CalendarDay
    public var precision: DatePrecision
    public var kind: ActivityKind
    public var title: String
    public var location: String?
    public var counterparts: [String]
    public var sources: [Source]
    /// `planned` activities are announcements; the chronology leaves them out by default.
    public var status: ActivityStatus

    public init(
        id: String, start: CalendarDay?, end: CalendarDay, precision: DatePrecision, kind: ActivityKind,
        title: String, location: String? = nil, counterparts: [String] = [], sources: [Source] = [],
        status: ActivityStatus = .done
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.precision = precision
        self.kind = kind
        self.title = title
        self.location = location
        self.counterparts = counterparts
        self.sources = sources
        self.status = status
    }

    /// The first day the activity may have happened on: `start`, or for `before` the end itself.
    public var earliest: CalendarDay { start ?? end }

    enum CodingKeys: String, CodingKey { case id, start, end, precision, kind, title, location, counterparts, sources, status }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        start = try c.decodeIfPresent(CalendarDay.self, forKey: .start)
        end = try c.decode(CalendarDay.self, forKey: .end)
        precision = try c.decode(DatePrecision.self, forKey: .precision)
        kind = try c.decode(ActivityKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        counterparts = try c.decodeIfPresent([String].self, forKey: .counterparts) ?? []
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        status = try c.decodeIfPresent(ActivityStatus.self, forKey: .status) ?? .done
        if let start, start > end {
            throw DecodingError.dataCorruptedError(forKey: .start, in: c, debugDescription: "start \(start) is after end \(end)")
        }
    }

    /// Writes the contract keys; `status` only when the activity is planned.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(location, forKey: .location)
        try c.encode(counterparts, forKey: .counterparts)
        try c.encode(sources, forKey: .sources)
        if status != .done { try c.encode(status, forKey: .status) }
    }
}
