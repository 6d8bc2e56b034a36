import ActivityExtraction
import Foundation
import NewsArticles
import TimelineModel

/// Helpers shared by the extraction tests: fixtures, the shared corpus, quick extraction.
enum Support {
    /// The repository root: three levels up from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` next to the repository (absent in a user's clone).
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds/gold.jsonl").path) }
    static var hasDev: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/dev/gold.jsonl").path) }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static let extractor = ActivityExtractor(profile: .bundledDefault())

    static func article(_ text: String, name: String = "test.txt") -> Article {
        ArticleReader().parse(text: text, path: name)
    }

    /// Activities of a text in the seed format (planned ones included).
    static func extract(_ text: String, profile: SubjectProfile = .bundledDefault()) -> [Activity] {
        ActivityExtractor(profile: profile).extract(from: article(text))
    }

    static func extract(fixture name: String, profile: SubjectProfile = .bundledDefault()) throws -> [Activity] {
        let article = try ArticleReader().read(fileAt: fixture(name).path)
        return ActivityExtractor(profile: profile).extract(from: article)
    }

    /// Reads every `*.txt` of a folder, extracts, keeps done activities and merges, like `chronicle extract`.
    static func extractFolder(_ folder: URL) throws -> [Activity] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var all: [Activity] = []
        for name in names {
            let article = try ArticleReader().read(fileAt: folder.appendingPathComponent(name).path)
            all += extractor.extract(from: article).filter { $0.status == .done }
        }
        return extractor.merge(all).activities
    }

    static func summary(_ a: Activity) -> String {
        "\(a.kind.rawValue) \(a.isoDateText) @\(a.location ?? "-")"
    }

    /// The done activities of an article, as "kind dates @place", sorted.
    static func done(_ text: String) -> [String] {
        extract(text).filter { $0.status == .done }.map(summary).sorted()
    }

    /// The done activities of an article, as "kind start end" (start "-" when unknown), sorted.
    static func doneDates(_ text: String) -> [String] {
        extract(text).filter { $0.status == .done }.map { "\($0.kind.rawValue) \($0.start?.iso ?? "-") \($0.end.iso)" }.sorted()
    }
}
