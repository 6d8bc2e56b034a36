import ChronicleKit
import Foundation
import Testing
import TimelineLayout
import Yams

@Suite("Theme loading: report.yml overrides on the default theme")
struct ThemeLoaderTests {
    func overrides(_ yaml: String) throws -> Node { try Yams.compose(yaml: yaml)! }

    @Test("no overrides: the default theme")
    func none() throws {
        #expect(try ThemeLoader.theme(overrides: nil, file: "report.yml") == Theme.default)
    }

    @Test("overrides merge key by key")
    func merge() throws {
        let theme = try ThemeLoader.theme(overrides: overrides("""
            page: {size: Letter, orientation: landscape, margins: {left: 72}}
            colors: {kinds: {meeting: "#000000"}}
            timeline: {lanes: location, lane_order: [Baku, Vienna]}
            """), file: "report.yml")
        #expect(theme.page.size == .letter && theme.page.orientation == .landscape)
        #expect(theme.page.margins.left == 72 && theme.page.margins.top == Theme.default.page.margins.top)
        #expect(theme.colors.kinds["meeting"] == RGBA(0, 0, 0))
        #expect(theme.colors.kinds["visit"] == Theme.default.colors.kinds["visit"])
        #expect(theme.timeline.lanes == .location && theme.timeline.laneOrder == ["Baku", "Vienna"])
    }

    @Test("an unknown key is an error naming the file, line and key")
    func unknownKey() throws {
        do {
            _ = try ThemeLoader.theme(overrides: overrides("fonts:\n  sanz: Arial\n"), file: "Reports/x/report.yml")
            Issue.record("no error")
        } catch let d as Diagnostic {
            #expect(d.file == "Reports/x/report.yml" && d.key == "theme.fonts.sanz" && d.line == 2)
            #expect(d.message.contains("unknown key"))
        }
    }

    @Test("a value of the wrong type names the key", arguments: [
        ("sizes: {body: large}", "theme.sizes.body", "number"),
        ("colors: {kinds: {meeting: red}}", "theme.colors.kinds.meeting", "#RRGGBB"),
        ("page: {size: A5}", "theme.page.size", "A4"),
        ("timeline: {lanes: weekday}", "theme.timeline.lanes", ""),
        ("timeline: {label_rows: -3}", "theme.timeline.label_rows", "between"),
    ])
    func wrongType(yaml: String, key: String, words: String) throws {
        do {
            _ = try ThemeLoader.theme(overrides: overrides(yaml), file: "report.yml")
            Issue.record("no error for \(yaml)")
        } catch let d as Diagnostic {
            #expect(d.key == key, "\(d)")
            #expect(d.line != nil, "\(d)")
            #expect(words.isEmpty || d.message.contains(words), "\(d)")
        }
    }

    @Test("a theme file overrides the same way")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(getpid()).yml")
        try "sizes:\n  body: 11\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ThemeLoader.theme(file: url.path).sizes.body == 11)
    }
}
