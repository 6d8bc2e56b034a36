import Dispatch
import Foundation

/// Writes generated articles into a folder, in parallel, each file whole.
///
/// ```swift
/// let generator = try CorpusGenerator(seed: 1)
/// try CorpusWriter(generator: generator).write(count: 1000, into: "/tmp/corpus")
/// ```
public struct CorpusWriter: Sendable {
    public var generator: CorpusGenerator
    public var workers: Int

    public init(generator: CorpusGenerator, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.generator = generator
        self.workers = max(1, workers)
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public init(file: String, message: String) { self.file = file; self.message = message }
        public var description: String { "\(file): error: \(message)" }
    }

    /// Writes articles `0..<count` under `folder` (sub-folders of ``CorpusGenerator/shardSize``).
    /// Returns the number of bytes written.
    @discardableResult
    public func write(count: Int, into folder: String) throws -> Int {
        let shards = (count + generator.shardSize - 1) / generator.shardSize
        let failures = LockedList()
        let bytes = LockedCounter()
        let writeShard = { @Sendable (shard: Int) in
            let start = shard * generator.shardSize, end = min(count, start + generator.shardSize)
            var shardFolder: String?
            for index in start..<end {
                let article = generator.article(index)
                let path = folder + "/" + article.relativePath
                if shardFolder == nil {
                    let parent = (path as NSString).deletingLastPathComponent
                    do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                        failures.append(WriteError(file: parent, message: "cannot create folder: \(error.localizedDescription)"))
                        return
                    }
                    shardFolder = parent
                }
                let data = Data(article.text.utf8)
                guard FileManager.default.createFile(atPath: path, contents: data) else {
                    failures.append(WriteError(file: path, message: "cannot write: \(String(cString: strerror(errno)))"))
                    return
                }
                bytes.add(data.count)
            }
        }
        if workers == 1 {
            for shard in 0..<max(shards, 0) { writeShard(shard) }
        } else {
            DispatchQueue.concurrentPerform(iterations: max(shards, 0), execute: writeShard)
        }
        if let first = failures.first { throw first }
        return bytes.value
    }
}

private final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [CorpusWriter.WriteError] = []
    func append(_ e: CorpusWriter.WriteError) { lock.withLock { items.append(e) } }
    var first: CorpusWriter.WriteError? { lock.withLock { items.min { $0.file < $1.file } } }
}

private final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.withLock { total += n } }
    var value: Int { lock.withLock { total } }
}
