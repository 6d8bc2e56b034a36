import CorpusGeneration
import Foundation
import NewsArticles
import TemporalTagging

/// Tagger throughput on texts of growing size made of generated article bodies.
enum TaggerStage {
    struct Row {
        var bytes: Int
        var seconds: Double?
        var expressions: Int
        var note: String
    }

    /// A text of about `bytes` UTF-8 bytes: article bodies joined by blank lines.
    static func text(bytes: Int, generator: CorpusGenerator) -> String {
        var pieces: [String] = []
        var total = 0, index = 0
        while total < bytes {
            let body = generator.article(index).text.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
            pieces.append(body)
            total += body.utf8.count + 2
            index += 1
        }
        let joined = pieces.joined(separator: "\n\n")
        return String(decoding: joined.utf8.prefix(bytes), as: UTF8.self)
    }

    /// Tags each size once (twice for the small ones, keeping the faster); stops growing when a
    /// size takes longer than `budget` seconds.
    static func run(sizes: [Int], generator: CorpusGenerator, budget: Double) -> [Row] {
        var rows: [Row] = []
        var stop = false
        let reference = CalendarDay(year: 2020, month: 6, day: 15)
        for size in sizes {
            if stop { rows.append(Row(bytes: size, seconds: nil, expressions: 0, note: "skipped: previous size over \(Int(budget)) s")); continue }
            let text = text(bytes: size, generator: generator)
            var best = Double.infinity, found = 0
            for _ in 0..<(size <= 100_000 ? 3 : 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                found = TemporalTagger.shared.tag(text, reference: reference).count
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            rows.append(Row(bytes: size, seconds: best, expressions: found, note: ""))
            if best > budget { stop = true }
        }
        return rows
    }
}
