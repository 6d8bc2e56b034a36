import ArgumentParser
import Foundation
import NewsArticles
import TemporalTagging

/// `chronicle dates --dct YYYY-MM-DD [FILE|-]`: the temporal expressions of a text, one JSON
/// object per line, offsets in Unicode scalars into the text exactly as read.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Print the date and time expressions of a text (TimeML TIMEX3) as JSON lines.",
        discussion: """
        Each line: {"start": N, "end": N, "text": "...", "type": "DATE|TIME|DURATION|SET", "value": "..."}; \
        start/end count Unicode scalars in the input as read, end exclusive. Without --dct the article \
        header date (' date YYYY-MM-DD (OUTLET)') is the reference; without either, relative dates stay unresolved.
        """
    )

    @Option(name: .long, help: "The reference (publication) date, YYYY-MM-DD.")
    var dct: String?

    @Argument(help: "A text file, or '-' for standard input (the default).")
    var file: String = "-"

    @Flag(name: .long, help: "Benchmark instead: tag the text repeated to 1 KB … 10 MB and print the speed per size.")
    var bench = false

    func run() throws {
        var reference: CalendarDay?
        if let dct {
            guard let day = CalendarDay(iso: dct.prefix(10)) else {
                throw ValidationError("--dct must be a date YYYY-MM-DD, not '\(dct)'")
            }
            reference = day
        }
        let bytes: Data
        if file == "-" {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                Terminal.printError("\(file): cannot read"); throw ExitCode(1)
            }
            bytes = data
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if reference == nil { reference = ArticleHeaderDate.find(in: text) }
        let tagger = TemporalTagger.shared
        if let problem = tagger.loadError { Terminal.printError("chronicle: temporal rules: \(problem)"); throw ExitCode(1) }
        if bench {
            Terminal.write(Self.benchmark(text, reference: reference ?? CalendarDay(iso: "2023-10-12")!))
            return
        }
        var out = ""
        for expression in tagger.tag(text, reference: reference) {
            out += expression.jsonLine
            out += "\n"
        }
        Terminal.write(out)
    }

    /// Tags the text (repeated or cut) at sizes from 1 KB to 10 MB; one line per size with the
    /// number of expressions and the speed, so growth can be checked to be linear.
    static func benchmark(_ text: String, reference: CalendarDay) -> String {
        var sample = Array(text.unicodeScalars)
        guard !sample.isEmpty else { return "empty input\n" }
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var out = "bytes\texpressions\tcpu_seconds\tMB/s_cpu\tMB/s_wall\n"
        for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
            while sample.count < size { sample += sample }
            var piece = ""
            piece.unicodeScalars.append(contentsOf: sample[0..<size])
            let bytes = piece.utf8.count
            let rounds = max(1, 2_000_000 / size)
            var found = 0
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStarted = cpuSeconds()
            for _ in 0..<rounds { found = TemporalTagger.shared.tag(piece, reference: reference).count }
            let cpu = (cpuSeconds() - cpuStarted) / Double(rounds)
            let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 / Double(rounds)
            let mb = Double(bytes) / 1e6
            out += "\(bytes)\t\(found)\t\(String(format: "%.5f", cpu))\t\(String(format: "%.1f", mb / cpu))\t\(String(format: "%.1f", mb / wall))\n"
        }
        return out
    }
}
