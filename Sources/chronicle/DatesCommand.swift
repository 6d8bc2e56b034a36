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
        var out = ""
        for expression in tagger.tag(text, reference: reference) {
            out += expression.jsonLine
            out += "\n"
        }
        Terminal.write(out)
    }
}
