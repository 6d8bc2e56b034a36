import ActivityExtraction
import ChronicleKit
import Foundation
import NewsArticles
import TemporalTagging

/// The code under fuzzing: each target takes arbitrary bytes, must never crash, hang or break
/// its own invariants (a broken invariant traps, so the fuzzer keeps the input).
enum FuzzTarget: String, CaseIterable {
    case reader, tagger, settings, extract

    /// The target under test: the first argument, or `CHRONICLE_FUZZ_TARGET` when libFuzzer's own
    /// `main` runs instead of ours.
    nonisolated(unsafe) static var selected: FuzzTarget =
        ProcessInfo.processInfo.environment["CHRONICLE_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .reader

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .reader: Self.reader(Array(bytes))
        case .tagger: Self.tagger(Array(bytes))
        case .settings: Self.settings(Array(bytes))
        case .extract: Self.extract(Array(bytes))
        }
    }

    /// Article reader: any bytes give an article or an `ArticleIssue`; every offset lies in the text.
    static func reader(_ bytes: [UInt8]) {
        guard let article = try? ArticleReader().parse(bytes: bytes, path: "fuzz.txt") else { return }
        let count = article.text.unicodeScalars.count
        check(article.bodyStart >= 0 && article.bodyStart <= count, "bodyStart \(article.bodyStart) outside 0...\(count)")
        var previousEnd = 0
        for (index, sentence) in article.sentences.enumerated() {
            check(sentence.range.lowerBound >= previousEnd && sentence.range.upperBound <= count,
                  "sentence \(index) range \(sentence.range) out of order or outside 0..<\(count)")
            check(!sentence.range.isEmpty, "empty sentence \(index)")
            check(article.paragraphs.indices.contains(sentence.paragraph), "sentence \(index) in no paragraph")
            check(sentence.line >= 1, "sentence \(index) on line \(sentence.line)")
            previousEnd = sentence.range.upperBound
        }
        for paragraph in article.paragraphs {
            check(paragraph.range.upperBound <= count && paragraph.sentences.upperBound <= article.sentences.count,
                  "paragraph \(paragraph) outside the text")
        }
    }

    /// Temporal tagger: expressions in order, inside the text, their text the text at their offsets.
    static func tagger(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        let reference = CalendarDay(year: 2023, month: 10, day: 12)
        for expression in TemporalTagger.shared.tag(text, reference: reference) {
            check(expression.start >= 0 && expression.start < expression.end && expression.end <= scalars.count,
                  "expression '\(expression.text)' at \(expression.start)..<\(expression.end) outside 0..<\(scalars.count)")
            let found = String(String.UnicodeScalarView(scalars[expression.start..<expression.end]))
            check(found == expression.text, "expression text '\(expression.text)' is not the text at its offsets ('\(found)')")
            if let span = expression.span { check(span.first <= span.last, "span \(span) ends before it starts") }
        }
    }

    /// The extractor, built once: reading the rules is the slow part.
    static let extractor = ActivityExtractor(profile: .bundledDefault())

    /// Activity extraction on any article the reader accepts: activities end on or after they start,
    /// and their evidence lies inside the text. (A crash here ends a whole run of many files.)
    static func extract(_ bytes: [UInt8]) {
        // (A header, so that most inputs reach the extractor with a publication date.)
        guard let article = try? ArticleReader().parse(bytes: Array(" date 2023-10-12 (Fuzz)\n".utf8) + bytes, path: "fuzz.txt") else { return }
        let count = article.text.unicodeScalars.count
        for activity in extractor.extract(from: article) {
            if let start = activity.start { check(start <= activity.end, "activity '\(activity.title)' ends before it starts") }
            for source in activity.sources {
                if let offset = source.offset, let length = source.length {
                    check(offset >= 0 && length >= 0 && offset + length <= count,
                          "evidence at \(offset)+\(length) outside 0..<\(count)")
                }
            }
        }
    }

    /// report.yml: any text gives settings or a `Diagnostic` naming report.yml.
    static func settings(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try ReportSettings.parse(text, folder: "/nonexistent-chronicle-fuzz")
        } catch let diagnostic as Diagnostic {
            check(diagnostic.file.hasPrefix("/nonexistent-chronicle-fuzz"), "diagnostic names '\(diagnostic.file)'")
        } catch {
            check(false, "error that is not a Diagnostic: \(error)")
        }
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition {
            FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
            abort()
        }
    }
}

#if FUZZING
/// libFuzzer's entry point, for when its own `main` is linked in.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#endif
