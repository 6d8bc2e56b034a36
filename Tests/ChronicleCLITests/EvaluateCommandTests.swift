import Foundation
import Testing

@Suite("chronicle evaluate")
struct EvaluateCommandTests {
    static var outlets: URL { CLI.repositoryRoot.appendingPathComponent("Tests/ActivityExtractionTests/Fixtures/outlets") }

    @Test("prints the four score lines of score_activities.py, the merged count, misses and false alarms with sentences")
    func scores() throws {
        let folder = try CLI.temporaryFolder("evaluate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold.jsonl")
        // outlet-d's meeting is left out of the gold (a false alarm); an invented visit is added (a miss).
        try Data("""
            {"file": "outlet-a.txt", "published": "2023-11-21", "activities": [{"start": "2023-11-20", "end": "2023-11-20", "precision": "day", "kind": "meeting", "location": "Baku"}]}
            {"file": "outlet-b.txt", "published": "2023-11-21", "activities": [{"start": "2023-11-20", "end": "2023-11-20", "precision": "day", "kind": "meeting", "location": "Baku"}, {"start": "2023-11-19", "end": "2023-11-19", "precision": "day", "kind": "visit", "location": "Ganja"}]}
            {"file": "outlet-d.txt", "published": "2023-11-21", "activities": []}

            """.utf8).write(to: gold)
        let result = try CLI.run(["evaluate", "--gold", gold.path, Self.outlets.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "gold 3, predicted 3, matched 2")
        #expect(lines[1] == "precision 0.667, recall 0.667")
        #expect(lines[2] == "kind agrees 1.000, location agrees 1.000")
        #expect(lines[3] == "activity-date F1: 0.667")
        #expect(result.stdout.contains("mentions merged into others"))
        #expect(result.stdout.contains("missed (1):") && result.stdout.contains("outlet-b.txt: 2023-11-19 visit @Ganja"))
        #expect(result.stdout.contains("false alarms (1):") && result.stdout.contains("On 20 November, Sabina Aliyeva met with the Ambassador of France"))
    }

    @Test("a missing gold file is an error naming it")
    func missingGold() throws {
        let result = try CLI.run(["evaluate", "--gold", "/nonexistent/gold.jsonl", Self.outlets.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/gold.jsonl"))
    }
}
