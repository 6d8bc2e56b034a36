import ActivityExtraction
import Dispatch
import Foundation
import NewsArticles
import TemporalTagging
import TimelineModel

/// Articles in, merged activities out: extracts on every core, keeps only the activities
/// (articles are dropped as soon as they are read), and gathers diagnostics.
///
/// Results do not depend on the number of workers: each worker pulls the next file (no batch
/// barriers), and results are collected in file order, at most a few batches ahead of the
/// collector. `batchSize` sets how often progress is reported and that window.
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
        // The rules are read and compiled on other cores while the folders are walked: the tagger's
        // rule book and the extraction rules side by side.
        let taggerLoading = Loading { TemporalTagger.shared }
        let loading = Loading { [profile] in
            let rules = ExtractionRules.bundled
            return ActivityExtractor(profile: profile, tagger: taggerLoading.value(), rules: rules)
        }
        let files = ArticleCollector().collect(paths, diagnostics: &diagnostics)
        let readArticle = self.readArticle
        let extractor = loading.value()
        var activities: [Activity] = []
        var latest: CalendarDay?
        var failed = 0

        let process: @Sendable (String) -> FileOutcome = { path in
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
        var done = 0
        Self.orderedStream(files, workers: workers, window: max(batchSize * 4, workers * 64), process) { outcome in
            for issue in outcome.issues { diagnostics.add(Self.diagnostic(issue)) }
            if outcome.failed { failed += 1 }
            if let p = outcome.published, latest.map({ p > $0 }) ?? true { latest = p }
            for activity in outcome.activities where includePlanned || activity.status == .done { activities.append(activity) }
            done += 1
            if done % batchSize == 0 || done == files.count { progress?(done, files.count, activities.count) }
        }
        let merged = extractor.merge(activities)
        // Put in chronological order here, sorting positions by keys read once; the timeline's own
        // (stable) sort then finds them in order and keeps them so.
        let timeline = Timeline(subject: profile.name, activities: Self.chronological(merged.activities),
                                mergedCount: merged.mergedCount)
        return Result(timeline: timeline, diagnostics: diagnostics, filesRead: files.count - failed,
                      filesFailed: failed + diagnostics.failedFiles.subtracting(files).count, latestPublication: latest)
    }

    /// `activities` in the order of ``Timeline/chronological(_:_:)``: the same stable sort, done on
    /// positions with the dates read once, so the activities themselves are moved once.
    static func chronological(_ activities: [Activity]) -> [Activity] {
        let keys = activities.map { a in (end: a.end.ordinal, start: (a.start ?? a.end).ordinal, undated: a.start == nil) }
        let order = activities.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.end != b.end { return a.end < b.end }
            if a.start != b.start { return a.start < b.start }
            if a.undated != b.undated { return !a.undated }
            if activities[i].title != activities[j].title { return activities[i].title < activities[j].title }
            return activities[i].id < activities[j].id
        }
        return order.map { activities[$0] }
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

    /// Runs `transform` on every item on `workers` threads that each pull the next item (no
    /// batch barriers), and hands the results to `consume` on the calling thread in item order.
    /// Workers run at most `window` items ahead of `consume`, so results stay streamed.
    static func orderedStream<T: Sendable, R: Sendable>(_ items: [T], workers: Int, window: Int,
                                                        _ transform: @escaping @Sendable (T) -> R,
                                                        consume: (R) -> Void) {
        if workers == 1 || items.count < 2 {
            for item in items { consume(transform(item)) }
            return
        }
        let state = StreamState<R>(count: items.count, window: max(window, workers))
        let threads = min(workers, items.count)
        for _ in 0..<threads {
            let thread = Thread {
                while let index = state.nextIndex() {
                    state.store(transform(items[index]), at: index)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var index = 0
        while index < items.count {
            let results = state.take(from: index)
            index += results.count
            for result in results { consume(result) }
        }
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

/// A value made on a background thread, waited for when needed.
private final class Loading<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ make: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = make()
            self.done.signal()
        }
    }

    func value() -> T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}

/// Lets worker threads write disjoint slots of one buffer.
private struct SendableBuffer<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(_ buffer: UnsafeMutableBufferPointer<R?>) { self.buffer = buffer }
}

/// Shared state of ``ExtractionPipeline/orderedStream``: the next item to start, finished results
/// waiting for the consumer, and the consumer's position (bounds how far workers run ahead).
///
/// The consumer takes results in runs of up to ``run`` and sleeps until a whole run is ready:
/// woken for every item, it cost a context switch per article.
private final class StreamState<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [R?]
    private var next = 0
    private var consumed = 0
    /// Every result before this index is stored.
    private var frontier = 0
    /// The frontier the consumer sleeps for (`Int.max`: not sleeping).
    private var wanted = Int.max
    private var workersWaiting = 0
    private let window: Int
    /// Never more than the window, or the consumer would wait for results no worker may start.
    private let run: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
        run = min(32, window)
    }

    /// The next item index to process, waiting while the window is full; `nil` when all are taken.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < slots.count && next >= consumed + window {
            workersWaiting += 1
            condition.wait()
            workersWaiting -= 1
        }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: R, at index: Int) {
        condition.lock()
        slots[index] = result
        while frontier < slots.count && slots[frontier] != nil { frontier += 1 }
        if frontier >= wanted {
            wanted = .max
            condition.broadcast()
        }
        condition.unlock()
    }

    /// The results from `index` (the consumer's position) on, at least one and at most ``run``,
    /// waiting until they are ready.
    func take(from index: Int) -> [R] {
        condition.lock()
        defer { condition.unlock() }
        let target = min(index + run, slots.count)
        while frontier < target {
            wanted = target
            condition.wait()
        }
        var results: [R] = []
        results.reserveCapacity(frontier - index)
        for k in index..<frontier {
            results.append(slots[k]!)
            slots[k] = nil
        }
        consumed = frontier
        if workersWaiting > 0 { condition.broadcast() }
        return results
    }
}
