import Rendering
import Foundation
import NewsArticles
import Testing
import TimelineLayout
import TimelineModel

/// Hand-made timelines rendered through the real measurer and exporters.
enum Samples {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static let three = Timeline(subject: "Sabina Aliyeva", activities: [
        Activity(id: "c", start: day("2023-10-10"), end: day("2023-10-11"), precision: .range, kind: .conference,
                 title: "Took part in the Vienna Migration Conference", location: "Vienna", counterparts: ["ICMPD"],
                 sources: [Source(file: "000.txt", published: day("2023-10-12"), outlet: "AzerNews",
                                  sentence: "On October 10-11, Ombudsman Sabina Aliyeva took part in the Vienna Migration Conference.")]),
        Activity(id: "m", start: day("2023-10-10"), end: day("2023-10-11"), precision: .range, kind: .meeting,
                 title: "Встреча с делегацией Совета Европы", location: "Vienna",
                 sources: [Source(file: "000.txt", published: day("2023-10-12"), outlet: "AzerNews", sentence: "Bilateral meeting.")]),
        Activity(id: "t", start: nil, end: day("2023-10-27"), precision: .onOrBefore, kind: .training,
                 title: "Gəncə və Şəki üzrə təlim", location: "Baku",
                 sources: [Source(file: "004.txt", published: day("2023-10-27"), outlet: "Azertac", sentence: "A two-day training was organised.")]),
        Activity(id: "q", start: day("2023-10-16"), end: day("2023-10-16"), precision: .day, kind: .reception,
                 title: "استقبلت وفداً من قطر", location: "Baku",
                 sources: [Source(file: "005.txt", published: day("2023-10-17"), outlet: "Trend", sentence: "She received a delegation.")]),
    ])

