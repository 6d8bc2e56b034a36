import Foundation
import TimelineLayout

/// Joins the PDFs cairo wrote for consecutive page ranges of one document into one file, so the
/// pages can be drawn on several threads (cairo's PDF writer is one thread per file).
///
/// Every object of every part is kept and renumbered; each part's fonts stay its own (a font used
/// in two parts is embedded twice, subset to what each part shows). What ties the parts together
/// is made anew: one page tree, one structure tree (the parts' structure-parent numbers shifted so
/// they stay unique), one name tree of destinations (links between parts resolve by name), the
/// outline, and the catalog. The result does not depend on how many threads drew the parts.
///
/// ```swift
/// try PDFAssembler(parts: ["a.part0", "a.part1"], pageHeights: heights, outline: document.outline)
///     .write(to: "report.pdf")
/// ```
struct PDFAssembler {
    var parts: [String]
    /// Height of every page of the whole document, in points (for the outline's destinations).
    var pageHeights: [Double]
    var outline: [OutlineEntry]

    private struct Part {
        let file: PDFFileReader
        var dropped: Set<Int> = []
        var numbers: [Int: Int] = [:]
        var pagesNumber = 0
        var structNumber: Int?
        var pages: [Int] = []
        var documentElements: [Int] = []
        var parentTree: Int?
        var dests: Int?
        var structOffset = 0

        /// Finds the objects the assembler replaces (catalog, page tree root, structure tree root and
        /// parent tree, names, outline; the info dictionary unless `keepInfo`) and what they list.
        mutating func analyse(keepInfo: Bool) throws {
            let f = file
            guard let catalog = f.objects[f.root], let pagesNumber = f.reference("/Pages", in: catalog),
                  let pagesBody = f.objects[pagesNumber] else { throw PDFFileReader.Malformed(path: f.path, reason: "no page tree") }
            self.pagesNumber = pagesNumber
            pages = f.references(in: pagesBody)
            dropped = [f.root, pagesNumber]
            if let s = f.reference("/StructTreeRoot", in: catalog), let body = f.objects[s] {
                structNumber = s
                dropped.insert(s)
                let tree = f.reference("/ParentTree", in: body)
                parentTree = tree
                if let tree { dropped.insert(tree) }
                documentElements = f.references(in: body).filter { $0 != tree }
            }
            if let names = f.reference("/Names", in: catalog), let body = f.objects[names] {
                dropped.insert(names)
                if let d = f.reference("/Dests", in: body) { dests = d; dropped.insert(d) }
            }
            if let outlines = f.reference("/Outlines", in: catalog) { dropped.insert(outlines) }
            if !keepInfo, let info = f.info { dropped.insert(info) }
        }
    }

    func write(to path: String) throws {
        let pagesRoot = 1, structRoot = 2
        var next = 3
        var infoNumber: Int?
        var structOffset = 0
        var allPages: [Int] = [], elements: [Int] = []
        var nums = PDFOutput()
        var entries: [(key: [UInt8], text: [UInt8])] = []
        var out = PDFOutput()
        try out.open(path)
        defer { out.close() }
        // One part at a time, released before the next is read: memory holds one part's file.
        for (k, partPath) in parts.enumerated() {
            var part = try Part(file: PDFFileReader(path: partPath))
            try part.analyse(keepInfo: k == 0)
            for n in part.file.order where !part.dropped.contains(n) {
                part.numbers[n] = next
                next += 1
            }
            part.numbers[part.pagesNumber] = pagesRoot
            if let s = part.structNumber { part.numbers[s] = structRoot }
            part.structOffset = structOffset
            structOffset += try structParentCount(part)
            if k == 0 {
                infoNumber = part.file.info.flatMap { part.numbers[$0] }
                part.file.data.withUnsafeBytes { raw in out.append(raw.bindMemory(to: UInt8.self)[part.file.header]) }
                if part.file.header.isEmpty { out.append("%PDF-1.5\n") }
            }
            try part.file.data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                for n in part.file.order where !part.dropped.contains(n) {
                    out.beginObject(part.numbers[n]!)
                    try copy(bytes, part.file.objects[n]!, part: part, to: &out)
                    out.endObject()
                }
            }
            for n in part.pages {
                guard let m = part.numbers[n] else { throw PDFFileReader.Malformed(path: part.file.path, reason: "page \(n) missing") }
                allPages.append(m)
            }
            elements += part.documentElements.compactMap { part.numbers[$0] }
            try appendNums(part, to: &nums)
            entries += try destEntries(part)
        }

