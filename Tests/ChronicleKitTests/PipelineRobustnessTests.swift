@testable import ChronicleKit
import ActivityExtraction
import Foundation
import NewsArticles
import Testing

/// Bad inputs among good ones: every problem is a diagnostic naming the file, the other files
/// are processed, and the failed files are counted.
@Suite("Pipeline robustness")
struct PipelineRobustnessTests {
    let pipeline = ExtractionPipeline(profile: .bundledDefault(), workers: 2)

    @Test("10,000 files in one folder: all read, in name order")
    func tenThousandFiles() throws {
        let scratch = try Scratch()
        // Short articles: this is about the folder, not about extraction speed in a debug build.
        let folder = scratch.path + "/many"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 0..<10_000 {
            let text = " date 2023-\(String(format: "%02d", 1 + i % 12))-15 (MENAFN- Kura Press)\n\nNothing of note, item \(i).\n"
            guard FileManager.default.createFile(atPath: folder + String(format: "/article-%05d.txt", i), contents: Data(text.utf8)) else {
                Issue.record("cannot write file \(i)"); return
            }
        }
        #expect(scratch.names("many").count == 10_000)
        var diagnostics = Diagnostics()
        let files = ArticleCollector().collect([folder], diagnostics: &diagnostics)
        #expect(files.count == 10_000 && diagnostics.items.isEmpty)
        #expect(files == files.sorted())
        let result = ExtractionPipeline(profile: .bundledDefault(), workers: 2, batchSize: 1024)
            .run(paths: [folder])
        #expect(result.filesRead == 10_000 && result.filesFailed == 0)
        #expect(result.diagnostics.items.isEmpty)
        #expect(result.latestPublication == CalendarDay(iso: "2023-12-15"))
    }

    @Test("a folder of bad files among good ones: each named, the rest processed, failures counted")
    func mixedFolder() throws {
        let scratch = try Scratch()
        try scratch.write("in/01-good.txt", article)
        try scratch.write("in/02-empty.txt", "")
        try scratch.write("in/03-binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]))
        try scratch.write("in/04-latin1.txt", Data(Data(article.utf8).map { $0 == UInt8(ascii: "G") ? 0xC4 : $0 }))
        try scratch.write("in/05-no-header.txt", "Ombudsman Sabina Aliyeva visited Shaki on October 3, 2023.\n")
        try scratch.write("in/06-notes.md", "not an article: skipped")
        try scratch.write("in/sub/07-good.txt", article.replacingOccurrences(of: "Ganja", with: "Guba"))
        let dir = scratch.path + "/in"
        #expect(symlink(dir + "/nowhere.txt", dir + "/08-dangling.txt") == 0)
        #expect(symlink(dir + "/09-loop-b.txt", dir + "/09-loop-a.txt") == 0)
        #expect(symlink(dir + "/09-loop-a.txt", dir + "/09-loop-b.txt") == 0)
        #expect(symlink(dir, dir + "/sub/10-back-up") == 0)  // folder loop
        #expect(mkfifo(dir + "/11-fifo.txt", 0o644) == 0)    // would block a naive reader

        let result = pipeline.run(paths: [dir, scratch.path + "/missing-folder"])
        let lines = result.diagnostics.items.map(\.description)
        func has(_ file: String, _ severity: Diagnostic.Severity, _ text: String) -> Bool {
            result.diagnostics.items.contains { $0.file.hasSuffix(file) && $0.severity == severity && $0.description.contains(text) }
        }
        #expect(has("02-empty.txt", .warning, "empty article"), "\(lines)")
        #expect(has("03-binary.txt", .error, "binary data"), "\(lines)")
        #expect(has("04-latin1.txt", .warning, "invalid UTF-8 from byte"), "\(lines)")
        #expect(has("05-no-header.txt", .warning, "05-no-header.txt:1: warning: no ' date"), "\(lines)")
        #expect(has("08-dangling.txt", .error, "dangling symbolic link"), "\(lines)")
        #expect(has("09-loop-a.txt", .error, "symbolic link loop"), "\(lines)")
        #expect(has("09-loop-b.txt", .error, "symbolic link loop"), "\(lines)")
        #expect(has("10-back-up", .warning, "already read"), "\(lines)")
        #expect(has("11-fifo.txt", .error, "not a regular file"), "\(lines)")
        #expect(has("missing-folder", .error, "no such file or folder"), "\(lines)")
        #expect(!lines.contains { $0.contains("06-notes.md") })
        // Failed: binary, dangling, two loop links, FIFO, missing folder.
        #expect(result.filesFailed == 6, "\(lines)")
        #expect(result.filesRead == 5)  // 01, 02, 04, 05, 07: once each, though 07 is reachable twice through the loop
        let places = Set(result.timeline.activities.compactMap(\.location))
        #expect(places.isSuperset(of: ["Ganja", "Guba"]), "\(result.timeline.activities.map(\.title))")
    }

    @Test("unreadable files (simulated: root ignores chmod 000) fail by name; the rest is read")
    func unreadableSimulated() throws {
        let scratch = try Scratch()
        for i in 0..<6 { try scratch.write("in/a\(i).txt", article.replacingOccurrences(of: "Ganja", with: ["Baku", "Shaki", "Guba", "Ganja", "Lankaran", "Sumgayit"][i])) }
        var denying = pipeline
        let reader = ArticleReader()
        denying.readArticle = { path in
            if path.hasSuffix("a2.txt") || path.hasSuffix("a4.txt") {
                throw ArticleIssue(.error, file: path, "cannot read: \(String(cString: strerror(EACCES)))")
            }
            return try reader.read(fileAt: path)
        }
        let result = denying.run(paths: [scratch.path + "/in"])
        #expect(result.filesFailed == 2 && result.filesRead == 4)
        #expect(result.diagnostics.items.filter { $0.severity == .error }.map(\.description).sorted()
                == [scratch.path + "/in/a2.txt: error: cannot read: Permission denied",
                    scratch.path + "/in/a4.txt: error: cannot read: Permission denied"])
        let places = Set(result.timeline.activities.compactMap(\.location))
        #expect(places.count == 4 && places.isDisjoint(with: ["Guba", "Lankaran"]), "\(places)")
    }