    static let info = ReportInfo(title: "Activities of the Commissioner, October 2023", subject: "Sabina Aliyeva", generated: day("2023-10-27"))

    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-cairo-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func tool(_ name: String, _ args: [String]) throws -> (status: Int32, output: String)? {
        let candidates = ["/usr/bin/" + name, "/usr/local/bin/" + name]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite("PDF and PNG exporters", .serialized)
struct ExporterTests {
    let layout = ReportLayout(theme: .default, measurer: PangoTextMeasurer())

    @Test("Pango measures like it draws: longer text is wider, wrapping makes it taller")
    func measuring() {
        let m = PangoTextMeasurer()
        let style = TextStyle(size: 10)
        let short = m.measure("Vienna", style: style, wrapWidth: nil)
        let long = m.measure("Vienna Migration Conference", style: style, wrapWidth: nil)
        #expect(long.width > short.width * 2 && short.height > 8 && short.height < 20)
        let wrapped = m.measure("Vienna Migration Conference on the rights of migrants", style: style, wrapWidth: 80)
        #expect(wrapped.width <= 80 && wrapped.height > short.height * 2)
        let bold = m.measure("Vienna", style: TextStyle(size: 10, weight: .bold), wrapWidth: nil)
        #expect(bold.width > short.width)
    }

    @Test("the PDF is the same bytes whether the measurer kept every shaped layout, a few, or none, or the chronology's entries were made page by page")
    func keptOrShapedAhead() throws {
        let base = Samples.three.activities
        var many: [Activity] = []
        for i in 0..<120 {
            var a = base[i % base.count]
            a.id = "a\(i)"
            a.title += " \(i)"
            a.start = a.start?.adding(days: i * 3)
            a.end = a.end.adding(days: i * 3)
            many.append(a)
        }
        let timeline = Timeline(subject: "Sabina Aliyeva", activities: many)
        let folder = try Samples.folder("kept")
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for limit in [1_000_000, 7, 0] {
            let measurer = PangoTextMeasurer(retainedLayoutLimit: limit)
            let document = ReportLayout(theme: .default, measurer: measurer).document(for: timeline, info: Samples.info)
            #expect(document.pages.count > 2)
            let path = folder.appendingPathComponent("report-\(limit).pdf").path
            try PDFExporter(reusing: limit == 0 ? nil : measurer).write(document, to: path)
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        // The chronology's entries deferred: only their heights laid out, each page's entries made
        // while the PDF is written.
        let heights = ReportLayout(theme: .default, measurer: PangoTextMeasurer(retainedLayoutLimit: 0)).chronologyEntryHeights(for: timeline)
        let measurer = PangoTextMeasurer()
        let deferred = ReportLayout(theme: .default, measurer: measurer).document(for: timeline, info: Samples.info, entries: .deferred(heights: { heights }))
        #expect(deferred.pages.contains { !$0.isComplete })
        let path = folder.appendingPathComponent("report-deferred.pdf").path
        try PDFExporter(reusing: measurer).write(deferred, to: path)
        outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(outputs[0].count > 1000)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        #expect(outputs[3] == outputs[0], "deferred entries draw the same bytes")
    }

    @Test("text that does not wrap fits its frame as Pango sets it: four-digit chronology numbers stay on one line")
    func unwrappedTextFits() throws {
        let base = Samples.three.activities
        let many: [Activity] = (0..<1_050).map { i in
            var a = base[i % base.count]
            a.id = "n\(i)"
            a.start = a.start?.adding(days: i / 3)
            a.end = a.end.adding(days: i / 3)
            return a
        }
        let timeline = Timeline(subject: "Sabina Aliyeva", activities: many)
        let measurer = PangoTextMeasurer()
        let document = ReportLayout(theme: .default, measurer: measurer).document(for: timeline, info: Samples.info)
        var tooWide: [String] = []
        for item in document.pages.flatMap(\.items) {
            guard case .text(let run) = item, !run.wraps else { continue }
            let width = measurer.measure(run.text, style: run.style, wrapWidth: nil).width
            if width > run.frame.width + 0.01 { tooWide.append("'\(run.text)' \(width) pt in \(run.frame.width) pt") }
        }
        #expect(tooWide.isEmpty, "\(tooWide.prefix(5))")
        let folder = try Samples.folder("numbers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.pdf").path
        try PDFExporter(reusing: measurer).write(document, to: path)
        guard let (status, text) = try Samples.tool("pdftotext", ["-raw", path, "-"]) else {
            print("skipped: pdftotext is not installed (apt-get install poppler-utils)")
            return
        }
        #expect(status == 0)
        let lines = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(lines.contains("1050") || lines.contains { $0.hasPrefix("1050 ") }, "the last entry's number reads 1050, not 105 / 0")
    }

    @Test("the PDF: qpdf --check passes, every font embedded, titles come back from pdftotext, metadata set")
    func pdfChecks() throws {
        let folder = try Samples.folder("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.pdf").path
        try PDFExporter().write(layout.document(for: Samples.three, info: Samples.info), to: path)
        guard let qpdf = try Samples.tool("qpdf", ["--check", path]),
              let fonts = try Samples.tool("pdffonts", [path]),
              let text = try Samples.tool("pdftotext", ["-enc", "UTF-8", path, "-"]),
              let info = try Samples.tool("pdfinfo", [path]) else {
            Issue.record("qpdf / poppler-utils are not installed (make setup installs them)")
            return
        }
        #expect(qpdf.status == 0 && !qpdf.output.contains("WARNING"), "\(qpdf.output)")
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let cols = row.split(separator: " ")
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end but three.
            #expect(cols.count >= 7 && cols[cols.count - 5] == "yes", "not embedded: \(row)")
            // Only the project's fonts (fonts.conf): DejaVu, with Noto as fallback.
            #expect(row.contains("DejaVu") || row.contains("Noto"), "unexpected font: \(row)")
        }
        // Arabic is set right to left; pdftotext may give it in either order, but every letter is there.
        let arabic = Set("استقبلت وفداً من قطر".unicodeScalars.filter { $0.properties.generalCategory == .otherLetter })
        #expect(arabic.isSubset(of: Set(text.output.unicodeScalars)), "Arabic letters missing from the PDF text")
        for a in Samples.three.activities where a.title.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .otherLetter }) {
            #expect(text.output.contains(a.title), "\(a.title) missing from pdftotext")
        }
        #expect(text.output.contains("Gəncə və Şəki üzrə təlim"))
        #expect(text.output.contains("Встреча с делегацией Совета Европы"))
        #expect(text.output.contains("on or before 27 October 2023"))
        #expect(info.output.contains("Title:") && info.output.contains("Activities of the Commissioner, October 2023"))
        #expect(info.output.contains("Oct 27 00:00:00 2023"))
    }

