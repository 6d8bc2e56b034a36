@testable import Rendering
import Foundation
import Testing
import TimelineLayout
import TimelineModel

/// A long timeline made from the samples (Latin, Cyrillic, Azerbaijani and Arabic titles).
private func longTimeline(_ count: Int) -> Timeline {
    let base = Samples.three.activities
    return Timeline(subject: "Sabina Aliyeva", activities: (0..<count).map { i in
        var a = base[i % base.count]
        a.id = "p\(i)"
        a.title += " \(i)"
        a.start = a.start?.adding(days: i)
        a.end = a.end.adding(days: i)
        return a
    })
}

@Suite("PDF drawn in parts, text set from shaped words", .serialized)
struct PartsAndWordsTests {
    @Test("a PDF drawn in parts and joined is the same document: pages, text, links, outline; the same bytes on 1 or 2 threads; qpdf is content")
    func partsJoined() throws {
        let timeline = longTimeline(160)
        let folder = try Samples.folder("parts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = ReportLayout(theme: .default, measurer: PangoTextMeasurer()).document(for: timeline, info: Samples.info)
        let whole = folder.appendingPathComponent("whole.pdf").path
        try PDFExporter(parts: 1).write(document, to: whole)
        var joined: [Data] = []
        for threads in [1, 2] {
            let path = folder.appendingPathComponent("parts-\(threads).pdf").path
            try PDFExporter(threads: threads, parts: 3).write(document, to: path)
            joined.append(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(!FileManager.default.fileExists(atPath: path + ".part0"), "parts are removed")
        }
        #expect(joined[0] == joined[1], "the same bytes whatever the number of threads")
        let parts = folder.appendingPathComponent("parts-1.pdf").path
        guard let qpdf = try Samples.tool("qpdf", ["--check", parts]),
              let wholeText = try Samples.tool("pdftotext", ["-enc", "UTF-8", whole, "-"]),
              let partsText = try Samples.tool("pdftotext", ["-enc", "UTF-8", parts, "-"]),
              let info = try Samples.tool("pdfinfo", [parts]),
              let json = try Samples.tool("qpdf", ["--json", "--json-key=outlines", parts]) else {
            Issue.record("qpdf / poppler-utils are not installed (make setup installs them)")
            return
        }
        #expect(qpdf.status == 0 && !qpdf.output.contains("WARNING"), "\(qpdf.output)")
        #expect(partsText.output == wholeText.output, "pdftotext gives the same text")
        #expect(info.output.contains("Pages:           \(document.pages.count)"))
        #expect(info.output.contains("Activities of the Commissioner, October 2023"))
        // Every link names a destination the joined file defines, and the whole page's links are there.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: parts))
        let text = String(decoding: bytes, as: UTF8.self)
        let linked = Set(text.matches(of: /\/Dest \(([^)]*)\)/).map { String($0.1) })
        let defined = Set(text.matches(of: /\n   \(([^)]*)\) \[\d+ 0 R \/XYZ/).map { String($0.1) })
        #expect(!linked.isEmpty && linked.isSubset(of: defined), "\(linked.subtracting(defined).prefix(5))")
        let laidOut = document.completed(measurer: PangoTextMeasurer()).pages.flatMap(\.items)
        let linkItems = laidOut.filter { if case .link = $0 { return true } else { return false } }.count
        #expect(text.matches(of: /\/Subtype \/Link/).count == linkItems, "one annotation per link laid out")
        // The outline: every entry of the document, titles as written.
        let titles = json.output.matches(of: /"title": "([^"]*)"/).map { String($0.1) }
        #expect(titles.count == document.outline.count, "\(titles.count) outline entries for \(document.outline.count)")
        #expect(titles.contains("Chronology") && titles.contains("Sources"))
    }

    @Test("parts split the pages in order, none empty, about evenly")
    func split() {
        let pages = (0..<10).map { i in
            LaidOutPage(width: 100, height: 100, items: (0..<(i == 0 ? 50 : 5)).map { _ in
                .text(TextRun(role: .body, frame: Rect(x: 0, y: 0, width: 10, height: 10), text: "word", style: TextStyle()))
            })
        }
        let document = LaidOutDocument(pages: pages, metadata: DocumentMetadata(title: "t", author: "a", subject: "s", keywords: [],
                                                                               created: Samples.day("2023-01-01")))
        let ranges = PDFExporter.split(document, into: 2)
        #expect(ranges.count == 2 && ranges[0].lowerBound == 0 && ranges[0].upperBound == ranges[1].lowerBound && ranges[1].upperBound == 10)
        #expect(ranges[0].count < ranges[1].count, "the heavy first page weighs: \(ranges)")
        #expect(PDFExporter.split(document, into: 20).count == 1, "more parts than pages: one part")
        #expect(PDFExporter.partCount(for: document) == 1)
    }

    @Test("words shaped once measure as Pango sets the whole line (ligatures, Azerbaijani, Cyrillic), within a hair")
    func wordsMeasureLikePango() {
        let measurer = PangoTextMeasurer(retainedLayoutLimit: 0)
        let scratch = PangoText.offscreen()
        for (text, family) in [("The office of the Ombudsman, fifty official visits", "DejaVu Serif"),
                               ("Gəncə və Şəki üzrə təlim keçirildi", "DejaVu Sans"),
                               ("Встреча с делегацией Совета Европы", "DejaVu Sans")] {
            let style = TextStyle(family: family, size: 9)
            let size = measurer.measure(text, style: style, wrapWidth: nil)
            scratch.configure(text, family: family, size: 9, bold: false, italic: false, alignment: 0, width: nil)
            let pango = scratch.extents()
            #expect(abs(size.width - pango.width) < 0.01 * pango.width, "\(text): \(size.width) vs Pango \(pango.width)")
            #expect(abs(size.height - pango.height) < 0.01, "\(text)")
            #expect(abs(size.baseline - pango.baseline) < 0.01, "\(text)")
        }
    }

    @Test("wrapped text breaks at spaces, every line within the width, no word lost; a word wider than the line goes to Pango")
    func wrapping() {
        let shaper = WordShaper(text: PangoText.offscreen())
        let style = shaper.styleIndex(family: "DejaVu Serif", size: 9, bold: false, italic: false)
        let text = "On October 10-11, Ombudsman Sabina Aliyeva took part in the 8th Vienna Migration Conference on the rights of migrants."
        guard let set = shaper.set(text, style: style, wrapWidth: 120) else { Issue.record("plain text refused"); return }
        #expect(set.lines.count >= 4)
        for line in set.lines { #expect(Double(line.width) / 1024 <= 120) }
        let words = set.placed.map { shaper.words[Int($0.word)] }.filter { $0.advance > 0 }
        #expect(words.count >= text.split(separator: " ").count)
        // Lines stack: the text is as tall as its lines.
        #expect(abs(set.size.height - Double(set.lines.reduce(0) { $0 + $1.ascent + $1.descent }) / 1024) < 1e-9)
        #expect(shaper.set("Internationalisation-and-cooperation-programme", style: style, wrapWidth: 40) == nil)
        #expect(shaper.set("a\tb", style: style, wrapWidth: nil) == nil, "a tab: Pango sets it")
        #expect(shaper.set("استقبلت وفداً", style: style, wrapWidth: nil) == nil, "right to left: Pango sets it")
        let two = shaper.set("first line\nsecond", style: style, wrapWidth: nil)
        #expect(two?.lines.count == 2)
    }
}
