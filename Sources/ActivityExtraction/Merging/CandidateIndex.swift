import TimelineModel

extension ActivityMerger {
    /// Places numbered by their lower-cased name, so that comparing two places compares integers.
    ///
    /// ```swift
    /// var places = ActivityMerger.Locations()
    /// places.id("Baku") == places.id("BAKU")   // true
    /// places.id(nil)                           // -1
    /// ```
    struct Locations {
        private var ids: [String: Int32] = [:]

        mutating func id(_ place: String?) -> Int32 {
            guard let place else { return -1 }
            let key = place.lowercased()
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
    }

    /// The groups of one kind, filed so that the groups whose dates and place may be compatible
    /// with a new mention (``ActivityMerger/mayMatch(_:_:)``) are found without looking at the others:
    /// - dated groups by status, place and end day;
    /// - undated ("on or before") groups by status, place and end day;
    /// - exact groups longer than ``shortSpan`` days also by status and place (few);
    /// - exact groups by status, whether they name a place, and their exact dates (a mention that
    ///   names no place may join a group that does only with the very same exact dates).
    ///
    /// ```swift
    /// var index = ActivityMerger.CandidateIndex()
    /// index.add(0, brief)
    /// var found: [Int] = []
    /// index.candidates(for: other, within: window, recentDays: 3, into: &found)   // may hold 0
    /// ```
    struct CandidateIndex {
        struct DayKey: Hashable {
            var status: ActivityStatus
            var location: Int32
            var day: Int

            // One value hashed instead of three (equality still compares every field).
            func hash(into hasher: inout Hasher) {
                hasher.combine(day &+ (Int(location) &<< 24) &+ (status == .done ? 0 : 1 &<< 56))
            }
        }

        struct PlaceKey: Hashable {
            var status: ActivityStatus
            var location: Int32
        }

        struct SpanKey: Hashable {
            var status: ActivityStatus
            var hasLocation: Bool
            var start: Int
            var end: Int

            func hash(into hasher: inout Hasher) {
                hasher.combine(end &+ (start &<< 24) &+ (hasLocation ? 1 &<< 60 : 0) &+ (status == .done ? 0 : 1 &<< 56))
            }
        }

        /// Exact groups up to this many days long are found by their end day alone.
        static let shortSpan = 7

        private var datedByEnd: [DayKey: [Int]] = [:]
        private var undatedByEnd: [DayKey: [Int]] = [:]
        private var longExact: [PlaceKey: [Int]] = [:]
        private var exactBySpan: [SpanKey: [Int]] = [:]

        private static func keys(_ b: Brief) -> (day: DayKey, place: PlaceKey?, span: SpanKey?) {
            let day = DayKey(status: b.status, location: b.location, day: b.end.ordinal)
            var place: PlaceKey?
            if let start = b.start, b.isExact, b.end.ordinal - start.ordinal > shortSpan {
                place = PlaceKey(status: b.status, location: b.location)
            }
            let span = b.isExact ? SpanKey(status: b.status, hasLocation: b.hasLocation, start: b.start?.ordinal ?? Int.min,
                                           end: b.end.ordinal) : nil
            return (day, place, span)
        }

        /// Files group `g`, described by `b`.
        mutating func add(_ g: Int, _ b: Brief) {
            let k = Self.keys(b)
            if b.start != nil { datedByEnd[k.day, default: []].append(g) } else { undatedByEnd[k.day, default: []].append(g) }
            if let place = k.place { longExact[place, default: []].append(g) }
            if let span = k.span { exactBySpan[span, default: []].append(g) }
        }

        /// Takes group `g` out, filed as `b` (before it changes).
        mutating func remove(_ g: Int, _ b: Brief) {
            let k = Self.keys(b)
            if b.start != nil { datedByEnd[k.day]?.removeAll { $0 == g } } else { undatedByEnd[k.day]?.removeAll { $0 == g } }
            if let place = k.place { longExact[place]?.removeAll { $0 == g } }
            if let span = k.span { exactBySpan[span]?.removeAll { $0 == g } }
        }

        /// Appends (unsorted, possibly twice) every group that may tell the same event as `a` and
        /// ends within `window`; a superset: the caller still tests each.
        func candidates(for a: Brief, within window: ClosedRange<Int>, recentDays: Int, into out: inout [Int]) {
            let e = a.end.ordinal
            func days(_ table: [DayKey: [Int]], _ from: Int, _ to: Int) {
                let lo = max(from, window.lowerBound), hi = min(to, window.upperBound)
                guard lo <= hi else { return }
                for d in lo...hi {
                    if let list = table[DayKey(status: a.status, location: a.location, day: d)] { out.append(contentsOf: list) }
                }
            }
            if let s = a.start?.ordinal {
                if a.isExact {
                    // Exact dates overlap: a group ends on or after `s` and starts on or before `e`.
                    days(datedByEnd, s, e + Self.shortSpan)
                    if let long = longExact[PlaceKey(status: a.status, location: a.location)] { out.append(contentsOf: long) }
                } else {
                    // A vague period matches the very same period.
                    days(datedByEnd, e, e)
                }
                // An undated report published within `recentDays` after the event.
                days(undatedByEnd, e, e + recentDays)
            } else {
                days(datedByEnd, e - recentDays, e)
                days(undatedByEnd, e - recentDays, e + recentDays)
            }
            // One side names a place, the other none: the very same exact dates.
            if a.isExact, let other = exactBySpan[SpanKey(status: a.status, hasLocation: !a.hasLocation,
                                                          start: a.start?.ordinal ?? Int.min, end: e)] {
                out.append(contentsOf: other)
            }
        }
    }
}
