import NewsArticles

/// A TimeML (`.tml`) document: its creation time, its text with the tags removed, and the
/// TIMEX3 expressions annotated in it, with Unicode-scalar offsets into that text.
///
/// The text is the content of `<TEXT>` with every tag stripped and XML entities unescaped —
/// what `chronicle dates` is given when a document is scored.
///
/// ```swift
/// let doc = try TimeMLDocument(parsing: xml, name: "wsj_0001.tml")
/// doc.creationTime?.iso                 // "1989-10-26"
/// doc.timexes.first?.value              // "1989-Q3"
/// ```
public struct TimeMLDocument: Sendable {
    public struct Timex: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        public var value: String
    }

    public var name: String
    public var creationTime: CalendarDay?
    public var text: String
    public var timexes: [Timex]

    public init(parsing xml: String, name: String) throws {
        self.name = name
        let s = Array(xml.unicodeScalars)
        var creation: CalendarDay?
        var i = 0
        while creation == nil, let tag = Self.nextTag(s, from: i) {
            if tag.name == "TIMEX3", tag.attributes["functionInDocument"] == "CREATION_TIME", let value = tag.attributes["value"] {
                creation = CalendarDay(iso: value.prefix(10))
            }
            i = tag.end
        }
        guard let open = Self.find(Array("<TEXT>".unicodeScalars), in: s, from: 0),
              let close = Self.find(Array("</TEXT>".unicodeScalars), in: s, from: open + 6) else {
            throw RuleError(file: name, line: 0, message: "no <TEXT> … </TEXT> element")
        }
        var out: [Unicode.Scalar] = []
        var timexes: [Timex] = []
        var openTimex: (start: Int, type: String, value: String)?
        var pos = open + 6
        while pos < close {
            if s[pos] == "<", let tag = Self.nextTag(s, from: pos), tag.start == pos {
                if tag.name == "TIMEX3" {
                    if tag.closing, let o = openTimex {
                        var text = ""
                        text.unicodeScalars.append(contentsOf: out[o.start..<out.count])
                        timexes.append(Timex(start: o.start, end: out.count, text: text, type: o.type, value: o.value))
                        openTimex = nil
                    } else if !tag.closing {
                        openTimex = (out.count, tag.attributes["type"] ?? "", tag.attributes["value"] ?? "")
                    }
                }
                pos = tag.end
                continue
            }
            if s[pos] == "&", let (decoded, next) = Self.entity(s, at: pos) {
                out.append(decoded)
                pos = next
                continue
            }
            out.append(s[pos])
            pos += 1
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: out)
        self.creationTime = creation
        self.text = text
        self.timexes = timexes
    }

    struct Tag {
        var start: Int
        var end: Int
        var name: String
        var closing: Bool
        var attributes: [String: String]
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            var k = 0
            while k < needle.count && hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }

    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == ":" || c == "-"
    }

    /// The next `<…>` tag at or after `from`, with its attributes.
    static func nextTag(_ s: [Unicode.Scalar], from: Int) -> Tag? {
        var i = from
        while i < s.count && s[i] != "<" { i += 1 }
        guard i < s.count else { return nil }
        let start = i
        var j = i + 1
        var closing = false
        if j < s.count && s[j] == "/" { closing = true; j += 1 }
        var name = ""
        while j < s.count, isNameScalar(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
        var attributes: [String: String] = [:]
        while j < s.count && s[j] != ">" {
            guard s[j].properties.isAlphabetic else { j += 1; continue }
            var key = ""
            while j < s.count, isNameScalar(s[j]) { key.unicodeScalars.append(s[j]); j += 1 }
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, s[j] == "=" else { continue }
            j += 1
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, s[j] == "\"" || s[j] == "'" else { continue }
            let quote = s[j]
            j += 1
            var value = ""
            while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
            j += 1
            attributes[key] = value
        }
        guard j < s.count else { return nil }
        return Tag(start: start, end: j + 1, name: name, closing: closing, attributes: attributes)
    }

    static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// `&amp;`, `&#39;`, `&#x27;` → the scalar, and the position after the `;`.
    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var body = ""
        while j < s.count, j - i < 12, s[j] != ";" { body.unicodeScalars.append(s[j]); j += 1 }
        guard j < s.count, s[j] == ";" else { return nil }
        if let v = named[body] { return (v, j + 1) }
        if body.hasPrefix("#x") || body.hasPrefix("#X"), let n = UInt32(body.dropFirst(2), radix: 16), let u = Unicode.Scalar(n) { return (u, j + 1) }
        if body.hasPrefix("#"), let n = UInt32(body.dropFirst()), let u = Unicode.Scalar(n) { return (u, j + 1) }
        return nil
    }
}
