import Foundation
import Testing

@Suite("chronicle extract")
struct ExtractCommandTests {
    @Test("prints a JSON array with exactly the contract keys")
    func contractKeys() throws {
        let articles = CLI.repositoryRoot.appendingPathComponent("Reports/sample/articles").path
        let result = try CLI.run(["extract", articles, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        #expect(array.count >= 12, "the sample year has at least a dozen activities")
        for activity in array {
            #expect(Set(activity.keys) == ["id", "start", "end", "precision", "kind", "title", "location", "counterparts", "sources"])
            let sources = try #require(activity["sources"] as? [[String: Any]])
            #expect(!sources.isEmpty)
            for source in sources {
                #expect(Set(source.keys).isSuperset(of: ["file", "published", "outlet", "sentence"]))
                #expect(!(source["file"] as? String ?? "/").contains("/"), "file is a base name")
            }
        }
    }

    @Test("a non-article file among the inputs: error naming it, the rest processed, exit 1")
    func badFileAmongGood() throws {
        let folder = try CLI.temporaryFolder("bad-input")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = CLI.repositoryRoot.appendingPathComponent("Reports/sample/articles/2023-10-12-vienna.txt")
        try FileManager.default.copyItem(at: sample, to: folder.appendingPathComponent("a-vienna.txt"))
        try Data("binary\u{0}\u{1}\u{2} data".utf8).write(to: folder.appendingPathComponent("b-binary.txt"))

        let result = try CLI.run(["extract", folder.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b-binary.txt"), "the error names the bad file: \(result.stderr)")
        #expect(result.stderr.contains("1 input failed"))
        let array = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        #expect(array.contains { ($0["location"] as? String) == "Vienna" }, "the good article was still processed")
    }

    @Test("a missing path is an error, not a crash")
    func missingPath() throws {
        let result = try CLI.run(["extract", "/nonexistent/chronicle-articles"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/chronicle-articles"))
    }

    @Test("the seed articles give exactly the gold activities", .enabled(if: CLI.shared != nil, "../shared is absent: seed gold not checked"))
    func seedsMatchGold() throws {
        let shared = try #require(CLI.shared)
        let result = try CLI.run(["extract", shared.appendingPathComponent("seeds").path, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let predicted = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        var got: [String] = []
        for a in predicted {
            for s in a["sources"] as? [[String: Any]] ?? [] {
                got.append("\(s["file"]!) \(a["start"] as? String ?? "null") \(a["end"]!) \(a["precision"]!) \(a["kind"]!) \(a["location"] as? String ?? "null")")
            }
        }
        var want: [String] = []
        let gold = try String(contentsOf: shared.appendingPathComponent("seeds/gold.jsonl"), encoding: .utf8)
        for line in gold.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for g in record["activities"] as? [[String: Any]] ?? [] {
                want.append("\(record["file"]!) \(g["start"] as? String ?? "null") \(g["end"]!) \(g["precision"]!) \(g["kind"]!) \(g["location"] as? String ?? "null")")
            }
        }
        #expect(got.sorted() == want.sorted())
    }
}
