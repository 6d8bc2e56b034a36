import ArgumentParser
import Foundation
import TemporalTagging

/// `chronicle evaluate-dates DIR`: scores the temporal tagger on a folder of TimeML documents
/// with the TempEval-3 measures (strict/relaxed span F1, value and type accuracy).
struct EvaluateDatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-dates",
        abstract: "Score the temporal tagger on TimeML (.tml) documents with the TempEval-3 measures."
    )

    @Argument(help: "A folder of .tml files (read in name order).")
    var folder: String

    @Flag(name: .long, help: "List, per document, the missed, extra and differing expressions.")
    var verbose = false

    func run() throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tml") }.sorted()
        } catch {
            Terminal.printError("\(folder): cannot list: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        guard !names.isEmpty else {
            Terminal.printError("\(folder): no .tml files")
            throw ExitCode(1)
        }
        let tagger = TemporalTagger.shared
        var scorer = TempEvalScorer()
        var failed = 0
        var out = ""
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let document: TimeMLDocument
            do {
                guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadUnknown) }
                document = try TimeMLDocument(parsing: String(decoding: data, as: UTF8.self), name: name)
            } catch {
                Terminal.printError("\(path): \(error)")
                failed += 1
                continue
            }
            let found = tagger.tag(document.text, reference: document.creationTime)
            let gold = document.timexes.map(TempEvalScorer.Item.init)
            let predicted = found.map(TempEvalScorer.Item.init)
            let pairs = scorer.add(gold: gold, predicted: predicted)
            if verbose { out += Self.details(name, document, found, pairs) }
        }
        out += scorer.report + "\n"
        Terminal.write(out)
        if failed > 0 { throw ExitCode(1) }
    }

    static func details(_ name: String, _ doc: TimeMLDocument, _ found: [TimeExpression], _ pairs: [(Int, Int)]) -> String {
        var lines = ["\(name): dct \(doc.creationTime?.iso ?? "-") gold \(doc.timexes.count) pred \(found.count)"]
        let matchedG = Set(pairs.map(\.0)), matchedP = Set(pairs.map(\.1))
        for (i, g) in doc.timexes.enumerated() where !matchedG.contains(i) { lines.append("   miss  '\(g.text)' \(g.type) \(g.value)") }
        for (i, p) in found.enumerated() where !matchedP.contains(i) { lines.append("   extra '\(p.text)' \(p.type.rawValue) \(p.value)") }
        for (gi, pi) in pairs {
            let g = doc.timexes[gi], p = found[pi]
            if g.value != p.value || g.start != p.start || g.end != p.end {
                lines.append("   diff  gold '\(g.text)' \(g.value) | pred '\(p.text)' \(p.value)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
