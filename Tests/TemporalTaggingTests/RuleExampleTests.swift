import NewsArticles
import Testing
@testable import TemporalTagging

/// Every `> sentence | dct | span | TYPE | value` line beside the rules is a test case.
@Suite struct RuleExampleTests {
    static let tagger = TemporalTagger.shared

    @Test func rulesLoad() {
        #expect(Self.tagger.loadError == nil)
        #expect(Self.tagger.book.rules.count > 50)
    }

    @Test func malformedAlternativesNameFileAndLine() {
        #expect(throws: RuleError.self) { try PatternElement.parse("(ahead|to", file: "x.rules", line: 3) }
        do {
            _ = try PatternElement.parse("come)", file: "x.rules", line: 3)
            Issue.record("a split alternative was accepted")
        } catch let error as RuleError {
            #expect(error.description.hasPrefix("x.rules:3:"))
        } catch { Issue.record("unexpected error \(error)") }
        #expect((try? PatternElement.parse("(", file: "x.rules", line: 1)) == .literal("("))
        #expect((try? PatternElement.parse("(ahead|later)?", file: "x.rules", line: 1))
            == .optional(.any([.literal("ahead"), .literal("later")])))
    }

    @Test func thereAreEnoughExamples() {
        #expect(Self.tagger.book.examples.count >= 100)
    }

    @Test(arguments: TemporalTagger.shared.book.examples)
    func example(_ example: RuleExample) {
        let reference = CalendarDay(iso: example.reference)
        #expect(reference != nil, "\(example.file):\(example.line): bad reference date")
        let found = Self.tagger.tag(example.sentence, reference: reference)
        let place = "\(example.file):\(example.line): \(example.sentence)"
        if example.span == "-" {
            #expect(found.isEmpty, "\(place) → unexpected \(found.map { "\($0.text)=\($0.value)" })")
            return
        }
        let hit = found.first { $0.text == example.span }
        #expect(hit != nil, "\(place) → found \(found.map { "[\($0.text)] \($0.type.rawValue) \($0.value)" })")
        guard let hit else { return }
        #expect(hit.type.rawValue == example.type, "\(place) → type \(hit.type.rawValue)")
        #expect(hit.value == example.value, "\(place) → value \(hit.value)")
        let scalars = Array(example.sentence.unicodeScalars)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[hit.start..<hit.end])
        #expect(text == hit.text, "\(place) → offsets do not give the text")
    }
}
