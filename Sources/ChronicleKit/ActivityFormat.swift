import Foundation
import TimelineModel

/// Output formats of `chronicle extract`: JSON (the contract other tools read), JSON lines, CSV,
/// a Markdown table, and an iCalendar file (one all-day VEVENT per activity).
///
/// ```swift
/// let text = try ActivityFormat.json.render(timeline.activities)
/// let calendar = try ActivityFormat.ics.render(timeline.activities)
/// ```
public enum ActivityFormat: String, CaseIterable, Sendable {
    case json, jsonl, csv, markdown, ics

    public func render(_ activities: [Activity]) throws -> String {
        switch self {
        case .json:
            let encoder = Self.encoder
            encoder.outputFormatting.insert(.prettyPrinted)
            return String(decoding: try encoder.encode(activities), as: UTF8.self) + "\n"
        case .jsonl:
            let encoder = Self.encoder
            return try activities.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
        case .csv:
            return ActivityTextFormats.csv(activities)
        case .markdown:
            return ActivityTextFormats.markdown(activities)
        case .ics:
            return ActivityTextFormats.ics(activities)
        }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Reads activities from JSON written by `extract --format json` (an array, or an object with
    /// an `activities` array such as a saved ``Timeline``), or from JSON lines.
    public static func decodeActivities(_ data: Data, file: String) throws -> [Activity] {
        let decoder = JSONDecoder()
        do {
            if let first = data.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }), first == UInt8(ascii: "[") {
                return try decoder.decode([Activity].self, from: data)
            }
            if let timeline = try? decoder.decode(Timeline.self, from: data) { return timeline.activities }
            var result: [Activity] = []
            for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do { result.append(try decoder.decode(Activity.self, from: Data(line))) } catch {
                    throw Diagnostic(.error, file: file, line: number + 1, "not an activity: \(describe(error))")
                }
            }
            return result
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic(.error, file: file, "not a list of activities: \(describe(error))")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
