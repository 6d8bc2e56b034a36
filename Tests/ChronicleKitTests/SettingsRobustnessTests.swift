@testable import ChronicleKit
import Foundation
import Testing

/// report.yml that is wrong in every way a hand-edited file can be: one clear error naming the
/// file, the line and the key.
@Suite("report.yml robustness")
struct SettingsRobustnessTests {
    func error(_ yaml: String, in scratch: Scratch) -> Diagnostic? {
        do {
            _ = try ReportSettings.parse(yaml, folder: scratch.path)
            return nil
        } catch let d as Diagnostic {
            return d
        } catch {
            Issue.record("not a Diagnostic: \(error)")
            return nil
        }
    }

    @Test("wrong types name the key and the line", arguments: [
        ("title: [a, b]\narticles: articles\n", 1, "title", "expected text"),
        ("title: T\narticles: {a: b}\n", 2, "articles", "expected a list of text"),
        ("title: T\narticles: [a, [b]]\n", 2, "articles", "expected text"),
        ("title: T\narticles: articles\ninclude_planned: 3\n", 3, "include_planned", "expected true or false"),
        ("title: T\narticles: articles\ngenerated: 2023-02-30\n", 3, "generated", "expected a date"),
        ("title: T\narticles: articles\nsubject: Sabina\n", 3, "subject", "expected a mapping"),
        ("title: T\narticles: articles\nsubject:\n  aliases: {x: y}\n", 4, "subject.aliases", "expected a list of text"),
        ("- just\n- a list\n", 1, nil, "expected a mapping"),
    ] as [(String, Int, String?, String)])
    func wrongTypes(yaml: String, line: Int, key: String?, message: String) throws {
        let scratch = try Scratch()
        let d = try #require(error(yaml, in: scratch), "accepted: \(yaml)")
        #expect(d.file == scratch.path + "/report.yml")
        #expect(d.line == line, "\(d)")
        #expect(d.key == key, "\(d)")
        #expect(d.message.contains(message), "\(d)")
    }

    @Test("unknown keys, top level and nested, name the key and list the known ones")
    func unknownKeys() throws {
        let scratch = try Scratch()
        let top = try #require(error("title: T\narticles: a\nautor: me\n", in: scratch))
        #expect(top.description == scratch.path + "/report.yml:3: error: autor: unknown key (known: articles, author, generated, include_planned, output, subject, theme, title)")
        let nested = try #require(error("articles: a\nsubject:\n  name: X\n  alias: [Y]\n", in: scratch))
        #expect(nested.key == "subject.alias" && nested.line == 4)
    }

    @Test("paths outside the report folder are refused: ../, absolute, and a link pointing out")
    func outside() throws {
        let scratch = try Scratch()
        let elsewhere = try Scratch()
        try elsewhere.write("a.txt", article)
        #expect(symlink(elsewhere.path, scratch.path + "/sneaky") == 0)
        for (yaml, line) in [("articles: ../x\n", 1), ("articles: [ok, \(elsewhere.path)]\n", 1),
                             ("articles: sneaky\n", 1), ("articles: a\noutput: ../../out\n", 2),
                             ("articles: a\nsubject:\n  profile: ../p.yml\n", 3)] {
            let d = try #require(error(yaml, in: scratch), "accepted: \(yaml)")
            #expect(d.message.contains("points outside the report folder"), "\(d)")
            #expect(d.line == line, "\(yaml): \(d)")
        }
    }

    @Test("missing, empty, binary and not-UTF-8 report.yml files")
    func badFiles() throws {
        let scratch = try Scratch()
        #expect(throws: Diagnostic.self) { try ReportSettings.load(folder: scratch.path) }
        try scratch.write("report.yml", "")
        let empty = try #require({ () -> Diagnostic? in
            do { _ = try ReportSettings.load(folder: scratch.path); return nil } catch let d as Diagnostic { return d } catch { return nil }
        }())
        #expect(empty.key == "articles")
        try scratch.write("report.yml", Data([0x74, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]))
        do {
            _ = try ReportSettings.load(folder: scratch.path)
            Issue.record("read a report.yml that is not UTF-8")
        } catch let d as Diagnostic {
            #expect(d.file == scratch.path + "/report.yml")
        }
    }

    @Test("YAML aliases nested deeply (a 'billion laughs' file) do not explode")
    func aliasBomb() throws {
        let scratch = try Scratch()
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "articles: a\n"
        let d = try #require(error(yaml, in: scratch))
        #expect(d.key == "a0" && d.line == 1, "\(d)")
    }
}
