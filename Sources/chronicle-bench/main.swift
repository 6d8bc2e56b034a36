// chronicle-bench: the figures of `make bench`, printed as Markdown tables.
//
//   chronicle-bench [--sizes 1000,10000,100000] [--activities 1000,10000,100000] [--render-runs 5] [--extract-runs 3]
//                   [--merge 1000,10000,100000] [--tagger 1000,…,10000000]
//                   [--work DIR] [--chronicle PATH] [--seed N] [--timeout SECONDS]
//
// Articles: a seeded corpus per size (cached in --work), then `chronicle extract` and
// `chronicle report` as child processes: wall time, CPU/wall (cores kept busy), peak RSS.
// Activities: layout + PDF + PNG of a synthetic timeline, each size in its own child process
// (up to 10,000 activities --render-runs times, the median shown: the machine is noisy).
// Tagger: MB/s on texts from 1 KB to 10 MB (growth should be linear: MB/s about constant).
import ChronicleKit
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

if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print("""
        usage: chronicle-bench [--sizes 1000,10000,100000] [--activities 1000,10000,100000] [--render-runs 5] [--extract-runs 3]
                               [--merge 1000,10000,100000] [--tagger 1000,…,10000000]
                               [--work DIR] [--chronicle PATH] [--seed N] [--timeout SECONDS]
        Prints Markdown tables: extract and report per corpus size, extraction stages, merging,
        layout + PDF + PNG per activity count, tagger MB/s per input size.
        """)
    exit(0)
}

// Child mode: the extraction pipeline stage by stage.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "stages" {
    StagesStage.run(folder: CommandLine.arguments[2])
    exit(0)
}

// Child mode: one merge stage.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "merge-stage" {
    MergeStage.run(count: Int(CommandLine.arguments[2]) ?? 0)
    exit(0)
}

