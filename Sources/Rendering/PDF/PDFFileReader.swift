import Foundation

/// A PDF as cairo writes it, read for merging: its objects (by the classic cross-reference table),
/// its trailer's root and info, and the pieces of its catalog ``PDFAssembler`` replaces.
///
/// ```swift
/// let part = try PDFFileReader(path: "report.pdf.part0")
/// part.objects[12]   // byte range of object 12's body, between `12 0 obj` and `endobj`
/// ```
struct PDFFileReader {
    let path: String
    let data: Data
    /// Body of each object: after `N 0 obj` and its line end, up to `endobj`.
    private(set) var objects: [Int: Range<Int>] = [:]
    /// Objects in the order they appear in the file.
    private(set) var order: [Int] = []
    /// Bytes before the first object (`%PDF-1.5` and the binary marker line).
    private(set) var header: Range<Int> = 0..<0
    private(set) var root = 0
    private(set) var info: Int?

    struct Malformed: Error, CustomStringConvertible {
        var path: String, reason: String
        var description: String { "\(path): cannot merge: \(reason)" }
    }

    init(path: String) throws {
        self.path = path
        data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        try data.withUnsafeBytes { raw in try read(raw.bindMemory(to: UInt8.self)) }
    }

    private func fail(_ reason: String) -> Malformed { Malformed(path: path, reason: reason) }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        // startxref N at the end.
        guard let sx = Self.lastIndex(of: Array("startxref".utf8), in: bytes, before: bytes.count) else { throw fail("no startxref") }
        var i = sx + 9
        func skipSpace() { while i < bytes.count, PDFSyntax.isWhitespace(bytes[i]) { i += 1 } }
        func integer() -> Int? {
            skipSpace()
            var v = 0, digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { v = v * 10 + Int(bytes[i] - 0x30); i += 1; digits += 1 }
            return digits > 0 ? v : nil
        }
        guard let xref = integer(), xref < bytes.count else { throw fail("bad startxref") }
        i = xref
        guard Self.starts(bytes, at: i, with: "xref") else { throw fail("no classic cross-reference table") }
        i += 4
        var offsets: [(Int, Int)] = []
        while true {
            skipSpace()
            if Self.starts(bytes, at: i, with: "trailer") { break }
            guard let first = integer(), let count = integer() else { throw fail("bad cross-reference section") }
            for n in first..<(first + count) {
                skipSpace()
                guard i + 18 <= bytes.count else { throw fail("short cross-reference table") }
                let entry = bytes[i..<(i + 18)]
                var offset = 0
                for c in entry.prefix(10) { offset = offset * 10 + Int(c &- 0x30) }
                if entry[i + 17] == UInt8(ascii: "n") { offsets.append((n, offset)) }
                i += 18
            }
        }
        let trailer = i..<sx
        for mark in PDFSyntax.scan(bytes, in: trailer) {
            guard case .reference(let r, let number) = mark else { continue }
            // `/Root N 0 R` and `/Info N 0 R`: the name before the number.
            let before = bytes[trailer.lowerBound..<r.lowerBound]
            if let slash = before.lastIndex(of: 0x2F) {
                let name = String(decoding: bytes[slash..<r.lowerBound], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if name == "/Root" { root = number } else if name == "/Info" { info = number }
            }
        }
        guard root > 0 else { throw fail("no /Root in the trailer") }
        // Each object runs to the next one (or the table): its body ends at the last `endobj` before.
        offsets.sort { $0.1 < $1.1 }
        header = 0..<(offsets.first?.1 ?? 0)
        for (k, (number, offset)) in offsets.enumerated() {
            let limit = k + 1 < offsets.count ? offsets[k + 1].1 : xref
            var start = offset
            while start < limit, bytes[start] != 0x0A, bytes[start] != 0x0D { start += 1 }   // past `N 0 obj`
            if start < limit, bytes[start] == 0x0D { start += 1 }
            if start < limit, bytes[start] == 0x0A { start += 1 }
            guard let end = Self.lastIndex(of: Array("endobj".utf8), in: bytes, before: limit), end >= start else {
                throw fail("object \(number) has no endobj")
            }
            objects[number] = start..<end
            order.append(number)
        }
    }

    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, with word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count else { return false }
        for k in 0..<w.count where bytes[i + k] != w[k] { return false }
        return true
    }

    static func lastIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int? {
        var i = limit - needle.count
        while i >= 0 {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i -= 1
        }
        return nil
    }

    /// The object numbers referenced in `body`, in order (`/Kids [ 2 0 R 20 0 R ]` → [2, 20]).
    func references(in body: Range<Int>) -> [Int] {
        data.withUnsafeBytes { raw in
            PDFSyntax.scan(raw.bindMemory(to: UInt8.self), in: body).compactMap {
                if case .reference(_, let n) = $0 { return n } else { return nil }
            }
        }
    }

    /// The object number `/Key N 0 R` names in the dictionary `body`, or nil.
    func reference(_ key: String, in body: Range<Int>) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let k = Array(key.utf8)
            var i = body.lowerBound
            while i + k.count <= body.upperBound {
                if bytes[i] == k[0], Self.starts(bytes, at: i, with: key), i + k.count < body.upperBound,
                   PDFSyntax.isWhitespace(bytes[i + k.count]) || PDFSyntax.isDelimiter(bytes[i + k.count]) {
                    var j = i + k.count
                    while j < body.upperBound, PDFSyntax.isWhitespace(bytes[j]) { j += 1 }
                    for mark in PDFSyntax.scan(bytes, in: j..<body.upperBound) {
                        if case .reference(let r, let n) = mark, r.lowerBound == j { return n }
                        break
                    }
                    return nil
                }
                i += 1
            }
            return nil
        }
    }
}
