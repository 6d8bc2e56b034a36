import Foundation
import Testing

@Suite("chronicle render and summary")
struct RenderAndSummaryTests {
    @Test("render re-draws the three outputs from a hand-edited activity list")
    func renderFromJSON() throws {
        let folder = try CLI.temporaryFolder("render")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = """
        [{"id": "x1", "start": "2023-03-14", "end": "2023-03-15", "precision": "range", "kind": "conference",
          "title": "Took part in the GANHRI annual meeting", "location": "Geneva", "counterparts": ["GANHRI"],
          "sources": [{"file": "a.txt", "published": "2023-03-16", "outlet": "Azertac", "sentence": "On March 14-15, …"}]},
         {"id": "x2", "start": null, "end": "2023-04-20", "precision": "before", "kind": "training",
          "title": "Opened a training on domestic violence", "location": "Lankaran", "counterparts": [],
          "sources": [{"file": "b.txt", "published": "2023-04-20", "outlet": null, "sentence": "A two-day training …"}]}]
        """
        let input = folder.appendingPathComponent("activities.json")
        try json.write(to: input, atomically: true, encoding: .utf8)
        let layoutFile = folder.appendingPathComponent("layout.json")
        let result = try CLI.run(["render", input.path, "--out", folder.appendingPathComponent("out").path,
                                  "--layout-json", layoutFile.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        // The layout JSON holds every page whole, the chronology's entries included (they are made
        // page by page for the PDF).
        let layout = try JSONSerialization.jsonObject(with: Data(contentsOf: layoutFile)) as? [String: Any]
        let pages = layout?["pages"] as? [[String: Any]] ?? []
        let texts = pages.flatMap { ($0["items"] as? [[String: Any]]) ?? [] }.compactMap { $0["text"] as? String }
        #expect(pages.count >= 3)
        #expect(texts.filter { $0 == "Took part in the GANHRI annual meeting" }.count >= 2, "a timeline label and the chronology entry")
        #expect(texts.contains("“On March 14-15, …”"))
        let summary = try String(contentsOf: folder.appendingPathComponent("out/summary.txt"), encoding: .utf8)
        #expect(summary.contains("GANHRI"))
        #expect(summary.contains("on or before 20 April 2023"))
        for name in ["report.pdf", "timeline.png"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(name)").path))
        }
    }

    @Test("render refuses a malformed activity list, naming the file")
    func renderBadJSON() throws {
        let folder = try CLI.temporaryFolder("render-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("broken.json")
        try #"[{"id": "x1", "end": "2023-13-45"}]"#.write(to: input, atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", input.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report.pdf").path))
    }

    @Test("summary prints the briefing on stdout")
    func summary() throws {
        let articles = CLI.repositoryRoot.appendingPathComponent("Reports/sample/articles").path
        let result = try CLI.run(["summary", articles])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Sabina Aliyeva"))
        #expect(result.stdout.contains("Geneva"))
    }

    @Test("every command has --help")
    func help() throws {
        for command in ["report", "extract", "render", "summary"] {
            let result = try CLI.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE"), "\(command) --help")
        }
    }
}