    @Test("two runs give byte-identical PDF and PNG")
    func deterministic() throws {
        let folder = try Samples.folder("same")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = layout.document(for: Samples.three, info: Samples.info)
        let figure = layout.figure(for: Samples.three, info: Samples.info, width: 1200)
        var pdfs: [Data] = [], pngs: [Data] = []
        for i in 0..<2 {
            let pdf = folder.appendingPathComponent("r\(i).pdf"), png = folder.appendingPathComponent("r\(i).png")
            try PDFExporter().write(ReportLayout(theme: .default, measurer: PangoTextMeasurer()).document(for: Samples.three, info: Samples.info), to: pdf.path)
            try PNGExporter().write(figure, scale: 2, to: png.path)
            pdfs.append(try Data(contentsOf: pdf)); pngs.append(try Data(contentsOf: png))
        }
        _ = document
        #expect(pdfs[0] == pdfs[1])
        #expect(pngs[0] == pngs[1])
    }

    @Test("timeline.png: the stated width, not blank; transparent background when asked")
    func png() throws {
        let folder = try Samples.folder("png")
        defer { try? FileManager.default.removeItem(at: folder) }
        let figure = layout.figure(for: Samples.three, info: Samples.info, width: 1200)
        let path = folder.appendingPathComponent("t.png").path
        try PNGExporter().write(figure, scale: 2400 / 1200, to: path)
        let image = try PNGImage(path: path)
        #expect(image.width == 2400)
        #expect(image.inkCoverage > 0.01)
        let clear = folder.appendingPathComponent("c.png").path
        try PNGExporter(background: .transparent).write(figure, scale: 0.5, to: clear)
        let c = try PNGImage(path: clear)
        #expect(c.width == 600 && c.pixels[0] == 0)
        #expect(throws: RenderError.self) { try PNGExporter().write(figure, scale: 40, to: folder.appendingPathComponent("huge.png").path) }
    }

    @Test("reference images: the figure of fixed timelines matches within a small pixel tolerance",
          arguments: ["three", "crowded-day"])
    func reference(name: String) throws {
        let timeline: Timeline
        if name == "three" { timeline = Samples.three } else {
            let d = Samples.day("2023-03-08")
            timeline = Timeline(subject: "Sabina Aliyeva", activities: (0..<40).map {
                Activity(id: "d\($0)", start: d.adding(days: $0 % 3), end: d.adding(days: $0 % 3), precision: .day,
                         kind: ActivityKind.allCases[$0 % 4], title: "Event number \($0) of the crowded week")
            })
        }
        let figure = layout.figure(for: timeline, info: Samples.info, width: 800)
        let folder = try Samples.folder("ref-\(name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.png").path
        try PNGExporter().write(figure, scale: 1, to: out)
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References/\(name).png").path
        if ProcessInfo.processInfo.environment["CHRONICLE_UPDATE_REFERENCES"] == "1" {
            try? FileManager.default.removeItem(atPath: reference)
            try FileManager.default.copyItem(atPath: out, toPath: reference)
        }
        let expected = try PNGImage(path: reference)
        let actual = try PNGImage(path: out)
        let diff = actual.difference(from: expected)
        #expect(diff < 0.002, "\(name): \(diff * 100)% of pixels differ from References/\(name).png")
    }
}
