import ChronicleKit
import Foundation
import Testing

@Suite("report.yml settings")
struct ReportSettingsTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("articles"), withIntermediateDirectories: true)
        return url.path
    }

    @Test("reads title, subject, articles and generated date")
    func reads() throws {
        let folder = try Self.folder()
        let settings = try ReportSettings.parse("""
            title: Activities 2023
            subject:
              name: Sabina Aliyeva
              aliases: [Sabina Aliyev]
            articles: articles
            generated: 2024-01-05
            """, folder: folder)
        #expect(settings.title == "Activities 2023")
        #expect(settings.profile.name == "Sabina Aliyeva")
        #expect(settings.profile.aliases.contains("Sabina Aliyev"))
        #expect(settings.articlePaths.count == 1 && settings.articlePaths[0].hasSuffix("/articles"))
        #expect(settings.generated?.iso == "2024-01-05")
        #expect(settings.outputFolder.hasSuffix("/out"))
    }

    @Test("errors name the file, the line and the key", arguments: [
        ("title: X\narticles: articles\ncolour: red\n", "report.yml:3", "colour"),
        ("title: X\narticles: articles\nsubject:\n  nmae: Y\n", "report.yml:4", "subject.nmae"),
        ("title: X\narticles: articles\ngenerated: soon\n", "report.yml:3", "generated"),
        ("title: X\narticles: ../../etc\n", "report.yml:2", "outside the report folder"),
        ("title: X\n", "report.yml", "articles"),
        ("title: [unclosed\n", "report.yml:", "not valid YAML"),
        ("title: X\narticles: articles\ninclude_planned: maybe\n", "report.yml:3", "include_planned"),
    ])
    func errors(yaml: String, place: String, key: String) throws {
        let folder = try Self.folder()
        do {
            _ = try ReportSettings.parse(yaml, folder: folder)
            Issue.record("expected an error for \(yaml)")
        } catch let d as Diagnostic {
            #expect(d.description.contains(place), "\(d)")
            #expect(d.description.contains(key), "\(d)")
        }
    }
}
