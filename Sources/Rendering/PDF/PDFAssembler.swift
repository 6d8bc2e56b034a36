import Foundation
import TimelineLayout

/// Joins the PDFs cairo wrote for consecutive page ranges of one document into one file, and adds
/// what ties a document together: one page tree, the links and their named destinations, the
/// outline and the catalog. The pages can so be drawn on several threads (cairo's PDF writer is one
/// thread per file), and cairo draws only what is seen: links written here cost a few bytes each,
/// where cairo's tagged links cost more time than the text they point from.
///
/// Every object of every part is kept and renumbered; each part's fonts stay its own (a font used
/// in two parts is embedded twice, subset to what each part shows). Parts are read one at a time,
/// so memory holds one part's file. The result does not depend on how many threads drew the parts.
///
/// ```swift
/// try PDFAssembler(parts: ["a.part0", "a.part1"], pageHeights: heights, outline: document.outline)
///     .write(to: "report.pdf", waitingFor: { k in linksOfPart[k] })
/// ```
struct PDFAssembler {
    var parts: [String]
    /// Height of every page of the whole document, in points (PDF measures y from the bottom).
    var pageHeights: [Double]
    var outline: [OutlineEntry]

    /// Writes the joined file. `waitingFor(k)` is called before part `k` is read: it returns once the
    /// part is written, with the links and destinations of its pages (or throws).
    func write(to path: String, waitingFor: (Int) throws -> PartLinks) throws {
        let pagesRoot = 1
        var next = 2
        var infoNumber: Int?
        var allPages: [Int] = []
        var dests: [(key: [UInt8], text: String)] = []
        var out = PDFOutput()
        try out.open(path)
        defer { out.close() }
        // One part at a time, released before the next is read: memory holds one part's file.
        for (k, partPath) in parts.enumerated() {
            let links = try waitingFor(k)
            let file = try PDFFileReader(path: partPath)
            guard let catalog = file.objects[file.root], let pagesNumber = file.reference("/Pages", in: catalog),
                  let pagesBody = file.objects[pagesNumber] else { throw PDFFileReader.Malformed(path: partPath, reason: "no page tree") }
            let pages = file.references(in: pagesBody)
            guard pages.count == links.links.count else {
                throw PDFFileReader.Malformed(path: partPath, reason: "\(pages.count) pages for \(links.links.count) laid out")
            }
            // The catalog, the page tree's root and the other parts' information go; what pointed
            // to the root points to the joined page tree.
            var dropped: Set<Int> = [file.root, pagesNumber]
            if k > 0, let info = file.info { dropped.insert(info) }
            var numbers: [Int: Int] = [pagesNumber: pagesRoot]
            for n in file.order where !dropped.contains(n) {
                numbers[n] = next
                next += 1
            }
            let pageIndex = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1, $0) })
            if k == 0 {
                infoNumber = file.info.flatMap { numbers[$0] }
                file.data.withUnsafeBytes { raw in out.append(raw.bindMemory(to: UInt8.self)[file.header]) }
                if file.header.isEmpty { out.append("%PDF-1.5\n") }
            }
            try file.data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                for n in file.order where !dropped.contains(n) {
                    let body = file.objects[n]!
                    out.beginObject(numbers[n]!)
                    guard let i = pageIndex[n], !links.links[i].isEmpty else {
                        try copy(bytes, body, numbers: numbers, file: file, to: &out)
                        out.endObject()
                        continue
                    }
                    // A page with links: its annotations follow it.
                    let page = links.firstPage + i
                    let annotations = links.links[i].indices.map { next + $0 }
                    next += annotations.count
                    guard let close = PDFFileReader.lastIndex(of: Array(">>".utf8), in: bytes, before: body.upperBound),
                          close >= body.lowerBound else { throw PDFFileReader.Malformed(path: partPath, reason: "page \(n) is not a dictionary") }
                    try copy(bytes, body.lowerBound..<close, numbers: numbers, file: file, to: &out)
                    out.append("   /Annots [ \(annotations.map { "\($0) 0 R" }.joined(separator: " ")) ]\n")
                    out.append(bytes[close..<body.upperBound])
                    out.endObject()
                    for (number, link) in zip(annotations, links.links[i]) {
                        out.beginObject(number)
                        out.append(annotation(link, pageHeight: pageHeights[page]))
                        out.endObject()
                    }
                }
            }
            for (i, n) in pages.enumerated() {
                guard let m = numbers[n] else { throw PDFFileReader.Malformed(path: partPath, reason: "page \(n) missing") }
                allPages.append(m)
                let height = pageHeights[links.firstPage + i]
                for a in links.anchors[i] {
                    let name = PDFText.string(a.name)
                    dests.append((PDFText.decode(Array(name.utf8)),
                                  "\(name) [\(m) 0 R /XYZ \(PDFText.number(a.position.x)) \(PDFText.number(height - a.position.y)) 0]"))
                }
            }
        }

        out.beginObject(pagesRoot)
        out.append("<< /Type /Pages\n   /Kids [ \(allPages.map { "\($0) 0 R" }.joined(separator: " ")) ]\n   /Count \(allPages.count)\n>>\n")
        out.endObject()

        // Named destinations, sorted by name as a name tree must be (a name given twice: the first).
        let destsNumber = next; next += 1
        dests.sort { $0.key.lexicographicallyPrecedes($1.key) }
        out.beginObject(destsNumber)
        out.append("<< /Names [\n")
        var previous: [UInt8]? = nil
        for d in dests where d.key != previous {
            out.append("   \(d.text)\n")
            previous = d.key
        }
        out.append("]\n>>\n")
        out.endObject()

        let outlineRoot = writeOutline(pages: allPages, next: &next, to: &out)

        let catalog = next; next += 1
        out.beginObject(catalog)
        out.append("<< /Type /Catalog\n   /Pages \(pagesRoot) 0 R\n")
        if let outlineRoot { out.append("   /Outlines \(outlineRoot) 0 R\n   /PageMode /UseOutlines\n") }
        out.append("   /Names << /Dests \(destsNumber) 0 R >>\n>>\n")
        out.endObject()
        try out.finish(size: next, root: catalog, info: infoNumber)
    }

    /// A link annotation: to a named destination, or to a URI when the target has a scheme.
    private func annotation(_ link: LinkItem, pageHeight: Double) -> String {
        let f = link.frame
        let rect = [f.x, pageHeight - f.maxY, f.maxX, pageHeight - f.y].map(PDFText.number).joined(separator: " ")
        let action = link.target.contains(":") ? "/A << /S /URI /URI \(PDFText.string(link.target)) >>" : "/Dest \(PDFText.string(link.target))"
        return "<< /Type /Annot\n   /Subtype /Link\n   /Rect [ \(rect) ]\n   \(action)\n   /BS << /W 0 >>\n>>\n"
    }

    /// Copies an object's body with its references renumbered.
    private func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Range<Int>, numbers: [Int: Int], file: PDFFileReader,
                      to out: inout PDFOutput) throws {
        var at = body.lowerBound
        for mark in PDFSyntax.scan(bytes, in: body) {
            guard case .reference(let r, let n) = mark else { continue }
            guard let m = numbers[n] else {
                throw PDFFileReader.Malformed(path: file.path, reason: "reference to object \(n), which is not kept")
            }
            out.append(bytes[at..<r.lowerBound]); out.append(String(m)); at = r.upperBound
        }
        out.append(bytes[at..<body.upperBound])
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
            out.append("   /Dest [\(pages[e.page]) 0 R /XYZ 0 \(PDFText.number(max(0, height - max(0, e.y)))) 0]\n>>\n")
            out.endObject()
        }
        return root
    }
}
