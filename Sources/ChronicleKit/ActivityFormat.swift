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
            if activities.isEmpty {
                let encoder = Self.encoder
                encoder.outputFormatting.insert(.prettyPrinted)
                return String(decoding: try encoder.encode(activities), as: UTF8.self) + "\n"
            }
            // The array written element by element (in parallel), each indented one level as the
            // pretty-printing encoder indents the elements of an array: the same bytes, faster.
            let parts = try Self.encodeInParallel(activities, pretty: true) { data, out in
                var lineStart = true
                // Read through a buffer: `Data`'s own iterator costs a call per byte.
                data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                    for byte in buffer {
                        // Blank lines (inside an empty array) stay blank.
                        if lineStart && byte != 0x0A { out.append(contentsOf: "  ".utf8) }
                        out.append(byte)
                        lineStart = byte == 0x0A
                    }
                }
            }
            var bytes: [UInt8] = Array("[\n".utf8)
            bytes.reserveCapacity(parts.reduce(0) { $0 + $1.count } + 2 * parts.count + 4)
            for (i, part) in parts.enumerated() {
                if i > 0 { bytes.append(contentsOf: ",\n".utf8) }
                bytes.append(contentsOf: part)
            }
            bytes.append(contentsOf: "\n]\n".utf8)
            return String(decoding: bytes, as: UTF8.self)
        case .jsonl:
            let parts = try Self.encodeInParallel(activities, pretty: false) { data, out in
                out.append(contentsOf: data)
                out.append(0x0A)
            }
            // One contiguous buffer: decoding a joined sequence of chunks takes a slow path.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts { bytes.append(contentsOf: part) }
            return String(decoding: bytes, as: UTF8.self)
        case .csv:
            return ActivityTextFormats.csv(activities)
        case .markdown:
            return ActivityTextFormats.markdown(activities)
        case .ics:
            return ActivityTextFormats.ics(activities)
        }
    }

    /// Encodes every activity on its own, on all cores, in chunks of consecutive activities;
    /// `append` turns one encoded activity into output bytes. Chunks come back in order.
    private static func encodeInParallel(_ activities: [Activity], pretty: Bool,
                                         _ append: @escaping @Sendable (Data, inout [UInt8]) -> Void) throws -> [[UInt8]] {
        let chunkSize = 256
        let chunks = stride(from: 0, to: activities.count, by: chunkSize).map { $0..<min($0 + chunkSize, activities.count) }
        let results = ExtractionPipeline.parallelMap(chunks, workers: ProcessInfo.processInfo.activeProcessorCount) {
            range -> Swift.Result<[UInt8], Error> in
            let encoder = Self.encoder
            if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
            var out: [UInt8] = []
            do {
                for index in range {
                    if pretty && index > range.lowerBound { out.append(contentsOf: ",\n".utf8) }
                    // Written directly when no string needs escaping (the same bytes), else encoded.
                    if let bytes = ActivityJSONWriter.encode(activities[index], pretty: pretty) {
                        append(Data(bytes), &out)
                    } else {
                        append(try encoder.encode(activities[index]), &out)
                    }
                }
            } catch { return .failure(error) }
            return .success(out)
        }
        return try results.map { try $0.get() }
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
