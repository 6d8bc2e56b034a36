import ActivityExtraction
import ChronicleKit
import Dispatch
import Foundation
import NewsArticles
import TimelineModel

/// The extraction pipeline taken apart, to see where the time goes (run in a child process,
/// printing one line per stage as it ends, so a stage stopped by the time limit still leaves
/// the ones before it):
///   `read SECONDS FILES CPU`    reading and parsing every article, on all cores
///   `extract SECONDS ACTIVITIES CPU` reading + tagging + extracting, on all cores
///   `merge SECONDS MERGED CPU`  merging the activities (one thread)
enum StagesStage {
    static func run(folder: String) {
        var diagnostics = Diagnostics()
        let files = ArticleCollector().collect([folder], diagnostics: &diagnostics)
        let reader = ArticleReader()
        let extractor = ActivityExtractor(profile: .bundledDefault())
        let cores = ProcessInfo.processInfo.activeProcessorCount

        let c0 = cpuSeconds()
        let t0 = DispatchTime.now().uptimeNanoseconds
        let sentences = Counter()
        DispatchQueue.concurrentPerform(iterations: cores * 8) { chunk in
            var i = chunk, local = 0
            while i < files.count {
                if let article = try? reader.read(fileAt: files[i]) { local += article.sentences.count }
                i += cores * 8
            }
            sentences.add(local)
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        let c1 = cpuSeconds()
        emit("read \(Double(t1 - t0) / 1e9) \(files.count) \(c1 - c0)")

        let batches = Collected()
        DispatchQueue.concurrentPerform(iterations: cores * 8) { chunk in
            var i = chunk
            var local: [(Int, [Activity])] = []
            while i < files.count {
                if let article = try? reader.read(fileAt: files[i]) { local.append((i, extractor.extract(from: article))) }
                i += cores * 8
            }
            batches.add(local)
        }
        let activities = batches.inFileOrder().filter { $0.status == .done }
        let t2 = DispatchTime.now().uptimeNanoseconds
        let c2 = cpuSeconds()
        emit("extract \(Double(t2 - t1) / 1e9) \(activities.count) \(c2 - c1)")

        let merged = extractor.merge(activities)
        let t3 = DispatchTime.now().uptimeNanoseconds
        emit("merge \(Double(t3 - t2) / 1e9) \(merged.mergedCount) \(cpuSeconds() - c2)")
    }

    /// User + system CPU time of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ n: Int) { lock.withLock { total += n } }
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(Int, [Activity])] = []
        func add(_ more: [(Int, [Activity])]) { lock.withLock { items += more } }
        func inFileOrder() -> [Activity] { lock.withLock { items.sorted { $0.0 < $1.0 }.flatMap(\.1) } }
    }
}