    @Test("unreadable files and folders for real (chmod 000)",
          .enabled(if: permissionsApply, "running as root: chmod 000 does not deny reads; the simulated test covers it"))
    func unreadableForReal() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", article)
        let locked = try scratch.write("in/b.txt", article)
        try scratch.write("in/closed/c.txt", article)
        #expect(chmod(locked, 0) == 0)
        #expect(chmod(scratch.path + "/in/closed", 0) == 0)
        defer { chmod(scratch.path + "/in/closed", 0o755) }
        let result = pipeline.run(paths: [scratch.path + "/in"])
        #expect(result.filesRead == 1 && result.filesFailed == 2)
        #expect(result.diagnostics.items.contains { $0.file == locked && $0.message.contains("Permission denied") })
        #expect(result.diagnostics.items.contains { $0.file.hasSuffix("/in/closed") && $0.message.contains("cannot list folder") })
    }

    @Test("the same articles give the same activities with 1 and 2 workers and any batch size")
    func workersDoNotMatter() throws {
        let scratch = try Scratch()
        let folder = try scratch.corpus("c", count: 200, seed: 8)
        let one = ExtractionPipeline(profile: .bundledDefault(), workers: 1, batchSize: 512).run(paths: [folder])
        let two = ExtractionPipeline(profile: .bundledDefault(), workers: 2, batchSize: 37).run(paths: [folder])
        #expect(one.timeline.activities.count > 50)
        #expect(try ActivityFormat.json.render(one.timeline.activities) == ActivityFormat.json.render(two.timeline.activities))
        #expect(one.diagnostics.items == two.diagnostics.items)
        #expect(one.latestPublication == two.latestPublication)
    }

    @Test("parallel map keeps order for any number of workers")
    func parallelMapOrder() {
        let items = Array(0..<1000)
        for workers in [1, 2, 3, 8] {
            #expect(ExtractionPipeline.parallelMap(items, workers: workers) { $0 * 2 } == items.map { $0 * 2 })
        }
    }

    @Test("the ordered stream hands results over in item order, whatever the workers and window")
    func orderedStreamOrder() {
        let items = Array(0..<2000)
        for (workers, window) in [(1, 1), (2, 1), (2, 7), (3, 64), (8, 5000)] {
            var seen: [Int] = []
            ExtractionPipeline.orderedStream(items, workers: workers, window: window, { item -> Int in
                if item % 97 == 0 { usleep(200) }  // some items are slow
                return item * 3
            }) { seen.append($0) }
            #expect(seen == items.map { $0 * 3 }, "workers \(workers), window \(window)")
        }
    }

    @Test("JSON written element by element is what the encoder writes for the whole array")
    func jsonMatchesEncoder() throws {
        let scratch = try Scratch()
        let folder = try scratch.corpus("j", count: 30)
        let activities = ExtractionPipeline(profile: .bundledDefault(), workers: 2).run(paths: [folder]).timeline.activities
        #expect(!activities.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let many = Array(repeatElement(activities, count: 600 / activities.count + 1).joined())  // several chunks
        for list in [activities, many, Array(activities.prefix(1)), []] {
            let expected = String(decoding: try encoder.encode(list), as: UTF8.self) + "\n"
            #expect(try ActivityFormat.json.render(list) == expected)
        }
    }

    @Test("progress is reported per batch, ending with every file")
    func progress() throws {
        let scratch = try Scratch()
        let folder = try scratch.corpus("c", count: 50)
        let seen = Locked<[Int]>([])
        _ = ExtractionPipeline(profile: .bundledDefault(), workers: 2, batchSize: 20)
            .run(paths: [folder]) { done, total, _ in seen.update { $0.append(done) }; #expect(total == 50) }
        #expect(seen.value == [20, 40, 50])
    }
}

final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T { lock.withLock { stored } }
    func update(_ change: (inout T) -> Void) { lock.withLock { change(&stored) } }
}
