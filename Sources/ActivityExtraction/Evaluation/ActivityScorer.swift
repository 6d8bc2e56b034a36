import Foundation
import TimelineModel

/// Scores extracted activities against a gold file, exactly as `score_activities.py` does, and
/// lists what was missed and what was found wrongly, with the evidence sentences.
///
/// Gold: JSON lines `{"file", "published", "activities": [{"start", "end", "precision", "kind",
/// "location", "optional"?}]}`. A predicted activity counts once per source file named in the gold.
/// A prediction matches a gold activity of the same file when start and end are equal (for gold
/// precision `before`: end equal and start null); among several, the one agreeing on kind, then
/// location, is taken. Matches of `optional` gold activities count neither way.
///
/// ```swift
/// let gold = try ActivityScorer.Gold.load(path: "dev/gold.jsonl")
/// let score = ActivityScorer().score(activities, against: gold)
/// score.f1   // 0.998
/// ```
public struct ActivityScorer: Sendable {
    public init() {}

    /// One gold activity.
    public struct GoldActivity: Sendable, Hashable {
        public var start: String?
        public var end: String
        public var precision: String
        public var kind: String
        public var location: String?
        public var optional: Bool

        /// `start..end kind @location`, for listings.
        public var summary: String {
            "\(precision == "before" ? "..\(end)" : (start == end ? end : "\(start ?? "?")..\(end)")) \(kind) @\(location ?? "-")"
        }
    }

    /// The gold file: activities per article base name.
    public struct Gold: Sendable {
        public var files: [String: [GoldActivity]]

        public init(files: [String: [GoldActivity]]) { self.files = files }

        /// Reads gold JSON lines; errors name the file and line.
        public static func load(path: String) throws -> Gold {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RuleFileError(file: path, message: "cannot read the gold file")
            }
            return try parse(data, file: path)
        }

        public static func parse(_ data: Data, file: String) throws -> Gold {
            var files: [String: [GoldActivity]] = [:]
            for (n, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                guard let rec = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let name = rec["file"] as? String, let acts = rec["activities"] as? [[String: Any]] else {
                    throw RuleFileError(file: "\(file):\(n + 1)", message: "expected {\"file\", \"activities\": [...]}")
                }
                files[(name as NSString).lastPathComponent] = try acts.map { a in
                    guard let end = a["end"] as? String, let kind = a["kind"] as? String else {
                        throw RuleFileError(file: "\(file):\(n + 1)", message: "an activity lacks end or kind")
                    }
                    return GoldActivity(start: a["start"] as? String, end: end, precision: a["precision"] as? String ?? "day",
                                        kind: kind, location: a["location"] as? String, optional: a["optional"] as? Bool ?? false)
                }
            }
            return Gold(files: files)
        }
    }

    /// A gold activity nothing matched, with what was predicted for its article.
    public struct Miss: Sendable {
        public var file: String
        public var gold: GoldActivity
        /// Predictions of the same file left unmatched, as near misses.
        public var nearby: [Activity]
    }

    /// A prediction that matched nothing, with its evidence sentence in that file.
    public struct FalseAlarm: Sendable {
        public var file: String
        public var activity: Activity
        public var sentence: String
    }

    public struct Score: Sendable {
        public var gold: Int
        public var predicted: Int
        public var matched: Int
        public var kindAgreed: Int
        public var locationAgreed: Int
        public var misses: [Miss]
        public var falseAlarms: [FalseAlarm]

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var kindAgreement: Double { matched == 0 ? 0 : Double(kindAgreed) / Double(matched) }
        public var locationAgreement: Double { matched == 0 ? 0 : Double(locationAgreed) / Double(matched) }

        /// The summary lines `score_activities.py` prints.
        public var report: String {
            """
            gold \(gold), predicted \(predicted), matched \(matched)
            precision \(Self.f3(precision)), recall \(Self.f3(recall))
            kind agrees \(Self.f3(kindAgreement)), location agrees \(Self.f3(locationAgreement))
            activity-date F1: \(Self.f3(f1))
            """
        }

        /// Three decimals, rounded half to even like Python's format.
        static func f3(_ x: Double) -> String { String(format: "%.3f", x) }
    }

    /// Scores `activities` against `gold`.
    public func score(_ activities: [Activity], against gold: Gold) -> Score {
        var perFile: [String: [Activity]] = [:]
        for a in activities {
            for s in a.sources {
                let name = (s.file as NSString).lastPathComponent
                if gold.files[name] != nil { perFile[name, default: []].append(a) }
            }
        }
        var score = Score(gold: 0, predicted: perFile.values.reduce(0) { $0 + $1.count }, matched: 0, kindAgreed: 0,
                          locationAgreed: 0, misses: [], falseAlarms: [])
        score.gold = gold.files.values.reduce(0) { $0 + $1.filter { !$0.optional }.count }
        for name in gold.files.keys.sorted() {
            var left = perFile[name] ?? []
            let acts = gold.files[name]!
            var missed: [GoldActivity] = []
            for g in acts where !g.optional {
                let hits = left.enumerated().filter { Self.datesMatch(g, $0.element) }
                // Stable sort: kind mismatch, then location mismatch.
                let best = hits.min { a, b in
                    let ka = (Self.norm(a.element.kind.rawValue) != g.kind, Self.norm(a.element.location) != Self.norm(g.location))
                    let kb = (Self.norm(b.element.kind.rawValue) != g.kind, Self.norm(b.element.location) != Self.norm(g.location))
                    if ka != kb { return (ka.0 ? 1 : 0, ka.1 ? 1 : 0) < (kb.0 ? 1 : 0, kb.1 ? 1 : 0) }
                    return a.offset < b.offset
                }
                if let p = best {
                    left.remove(at: p.offset)
                    score.matched += 1
                    if Self.norm(p.element.kind.rawValue) == g.kind { score.kindAgreed += 1 }
                    if Self.norm(p.element.location) == Self.norm(g.location) { score.locationAgreed += 1 }
                } else {
                    missed.append(g)
                }
            }
            for g in acts where g.optional {
                if let k = left.firstIndex(where: { Self.datesMatch(g, $0) }) {
                    left.remove(at: k)
                    score.predicted -= 1
                }
            }
            for g in missed { score.misses.append(Miss(file: name, gold: g, nearby: left)) }
            for p in left {
                let sentence = p.sources.first { ($0.file as NSString).lastPathComponent == name }?.sentence ?? ""
                score.falseAlarms.append(FalseAlarm(file: name, activity: p, sentence: sentence))
            }
        }
        return score
    }

    static func datesMatch(_ g: GoldActivity, _ p: Activity) -> Bool {
        if g.precision == "before" { return p.start == nil && p.end.iso == g.end }
        return p.start?.iso == g.start && p.end.iso == g.end
    }

    static func norm(_ s: String?) -> String {
        (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
