// swift-tools-version:6.0
// Chronicle: the chronology of a public official's activities, from news articles to a printable report.
//
// Data flows one way: NewsArticles → TemporalTagging → ActivityExtraction → TimelineModel
// → TimelineLayout → Rendering (the only C boundary) / Summaries; ChronicleKit wires the
// pipeline for the thin `chronicle` command.
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chronicle", targets: ["chronicle"]),
        .executable(name: "chronicle-bench", targets: ["chronicle-bench"]),
        .executable(name: "chronicle-fuzz", targets: ["chronicle-fuzz"]),
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Articles: decoding, header, paragraphs, sentences with offsets; the calendar day type.
        .target(name: "NewsArticles"),
        // Date expressions found and normalised (TIMEX3), rules kept as data in Resources/.
        .target(name: "TemporalTagging", dependencies: ["NewsArticles"], resources: [.copy("Resources")]),
        // Activity, Timeline: the ordered, Codable model every later stage reads.
        .target(name: "TimelineModel", dependencies: ["NewsArticles"]),
        // Which dated mentions are the subject's own activities; merging across outlets.
        .target(
            name: "ActivityExtraction",
            dependencies: ["NewsArticles", "TemporalTagging", "TimelineModel", "Yams"],
            resources: [.copy("Resources")]
        ),
        // Pure geometry: scales, ticks, lanes, labels, pages of positioned items.
        .target(name: "TimelineLayout", dependencies: ["TimelineModel", "Yams"], resources: [.copy("Resources")]),
        // The only module that sees C: cairo, pango, fontconfig. Text measuring, PDF and PNG exporters.
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig1-dev"])]),
        .target(name: "Rendering", dependencies: ["CCairo", "CFontconfig", "TimelineLayout"], resources: [.copy("Resources")]),
        // Plain-text and Markdown briefings walking the Timeline.
        .target(name: "Summaries", dependencies: ["TimelineModel"]),
        // Settings (report.yml), the pipeline, atomic outputs: what the CLI calls.
        .target(
            name: "ChronicleKit",
            dependencies: [
                "NewsArticles", "TemporalTagging", "ActivityExtraction", "TimelineModel",
                "TimelineLayout", "Rendering", "Summaries", "Yams",
            ]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: ["ChronicleKit", "CorpusGeneration", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A deterministic synthetic corpus (seeded), for benchmarks and robustness tests.
        .target(name: "CorpusGeneration", dependencies: ["NewsArticles"], resources: [.copy("Resources")]),
        // `make bench`: throughput, time and peak memory of the pipeline stages, as a table.
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["ChronicleKit", "CorpusGeneration", "ActivityExtraction", "TemporalTagging", "TimelineLayout", "Rendering"]
        ),
        // `make fuzz`: libFuzzer entry points (built with -sanitize=fuzzer -DFUZZING into .build-fuzz).
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "chronicle-fuzz", dependencies: ["CLibFuzzer", "ChronicleKit", "TemporalTagging", "NewsArticles", "ActivityExtraction"]),

        .testTarget(name: "NewsArticlesTests", dependencies: ["NewsArticles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TemporalTaggingTests", dependencies: ["TemporalTagging"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TimelineModelTests", dependencies: ["TimelineModel"]),
        .testTarget(name: "ActivityExtractionTests", dependencies: ["ActivityExtraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TimelineLayoutTests", dependencies: ["TimelineLayout"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering"]),
        .testTarget(name: "SummariesTests", dependencies: ["Summaries"]),
        .testTarget(name: "ChronicleKitTests", dependencies: ["ChronicleKit", "CorpusGeneration", "chronicle-fuzz"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChronicleCLITests", dependencies: ["chronicle", "ChronicleKit"]),
        .testTarget(name: "CorpusGenerationTests", dependencies: ["CorpusGeneration", "NewsArticles"]),
    ]
)
