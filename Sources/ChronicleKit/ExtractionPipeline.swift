import ActivityExtraction
import Dispatch
import Foundation
import NewsArticles
import TemporalTagging
import TimelineModel

/// Articles in, merged activities out: reads files in batches, extracts on every core, keeps
/// only the activities (articles are dropped as soon as they are read), and gathers diagnostics.
///
/// Results do not depend on the number of workers: each batch is processed in parallel and
/// collected in file order.
///
/// ```swift
/// let pipeline = ExtractionPipeline(profile: .bundledDefault())
/// let result = pipeline.run(paths: ["Reports/sample/articles"])
/// result.timeline.activities.count
/// ```
public struct ExtractionPipeline: Sendable {
    public var profile: SubjectProfile
    public var workers: Int
    public var batchSize: Int
    public var includePlanned: Bool
    /// Reads one article file; an ``ArticleIssue`` it throws marks the file as failed. The default
    /// is ``ArticleReader/read(fileAt:)``; tests put failures here (an unreadable file, when
    /// running as root makes `chmod 000` ineffective).
    public var readArticle: @Sendable (String) throws -> Article

    public init(profile: SubjectProfile, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = 512, includePlanned: Bool = false, reader: ArticleReader = ArticleReader()) {
        self.profile = profile
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
        self.includePlanned = includePlanned
        self.readArticle = { try reader.read(fileAt: $0) }
    }

    public struct Result: Sendable {
        public var timeline: Timeline
        /// Unmerged activities, in file order (what `extract` prints before merging).
        public var diagnostics: Diagnostics
        public var filesRead: Int
        public var filesFailed: Int
        /// Latest publication date among the articles read.
        public var latestPublication: CalendarDay?
    }

    /// Progress callback: files done so far, and activities found so far.
    public typealias Progress = @Sendable (_ filesDone: Int, _ filesTotal: Int, _ activities: Int) -> Void

    public func run(paths: [String], progress: Progress? = nil) -> Result {
        var diagnostics = Diagnostics()
        let files = ArticleCollector().collect(paths, diagnostics: &diagnostics)
        let readArticle = self.readArticle
        let extractor = ActivityExtractor(profile: profile)
        var activities: [Activity] = []
        var latest: CalendarDay?
        var failed = 0

        var offset = 0
        while offset < files.count {
            let batch = Array(files[offset..<min(offset + batchSize, files.count)])
            let outcomes = Self.parallelMap(batch, workers: workers) { path -> FileOutcome in
                do {
                    let article = try readArticle(path)
                    return FileOutcome(activities: extractor.extract(from: article), issues: article.issues,
                                       published: article.published, failed: false)
                } catch let issue as ArticleIssue {
                    return FileOutcome(activities: [], issues: [issue], published: nil, failed: true)
                } catch {
                    return FileOutcome(activities: [], issues: [ArticleIssue(.error, file: path, "\(error)")],
                                       published: nil, failed: true)
                }
            }
            for outcome in outcomes {
                for issue in outcome.issues { diagnostics.add(Self.diagnostic(issue)) }
                if outcome.failed { failed += 1 }
                if let p = outcome.published, latest.map({ p > $0 }) ?? true { latest = p }
                activities.append(contentsOf: outcome.activities.filter { includePlanned || $0.status == .done })
            }
            offset += batch.count
            progress?(offset, files.count, activities.count)
        }
        let merged = ActivityMerger().merge(activities)
        let timeline = Timeline(subject: profile.name, activities: merged.activities, mergedCount: merged.mergedCount)
        return Result(timeline: timeline, diagnostics: diagnostics, filesRead: files.count - failed,
                      filesFailed: failed + diagnostics.failedFiles.subtracting(files).count, latestPublication: latest)
    }

    struct FileOutcome: Sendable {
        var activities: [Activity]
        var issues: [ArticleIssue]
        var published: CalendarDay?
        var failed: Bool
    }

    static func diagnostic(_ issue: ArticleIssue) -> Diagnostic {
        var message = issue.message
        if let byte = issue.byteOffset, issue.line == nil, !message.contains("byte \(byte)") { message += " (byte \(byte))" }
        return Diagnostic(issue.severity == .error ? .error : .warning, file: issue.file, line: issue.line, message)
    }

    /// Maps `items` on `workers` threads, keeping the order of `items`.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], workers: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if workers == 1 || items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let box = SendableBuffer(results)
        let chunks = min(workers * 4, items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < items.count {
                box.buffer[i] = transform(items[i])
                i += chunks
            }
        }
        return results.map { $0! }
    }
}

/// Lets worker threads write disjoint slots of one buffer.
private struct SendableBuffer<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(_ buffer: UnsafeMutableBufferPointer<R?>) { self.buffer = buffer }
}
