import Foundation
import NewsArticles
import TimelineModel

/// Activities written as JSON directly, byte for byte what `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes for one activity (compact, or pretty-printed), many times
/// faster. Only activities whose strings need no escaping are written this way (no `"`, `\`,
/// control characters, U+2028/U+2029); `nil` for the others, which the encoder writes.
///
/// ```swift
/// let bytes = ActivityJSONWriter.encode(activity, pretty: false)   // {"counterparts":[],"end":…}
/// ```
enum ActivityJSONWriter {
    static func encode(_ a: Activity, pretty: Bool) -> [UInt8]? {
        var w = Writer(pretty: pretty)
        w.out.reserveCapacity(512)
        guard w.activity(a) else { return nil }
        return w.out
    }

    private struct Writer {
        let pretty: Bool
        var out: [UInt8] = []
        var depth = 0

        init(pretty: Bool) { self.pretty = pretty }

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func newline() {
            out.append(0x0A)
            for _ in 0..<depth { out.append(0x20); out.append(0x20) }
        }

        /// A string that needs no escaping, in quotes; false for one that does.
        mutating func string(_ s: String) -> Bool {
            var ok = true
            var s = s
            s.withUTF8 { u in
                var previous2: UInt8 = 0, previous: UInt8 = 0
                for b in u {
                    if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { ok = false; return }
                    // U+2028, U+2029: E2 80 A8/A9.
                    if (b == 0xA8 || b == 0xA9) && previous == 0x80 && previous2 == 0xE2 { ok = false; return }
                    previous2 = previous
                    previous = b
                }
                out.append(0x22)
                out.append(contentsOf: u)
                out.append(0x22)
            }
            return ok
        }

        mutating func key(_ k: StaticString, first: Bool) {
            if !first { out.append(0x2C) }
            if pretty { newline() }
            out.append(0x22)
            raw(k)
            out.append(0x22)
            if pretty { raw(" : ") } else { out.append(0x3A) }
        }

        mutating func int(_ n: Int) { out.append(contentsOf: String(n).utf8) }

        mutating func optionalString(_ s: String?) -> Bool {
            guard let s else { raw("null"); return true }
            return string(s)
        }

        mutating func open(_ c: UInt8) {
            out.append(c)
            depth += 1
        }

        mutating func close(_ c: UInt8, empty: Bool) {
            depth -= 1
            if pretty {
                // An empty container is written with a blank line inside.
                if empty { out.append(0x0A) }
                newline()
            }
            out.append(c)
        }

        mutating func activity(_ a: Activity) -> Bool {
            open(0x7B)
            key("counterparts", first: true)
            open(0x5B)
            for (i, c) in a.counterparts.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline() }
                guard string(c) else { return false }
            }
            close(0x5D, empty: a.counterparts.isEmpty)
            key("end", first: false)
            guard string(a.end.iso) else { return false }
            key("id", first: false)
            guard string(a.id) else { return false }
            key("kind", first: false)
            guard string(a.kind.rawValue) else { return false }
            key("location", first: false)
            guard optionalString(a.location) else { return false }
            key("precision", first: false)
            guard string(a.precision.rawValue) else { return false }
            key("sources", first: false)
            open(0x5B)
            for (i, s) in a.sources.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline() }
                guard source(s) else { return false }
            }
            close(0x5D, empty: a.sources.isEmpty)
            key("start", first: false)
            guard optionalString(a.start?.iso) else { return false }
            if a.status != .done {
                key("status", first: false)
                guard string(a.status.rawValue) else { return false }
            }
            key("title", first: false)
            guard string(a.title) else { return false }
            close(0x7D, empty: false)
            return true
        }

        mutating func source(_ s: Source) -> Bool {
            open(0x7B)
            key("file", first: true)
            guard string(s.file) else { return false }
            if let length = s.length {
                key("length", first: false)
                int(length)
            }
            if let offset = s.offset {
                key("offset", first: false)
                int(offset)
            }
            key("outlet", first: false)
            guard optionalString(s.outlet) else { return false }
            key("published", first: false)
            guard optionalString(s.published?.iso) else { return false }
            key("sentence", first: false)
            guard string(s.sentence) else { return false }
            close(0x7D, empty: false)
            return true
        }
    }
}