        // The page tree.
        out.beginObject(pagesRoot)
        out.append("<< /Type /Pages\n   /Kids [ \(allPages.map { "\($0) 0 R" }.joined(separator: " ")) ]\n   /Count \(allPages.count)\n>>\n")
        out.endObject()

        // The structure tree: the parts' Document elements under one root, their parent trees joined.
        let parentTree = next; next += 1
        out.beginObject(structRoot)
        out.append("<< /Type /StructTreeRoot\n   /ParentTree \(parentTree) 0 R\n   /K [ \(elements.map { "\($0) 0 R" }.joined(separator: " ")) ]\n>>\n")
        out.endObject()
        out.beginObject(parentTree)
        out.append("<< /Nums [\n")
        out.append(nums.buffer)
        out.append("]\n>>\n")
        out.endObject()

        // Named destinations of all parts, in one sorted array (a name defined twice: the first).
        let dests = next; next += 1
        entries.sort { $0.key.lexicographicallyPrecedes($1.key) }
        out.beginObject(dests)
        out.append("<< /Names [\n")
        var previous: [UInt8]? = nil
        for e in entries where e.key != previous {
            out.append("   "); out.append(e.text); out.append("\n")
            previous = e.key
        }
        out.append("]\n>>\n")
        out.endObject()

        let outlineRoot = writeOutline(pages: allPages, next: &next, to: &out)

