// chronicle-bench: the figures of `make bench`, printed as Markdown tables.
//
//   chronicle-bench [--sizes 1000,10000,100000] [--activities 1000,10000,100000]
//                   [--tagger 1000,…,10000000] [--work DIR] [--chronicle PATH] [--seed N]
//
// Articles: a seeded corpus per size (cached in --work), then `chronicle extract` and
// `chronicle report` as child processes: wall time, CPU/wall (cores kept busy), peak RSS.
// Activities: layout + PDF + PNG of a synthetic timeline, each size in its own child process.
// Tagger: MB/s on texts from 1 KB to 10 MB (growth should be linear: MB/s about constant).
import CorpusGeneration
import Foundation

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func list(_ name: String, _ fallback: [Int]) -> [Int] {
    option(name).map { $0.split(separator: ",").compactMap { Int($0) } } ?? fallback
}

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

func mib(_ bytes: Int) -> String { String(format: "%.0f", Double(bytes) / 1_048_576) }

// Child mode: one render stage.
if CommandLine.arguments.count >= 4, CommandLine.arguments[1] == "render-stage" {
    do {
        try RenderStage.run(count: Int(CommandLine.arguments[2]) ?? 0, folder: CommandLine.arguments[3])
        exit(0)
    } catch {
        log("render-stage: \(error)")
        exit(1)
    }
}

let sizes = list("--sizes", [1000, 10_000, 100_000])
let activityCounts = list("--activities", [1000, 10_000, 100_000])
let taggerSizes = list("--tagger", [1_000, 10_000, 100_000, 1_000_000, 10_000_000])
let seed = UInt64(option("--seed") ?? "1") ?? 1
let work = option("--work") ?? NSTemporaryDirectory() + "chronicle-bench"
let selfPath = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
let chronicle = option("--chronicle") ?? (selfPath as NSString).deletingLastPathComponent + "/chronicle"
let cores = ProcessInfo.processInfo.activeProcessorCount

guard FileManager.default.isExecutableFile(atPath: chronicle) else {
    log("chronicle-bench: no chronicle executable at \(chronicle) (build it, or pass --chronicle PATH)")
    exit(2)
}

