import Foundation
import Testing

@Suite("chronicle report on the sample report", .serialized)
struct ReportCommandTests {
    /// Copies Reports/sample to a temporary folder and renders it there.
    static func renderSample() throws -> (folder: URL, result: CLI.Result) {
        let folder = try CLI.temporaryFolder("report")
        let sample = CLI.repositoryRoot.appendingPathComponent("Reports/sample")
        for name in ["report.yml", "articles"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let result = try CLI.run(["report", folder.path, "--quiet"])
        return (folder, result)
    }

    @Test("writes report.pdf, timeline.png and summary.txt")
    func writesOutputs() throws {
        let (folder, result) = try Self.renderSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for name in ["report.pdf", "timeline.png", "summary.txt"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(name)").path), "\(name) written")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
    }

    @Test("the PDF gives back its text, passes qpdf and embeds its fonts",
          .enabled(if: CLI.which("pdftotext") != nil && CLI.which("qpdf") != nil && CLI.which("pdffonts") != nil,
                   "poppler-utils or qpdf missing (make setup installs them)"))
    func pdfChecks() throws {
        let (folder, result) = try Self.renderSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(result.status == 0, "stderr: \(result.stderr)")
        let pdf = folder.appendingPathComponent("out/report.pdf").path

        let text = try CLI.run([pdf, "-"], tool: CLI.which("pdftotext")!).stdout
        let json = try CLI.run(["extract", folder.appendingPathComponent("articles").path, "--format", "json"])
        let activities = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        for activity in activities {
            let title = try #require(activity["title"] as? String)
            // Long titles may be hyphenated or wrapped: check their first words.
            let head = title.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(flat.contains(head), "PDF text has the title '\(title)'")
        }
        #expect(flat.contains("2023"))
        #expect(flat.contains("Sabina Aliyeva"))

        let check = try CLI.run(["--check", pdf], tool: CLI.which("qpdf")!)
        #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")

        let fonts = try CLI.run([pdf], tool: CLI.which("pdffonts")!).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty, "the PDF uses fonts")
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID: 'emb' is the 4th column from the end … count from the right.
            let emb = columns[columns.count - 5]
            #expect(emb == "yes", "font embedded: \(line)")
        }
    }

    @Test("the PNG is at least 2400 pixels wide and not blank")
    func pngChecks() throws {
        let (folder, result) = try Self.renderSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(result.status == 0, "stderr: \(result.stderr)")
        let png = try Data(contentsOf: folder.appendingPathComponent("out/timeline.png"))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width >= 2400)
        #expect(height > 100)
        #expect(png.count > 20_000, "a timeline with marks and labels compresses to more than a blank image")
    }

    @Test("two runs give byte-identical PDF and PNG")
    func deterministic() throws {
        let (first, r1) = try Self.renderSample()
        let (second, r2) = try Self.renderSample()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        try #require(r1.status == 0 && r2.status == 0)
        for name in ["report.pdf", "timeline.png", "summary.txt"] {
            let a = try Data(contentsOf: first.appendingPathComponent("out/\(name)"))
            let b = try Data(contentsOf: second.appendingPathComponent("out/\(name)"))
            #expect(a == b, "\(name) identical across runs")
        }
    }

    @Test("the briefing names the subject and dates every activity, saying 'on or before' in words")
    func briefing() throws {
        let (folder, result) = try Self.renderSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(result.status == 0, "stderr: \(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out/summary.txt"), encoding: .utf8)
        #expect(text.contains("Sabina Aliyeva"))
        #expect(text.contains("on or before"), "the sample has an undated training")
        #expect(text.contains("Vienna"))
    }

    @Test("report.yml with an unknown key: error naming the file, line and key")
    func unknownKey() throws {
        let folder = try CLI.temporaryFolder("bad-settings")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: X\narticles: articles\ncolour: red\n".write(to: folder.appendingPathComponent("report.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let result = try CLI.run(["report", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("report.yml:3"), "\(result.stderr)")
        #expect(result.stderr.contains("colour"), "\(result.stderr)")
    }
}