        let catalog = next; next += 1
        out.beginObject(catalog)
        out.append("<< /Type /Catalog\n   /Pages \(pagesRoot) 0 R\n   /StructTreeRoot \(structRoot) 0 R\n   /MarkInfo << /Marked true >>\n")
        if let outlineRoot { out.append("   /Outlines \(outlineRoot) 0 R\n") }
        out.append("   /Names << /Dests \(dests) 0 R >>\n>>\n")
        out.endObject()
        try out.finish(size: next, root: catalog, info: infoNumber)
    }

    /// Copies an object's body with its references renumbered and structure parents shifted.
    private func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Range<Int>, part: Part, to out: inout PDFOutput) throws {
        var at = body.lowerBound
        for mark in PDFSyntax.scan(bytes, in: body) {
            switch mark {
            case .reference(let r, let n):
                guard let m = part.numbers[n] else {
                    throw PDFFileReader.Malformed(path: part.file.path, reason: "reference to object \(n), which is not kept")
                }
                out.append(bytes[at..<r.lowerBound]); out.append(String(m)); at = r.upperBound
            case .structParent(let r, let v):
                out.append(bytes[at..<r.lowerBound]); out.append(String(v + part.structOffset)); at = r.upperBound
            case .streamData:
                break
            }
        }
        out.append(bytes[at..<body.upperBound])
    }

    /// The `[ key value … ]` array of a dictionary's `/Nums` or `/Names` entry: each key's and value's byte range.
    private func pairs(_ key: String, in number: Int?, of part: Part) throws -> [(key: Range<Int>, value: Range<Int>)] {
        guard let number, let body = part.file.objects[number] else { return [] }
        return try part.file.data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let k = Array(key.utf8)
            var i = body.lowerBound
            while i + k.count < body.upperBound, !PDFFileReader.starts(bytes, at: i, with: key) { i += 1 }
            i += k.count
            while i < body.upperBound, bytes[i] != 0x5B { i += 1 }
            guard i < body.upperBound else { throw PDFFileReader.Malformed(path: part.file.path, reason: "object \(number) has no \(key) array") }
            i += 1
            var result: [(Range<Int>, Range<Int>)] = []
            func skip() { while i < body.upperBound, PDFSyntax.isWhitespace(bytes[i]) { i += 1 } }
            // One element: a string, an array, or a number / reference.
            func element() throws -> Range<Int> {
                skip()
                let start = i
                guard i < body.upperBound, bytes[i] != 0x5D else { throw PDFFileReader.Malformed(path: part.file.path, reason: "odd \(key) array") }
                switch bytes[i] {
                case 0x28:
                    var depth = 0
                    while i < body.upperBound {
                        if bytes[i] == 0x5C { i += 2; continue }
                        if bytes[i] == 0x28 { depth += 1 } else if bytes[i] == 0x29 { depth -= 1; if depth == 0 { i += 1; break } }
                        i += 1
                    }
                case 0x3C:
                    while i < body.upperBound, bytes[i] != 0x3E { i += 1 }
                    i += 1
                case 0x5B:
                    var depth = 0
                    while i < body.upperBound {
                        if bytes[i] == 0x5B { depth += 1 } else if bytes[i] == 0x5D { depth -= 1; if depth == 0 { i += 1; break } }
                        i += 1
                    }
                default:
                    // A number, or `N G R`.
                    while i < body.upperBound, !PDFSyntax.isWhitespace(bytes[i]), !PDFSyntax.isDelimiter(bytes[i]) { i += 1 }
                    let save = i
                    skip()
                    var j = i
                    while j < body.upperBound, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
                    var r = j
                    while r < body.upperBound, PDFSyntax.isWhitespace(bytes[r]) { r += 1 }
                    if j > i, r < body.upperBound, bytes[r] == UInt8(ascii: "R") { i = r + 1 } else { i = save }
                }
                return start..<i
            }
            while true {
                skip()
                if i >= body.upperBound || bytes[i] == 0x5D { break }
                let key = try element()
                let value = try element()
                result.append((key, value))
            }
            return result
        }
    }

    private func structParentCount(_ part: Part) throws -> Int {
        let nums = try pairs("/Nums", in: part.parentTree, of: part)
        return nums.map { Int(part.file.text($0.key).trimmingCharacters(in: .whitespaces)) ?? -1 }.max().map { $0 + 1 } ?? 0
    }

    private func appendNums(_ part: Part, to out: inout PDFOutput) throws {
        let nums = try pairs("/Nums", in: part.parentTree, of: part)
        try part.file.data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for (key, value) in nums {
                guard let k = Int(part.file.text(key)) else { throw PDFFileReader.Malformed(path: part.file.path, reason: "parent tree key") }
                out.append("   \(k + part.structOffset) ")
                try copy(bytes, value, part: part, to: &out)
                out.append("\n")
            }
        }
    }

    private func destEntries(_ part: Part) throws -> [(key: [UInt8], text: [UInt8])] {
        let names = try pairs("/Names", in: part.dests, of: part)
        return try part.file.data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return try names.map { key, value in
                var text = PDFOutput()
                text.append(bytes[key]); text.append(" ")
                try copy(bytes, value, part: part, to: &text)
                return (PDFText.decode(Array(bytes[key])), text.buffer)
            }
        }
    }

    /// The outline as items linked to the pages; returns the outline root's number (nil: none).
    private func writeOutline(pages: [Int], next: inout Int, to out: inout PDFOutput) -> Int? {
        let entries = outline.filter { $0.page >= 0 && $0.page < pages.count }
        guard !entries.isEmpty else { return nil }
        let root = next; next += 1
        let numbers = entries.indices.map { next + $0 }
        next += entries.count
        // Parent of each entry: the closest earlier entry of a lower level.
        var parent = [Int](repeating: -1, count: entries.count)
        var stack: [Int] = []
        for (i, e) in entries.enumerated() {
            while let top = stack.last, entries[top].level >= e.level { stack.removeLast() }
            parent[i] = stack.last ?? -1
            stack.append(i)
        }
        var children: [Int: [Int]] = [:]
        for i in entries.indices { children[parent[i], default: []].append(i) }
        func count(_ i: Int) -> Int { (children[i] ?? []).reduce(0) { $0 + 1 + count($1) } }
        let top = children[-1] ?? []
        out.beginObject(root)
        out.append("<< /Type /Outlines\n   /First \(numbers[top.first!]) 0 R\n   /Last \(numbers[top.last!]) 0 R\n   /Count \(count(-1))\n>>\n")
        out.endObject()
        for (i, e) in entries.enumerated() {
            let siblings = children[parent[i]]!
            let position = siblings.firstIndex(of: i)!
            out.beginObject(numbers[i])
            out.append("<< /Title \(PDFText.string(e.title))\n   /Parent \(parent[i] < 0 ? root : numbers[parent[i]]) 0 R\n")
            if position > 0 { out.append("   /Prev \(numbers[siblings[position - 1]]) 0 R\n") }
            if position + 1 < siblings.count { out.append("   /Next \(numbers[siblings[position + 1]]) 0 R\n") }
            if let kids = children[i] {
                out.append("   /First \(numbers[kids.first!]) 0 R\n   /Last \(numbers[kids.last!]) 0 R\n   /Count \(count(i))\n")
            }
            let height = e.page < pageHeights.count ? pageHeights[e.page] : 0
            out.append("   /Dest [\(pages[e.page]) 0 R /XYZ 0 \(PageDrawer.number(max(0, height - max(0, e.y)))) 0]\n>>\n")
            out.endObject()
        }
        return root
    }
}