do {
    let generator = try CorpusGenerator(seed: seed)
    var lines: [String] = []
    lines.append("## Chronicle benchmark — \(cores) cores, seed \(seed)")
    lines.append("")

    // Articles.
    lines.append("| articles | corpus MB | extract s | articles/s | extract CPU/wall | extract peak MiB | activities | report s | report CPU/wall | report peak MiB | exit |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var reportSeconds: [Int: Double] = [:]
    var reportPeak: [Int: Int] = [:]
    var extractRate: [Int: Double] = [:]
    var extractParallel: [Int: Double] = [:]
    for size in sizes {
        let folder = "\(work)/corpus-\(seed)-\(size)"
        let marker = folder + "/.complete"
        var corpusBytes = 0
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let bytes = Int(text) {
            corpusBytes = bytes
        } else {
            log("generating \(size) articles in \(folder) …")
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
            corpusBytes = try CorpusWriter(generator: generator).write(count: size, into: folder + "/articles")
            let settings = "title: Benchmark, \(size) articles\nsubject:\n  name: Sabina Aliyeva\n  aliases: [Sabina Aliyev, Aliyeva]\narticles: articles\n"
            try settings.write(toFile: folder + "/report.yml", atomically: true, encoding: .utf8)
            try String(corpusBytes).write(toFile: marker, atomically: true, encoding: .utf8)
        }
        log("extract \(size) …")
        let jsonl = "\(work)/extract-\(size).jsonl"
        let extract = try ChildProcess.run([chronicle, "extract", folder + "/articles", "--format", "jsonl", "--quiet"],
                                           stdoutPath: jsonl, stderrPath: "\(work)/extract-\(size).err")
        let activities = (try? Data(contentsOf: URL(fileURLWithPath: jsonl)))?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        log("report \(size) …")
        try? FileManager.default.removeItem(atPath: folder + "/out")
        let report = try ChildProcess.run([chronicle, "report", folder, "--quiet"], stderrPath: "\(work)/report-\(size).err")
        reportSeconds[size] = report.wallSeconds
        reportPeak[size] = report.peakBytes
        extractRate[size] = Double(size) / extract.wallSeconds
        extractParallel[size] = extract.parallelism
        lines.append("| \(size) | \(String(format: "%.1f", Double(corpusBytes) / 1e6)) | \(String(format: "%.2f", extract.wallSeconds)) | \(String(format: "%.0f", Double(size) / extract.wallSeconds)) | \(String(format: "%.2f", extract.parallelism)) | \(mib(extract.peakBytes)) | \(activities) | \(String(format: "%.2f", report.wallSeconds)) | \(String(format: "%.2f", report.parallelism)) | \(mib(report.peakBytes)) | \(extract.status)/\(report.status) |")
    }
    lines.append("")

    // Activities: layout + PDF + PNG.
    lines.append("| activities | layout s | PDF s | PNG s | total s | pages | peak MiB | exit |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in activityCounts {
        log("render \(count) activities …")
        let outFile = "\(work)/render-\(count).txt"
        let m = try ChildProcess.run([selfPath, "render-stage", String(count), "\(work)/render-\(count)"],
                                     stdoutPath: outFile, stderrPath: "\(work)/render-\(count).err")
        let fields = ((try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" })
        let numbers = fields.compactMap { Double($0) }
        if numbers.count == 4 {
            lines.append("| \(count) | \(String(format: "%.2f", numbers[0])) | \(String(format: "%.2f", numbers[1])) | \(String(format: "%.2f", numbers[2])) | \(String(format: "%.2f", m.wallSeconds)) | \(Int(numbers[3])) | \(mib(m.peakBytes)) | \(m.status) |")
        } else {
            lines.append("| \(count) | – | – | – | \(String(format: "%.2f", m.wallSeconds)) | – | \(mib(m.peakBytes)) | \(m.status) |")
        }
    }
    lines.append("")

    // Tagger.
    log("tagger …")
    lines.append("| tagger input | seconds | MB/s | expressions | note |")
    lines.append("|---:|---:|---:|---:|---|")
    let taggerRows = TaggerStage.run(sizes: taggerSizes, generator: generator, budget: 60)
    for row in taggerRows {
        let label = row.bytes >= 1_000_000 ? "\(row.bytes / 1_000_000) MB" : "\(row.bytes / 1000) KB"
        if let s = row.seconds {
            lines.append("| \(label) | \(String(format: "%.4f", s)) | \(String(format: "%.2f", Double(row.bytes) / 1e6 / s)) | \(row.expressions) | \(row.note) |")
        } else {
            lines.append("| \(label) | – | – | – | \(row.note) |")
        }
    }
    lines.append("")

    // Targets.
    lines.append("Targets:")
    if let big = sizes.max(), let small = sizes.min() {
        if let s = reportSeconds[big] { lines.append("- \(big) articles, full report: \(String(format: "%.1f", s)) s (target < 60 s for 100000) \(big == 100_000 ? (s < 60 ? "PASS" : "FAIL") : "")") }
        if let p = reportPeak[big] { lines.append("- \(big) articles, peak memory: \(mib(p)) MiB (target < 1024 MiB) \(p < 1 << 30 ? "PASS" : "FAIL")") }
        if big != small, let a = reportSeconds[big], let b = reportSeconds[small] {
            let limit = 1.1 * Double(big) / Double(small)
            lines.append("- growth: report(\(big)) / report(\(small)) = \(String(format: "%.1f", a / b))× (target ≤ \(String(format: "%.0f", limit))×) \(a / b <= limit ? "PASS" : "FAIL")")
        }
        if let r = extractRate[big] { lines.append("- extract throughput at \(big): \(String(format: "%.0f", r)) articles/s (target ≥ 5000) \(r >= 5000 ? "PASS" : "FAIL")") }
        if let p = extractParallel[big] { lines.append("- extract parallelism at \(big): CPU/wall \(String(format: "%.2f", p)) on \(cores) cores \(p > 1.3 || cores == 1 ? "PASS" : "FAIL")") }
    }
    let timed = taggerRows.compactMap { row in row.seconds.map { (row.bytes, Double(row.bytes) / $0) } }.filter { $0.0 >= 100_000 }
    if let first = timed.first, let last = timed.last, first.0 != last.0 {
        let ratio = last.1 / first.1
        lines.append("- tagger growth: MB/s at \(last.0 / 1000) KB is \(String(format: "%.2f", ratio))× that at \(first.0 / 1000) KB (linear ≈ 1; target ≥ 0.5) \(ratio >= 0.5 ? "PASS" : "FAIL")")
    }
    print(lines.joined(separator: "\n"))
} catch {
    log("chronicle-bench: \(error)")
    exit(1)
}
