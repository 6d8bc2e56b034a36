import Foundation
import TimelineModel

/// A horizontal band of the timeline holding the activities of one kind, place or source.
public struct Lane: Sendable, Hashable {
    public var name: String
    /// The kind, when lanes are grouped by kind (for the header colour).
    public var kind: ActivityKind?
}

/// Groups activities into lanes by kind, location or source, in the user's order, then by size.
///
/// ```swift
/// let lanes = LaneAssignment(activities: timeline.activities, grouping: .location, order: ["Baku"], maxLanes: 8)
/// lanes.lanes.map(\.name)          // ["Baku", "Vienna", …, "Other places"]
/// lanes.laneIndex(of: activity)    // position of its lane
/// ```
public struct LaneAssignment: Sendable {
    public var grouping: Theme.LaneGrouping
    public private(set) var lanes: [Lane]
    private var indexByKey: [String: Int]
    private var otherIndex: Int?

    public init(activities: [Activity], grouping: Theme.LaneGrouping, order: [String], maxLanes: Int) {
        self.grouping = grouping
        var counts: [String: Int] = [:]
        for a in activities { counts[Self.key(of: a, grouping), default: 0] += 1 }
        let wanted = order.filter { counts[$0] != nil }
        var rest = counts.keys.filter { !wanted.contains($0) }
        if grouping == .kind {
            rest.sort { (ActivityKind(rawValue: $0) ?? .other) < (ActivityKind(rawValue: $1) ?? .other) }
        } else {
            rest.sort { (counts[$0]!, $1) > (counts[$1]!, $0) }
            // Unknown places/sources always come last.
            if let i = rest.firstIndex(of: Self.unknownKey) { rest.append(rest.remove(at: i)) }
        }
        var keys = wanted + rest
        var other: Int?
        let limit = max(1, maxLanes)
        if keys.count > limit && grouping != .kind {
            keys = Array(keys.prefix(limit - 1))
            other = keys.count
        }
        var map: [String: Int] = [:]
        for (i, k) in keys.enumerated() { map[k] = i }
        var lanes = keys.map { key -> Lane in
            if grouping == .kind, let kind = ActivityKind(rawValue: key) { return Lane(name: kind.label, kind: kind) }
            return Lane(name: key == Self.unknownKey ? (grouping == .location ? "Place not stated" : "Source not stated") : key, kind: nil)
        }
        if other != nil { lanes.append(Lane(name: grouping == .location ? "Other places" : "Other sources", kind: nil)) }
        self.lanes = lanes
        self.indexByKey = map
        self.otherIndex = other
    }

    public func laneIndex(of activity: Activity) -> Int {
        indexByKey[Self.key(of: activity, grouping)] ?? otherIndex ?? 0
    }

    static let unknownKey = "\u{0}unknown"

    static func key(of a: Activity, _ grouping: Theme.LaneGrouping) -> String {
        switch grouping {
        case .kind: return a.kind.rawValue
        case .location:
            let place = a.location?.trimmingCharacters(in: .whitespaces) ?? ""
            return place.isEmpty ? unknownKey : place
        case .source:
            guard let s = a.sources.first else { return unknownKey }
            return s.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? s.file
        }
    }
}