// Child mode: one render stage (memory settings as in `chronicle`).
if CommandLine.arguments.count >= 4, CommandLine.arguments[1] == "render-stage" {
    MallocArenas.limit()
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
let timeout = Double(option("--timeout") ?? "300") ?? 300
let mergeCounts = list("--merge", [1000, 10_000, 100_000])
let renderRuns = max(1, Int(option("--render-runs") ?? "5") ?? 5)
let extractRunCount = max(1, Int(option("--extract-runs") ?? "3") ?? 3)
var extractRunsDone: [Int: Int] = [:]

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
    lines.append("| articles | corpus MB | extract s (median) | runs | articles/s | extract CPU s | articles/CPU-s | extract CPU/wall | extract peak MiB | activities | report s | report CPU s | report CPU/wall | report peak MiB | exit |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
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
        // Up to 10,000 articles, the run with the median wall time of `--extract-runs` (the machine
        // is noisy: single runs differ by up to 20%); 100,000 once.
        var extractRuns: [ChildProcess.Measurement] = []
        for _ in 0..<(size <= 10_000 ? extractRunCount : 1) {
            let m = try ChildProcess.run([chronicle, "extract", folder + "/articles", "--format", "jsonl", "--quiet"],
                                         stdoutPath: jsonl, stderrPath: "\(work)/extract-\(size).err", timeout: timeout)
            extractRuns.append(m)
            if m.timedOut || m.status != 0 { break }
        }
        let extract = extractRuns.count < extractRunCount || extractRuns.contains(where: { $0.timedOut || $0.status != 0 })
            ? extractRuns[extractRuns.count - 1]
            : extractRuns.sorted { $0.wallSeconds < $1.wallSeconds }[extractRuns.count / 2]
        extractRunsDone[size] = extractRuns.count
        let activities = (try? Data(contentsOf: URL(fileURLWithPath: jsonl)))?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        log("report \(size) …")
        try? FileManager.default.removeItem(atPath: folder + "/out")
        let report = try ChildProcess.run([chronicle, "report", folder, "--quiet"], stderrPath: "\(work)/report-\(size).err",
                                          timeout: timeout)
        if !report.timedOut { reportSeconds[size] = report.wallSeconds }
        reportPeak[size] = report.peakBytes
        if !extract.timedOut { extractRate[size] = Double(size) / extract.wallSeconds }
        extractParallel[size] = extract.parallelism
        func seconds(_ m: ChildProcess.Measurement) -> String {
            m.timedOut ? "> \(Int(timeout)) (stopped)" : String(format: "%.2f", m.wallSeconds)
        }
        lines.append("| \(size) | \(String(format: "%.1f", Double(corpusBytes) / 1e6)) | \(seconds(extract)) | \(extractRunsDone[size] ?? 1) | \(extract.timedOut ? "–" : String(format: "%.0f", Double(size) / extract.wallSeconds)) | \(String(format: "%.1f", extract.cpuSeconds)) | \(extract.timedOut ? "–" : String(format: "%.0f", Double(size) / max(extract.cpuSeconds, 0.001))) | \(String(format: "%.2f", extract.parallelism)) | \(mib(extract.peakBytes)) | \(extract.timedOut ? "–" : String(activities)) | \(seconds(report)) | \(String(format: "%.1f", report.cpuSeconds)) | \(String(format: "%.2f", report.parallelism)) | \(mib(report.peakBytes)) | \(extract.status)/\(report.status) |")
    }
    lines.append("")

    // Stages of extraction.
    lines.append("| articles | read s | read articles/s | read+tag+extract s | extract articles/s | extract CPU/wall | activities | merge s | stages peak MiB |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes {
        log("stages \(size) …")
        let outFile = "\(work)/stages-\(size).txt"
        let m = try ChildProcess.run([selfPath, "stages", "\(work)/corpus-\(seed)-\(size)/articles"], stdoutPath: outFile,
                                     timeout: timeout)
        var stage: [String: (Double, Int)] = [:]
        var stageCPU: [String: Double] = [:]
        for line in ((try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "").split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count == 4, let s = Double(f[1]), let n = Int(f[2]), let c = Double(f[3]) {
                stage[String(f[0])] = (s, n)
                stageCPU[String(f[0])] = c
            }
        }
        var extractParallelism = "–"
        if let (s, _) = stage["extract"], let c = stageCPU["extract"] { extractParallelism = String(format: "%.2f", c / max(s, 0.001)) }
        func cell(_ name: String, _ rate: Bool = false) -> String {
            guard let (s, _) = stage[name] else { return name == "merge" && m.timedOut ? "> \(Int(timeout - (stage["read"]?.0 ?? 0) - (stage["extract"]?.0 ?? 0))) (stopped)" : "–" }
            return rate ? String(format: "%.0f", Double(size) / s) : String(format: "%.2f", s)
        }
        lines.append("| \(size) | \(cell("read")) | \(cell("read", true)) | \(cell("extract")) | \(cell("extract", true)) | \(extractParallelism) | \(stage["extract"].map { String($0.1) } ?? "–") | \(cell("merge")) | \(mib(m.peakBytes)) |")
    }
    lines.append("")

    // Merging.
    lines.append("| activities to merge | merge s | merged | note |")
    lines.append("|---:|---:|---:|---|")
    var mergeStopped = false
    for count in mergeCounts {
        if mergeStopped { lines.append("| \(count) | – | – | skipped: smaller size stopped |"); continue }
        log("merge \(count) activities …")
        let outFile = "\(work)/merge-\(count).txt"
        let m = try ChildProcess.run([selfPath, "merge-stage", String(count)], stdoutPath: outFile, timeout: min(timeout, 120))
        let numbers = ((try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        if m.timedOut || numbers.count != 2 {
            lines.append("| \(count) | > \(Int(min(timeout, 120))) (stopped) | – | exit \(m.status) |")
            mergeStopped = true
        } else {
            lines.append("| \(count) | \(String(format: "%.3f", numbers[0])) | \(Int(numbers[1])) | |")
        }
    }
    lines.append("")

    // Activities: layout + PDF + PNG. Up to 10,000 activities each size runs several times (this
    // machine is noisy) and the run with the median render time is shown.
    lines.append("| activities | layout s | PDF s | PNG + summary after the PDF s | render s (median) | render s (min) | runs | process s | pages | peak MiB | exit |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var renderMedian: [Int: Double] = [:]
    for count in activityCounts {
        log("render \(count) activities …")
        let runs = count <= 10_000 ? renderRuns : 1
        var done: [(numbers: [Double], m: ChildProcess.Measurement)] = []
        var failed: ChildProcess.Measurement?
        for _ in 0..<runs {
            let outFile = "\(work)/render-\(count).txt"
            let m = try ChildProcess.run([selfPath, "render-stage", String(count), "\(work)/render-\(count)"],
                                         stdoutPath: outFile, stderrPath: "\(work)/render-\(count).err", timeout: timeout)
            let fields = ((try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" })
            let numbers = fields.compactMap { Double($0) }
            if numbers.count == 4 { done.append((numbers, m)) } else { failed = m; break }
        }
        if let m = failed {
            lines.append("| \(count) | – | – | – | – | – | \(runs) | \(String(format: "%.2f", m.wallSeconds)) | – | \(mib(m.peakBytes)) | \(m.status) |")
            continue
        }
        let sorted = done.sorted { $0.numbers[0...2].reduce(0, +) < $1.numbers[0...2].reduce(0, +) }
        let median = sorted[sorted.count / 2], n = median.numbers
        let total = n[0...2].reduce(0, +)
        renderMedian[count] = total
        lines.append("| \(count) | \(String(format: "%.2f", n[0])) | \(String(format: "%.2f", n[1])) | \(String(format: "%.2f", n[2])) | \(String(format: "%.2f", total)) | \(String(format: "%.2f", sorted[0].numbers[0...2].reduce(0, +))) | \(runs) | \(String(format: "%.2f", median.m.wallSeconds)) | \(Int(n[3])) | \(mib(median.m.peakBytes)) | \(median.m.status) |")
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
        if let s = reportSeconds[big] {
            lines.append("- \(big) articles, full report: \(String(format: "%.1f", s)) s (target < 60 s for 100000) \(big == 100_000 ? (s < 60 ? "PASS" : "FAIL") : "")")
        } else {
            lines.append("- \(big) articles, full report: stopped after \(Int(timeout)) s (target < 60 s) FAIL")
        }
        if extractRate[big] == nil { lines.append("- \(big) articles, extract: stopped after \(Int(timeout)) s FAIL") }
        if let p = reportPeak[big] { lines.append("- \(big) articles, peak memory: \(mib(p)) MiB (target < 1024 MiB) \(p < 1 << 30 ? "PASS" : "FAIL")") }
        if big != small, reportSeconds[big] == nil, let b = reportSeconds[small] {
            lines.append("- growth: report(\(big)) / report(\(small)) > \(String(format: "%.0f", timeout / b))× (stopped; target ≤ \(String(format: "%.0f", 1.1 * Double(big) / Double(small)))×) FAIL")
        }
        if big != small, let a = reportSeconds[big], let b = reportSeconds[small] {
            let limit = 1.1 * Double(big) / Double(small)
            lines.append("- growth: report(\(big)) / report(\(small)) = \(String(format: "%.1f", a / b))× (target ≤ \(String(format: "%.0f", limit))×) \(a / b <= limit ? "PASS" : "FAIL")")
        }
        if let r = extractRate[big] { lines.append("- extract throughput at \(big): \(String(format: "%.0f", r)) articles/s (target ≥ 5000) \(r >= 5000 ? "PASS" : "FAIL")") }
        if let p = extractParallel[big] { lines.append("- extract parallelism at \(big): CPU/wall \(String(format: "%.2f", p)) on \(cores) cores \(p > 1.3 || cores == 1 ? "PASS" : "FAIL")") }
    }
    if let r = renderMedian[10_000] {
        lines.append("- 10000 activities, layout + PDF + PNG: \(String(format: "%.2f", r)) s, median of \(renderRuns) runs (target < 1.5 s) \(r < 1.5 ? "PASS" : "FAIL")")
    }
    if let a = renderMedian[100_000], let b = renderMedian[10_000] {
        lines.append("- render growth: 100000 / 10000 activities = \(String(format: "%.1f", a / b))× (linear = 10×; target ≤ 15×) \(a / b <= 15 ? "PASS" : "FAIL")")
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
