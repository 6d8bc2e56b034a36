import CorpusGeneration
import Foundation

/// A temporary folder for one test, removed (and unmounted) at the end.
final class Scratch {
    let path: String
    private var mounts: [String] = []

    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "chronicle-kit-\(safe)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        for mount in mounts.reversed() { _ = Scratch.command("/bin/umount", ["-l", mount]) }
        _ = chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    /// `count` generated articles under `relative` (all in one folder when `oneFolder`).
    func corpus(_ relative: String, count: Int, seed: UInt64 = 3, oneFolder: Bool = false) throws -> String {
        let generator = try CorpusGenerator(seed: seed, shardSize: oneFolder ? max(count, 1) : 1000)
        let folder = path + "/" + relative
        try CorpusWriter(generator: generator).write(count: count, into: folder)
        return oneFolder ? folder + "/000" : folder
    }

    /// A report folder with report.yml naming `articles`.
    func report(articles: String = "articles", extra: String = "") throws -> String {
        try write("report.yml", "title: Robustness\nsubject:\n  name: Sabina Aliyeva\n  aliases: [Sabina Aliyev, Aliyeva]\narticles: \(articles)\n\(extra)")
        return path
    }

    /// Mounts a tmpfs of `kilobytes` at `relative`; `nil` when mounting is not permitted here.
    func tmpfs(_ relative: String, kilobytes: Int) -> String? {
        let target = path + "/" + relative
        try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        guard Scratch.command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", target]) == 0 else { return nil }
        mounts.append(target)
        return target
    }

    /// Remounts a tmpfs read-only.
    func remountReadOnly(_ target: String) -> Bool {
        Scratch.command("/bin/mount", ["-o", "remount,ro", target]) == 0
    }

    static func command(_ tool: String, _ arguments: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func contents(_ relative: String) -> Data? { FileManager.default.contents(atPath: path + "/" + relative) }

    func names(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative)) ?? []).sorted()
    }
}

/// Whether this process can be denied a read by file permissions (not when running as root).
var permissionsApply: Bool { geteuid() != 0 }

let article = " date 2023-10-12 (MENAFN- Kura Press)\n\n\n\nOn October 10, Ombudsman Sabina Aliyeva visited a prison in Ganja.\n"
