import NewsArticles
import Testing
@testable import TemporalTagging

/// The `chronicle dates` line format and the article header date.
@Suite struct OutputFormatTests {
    @Test func jsonLineKeepsKeyOrderAndEscapes() {
        let e = TimeExpression(start: 3, end: 16, text: "Oct. \"10\"\\\n", type: .date, value: "2023-10-10")
        #expect(e.jsonLine == #"{"start": 3, "end": 16, "text": "Oct. \"10\"\\\n", "type": "DATE", "value": "2023-10-10"}"#)
        let control = TimeExpression(start: 0, end: 1, text: "\u{1}é", type: .set, value: "P1D")
        #expect(control.jsonLine.contains(#""text": "\u0001é""#))
    }

    @Test func headerDate() {
        #expect(ArticleHeaderDate.find(in: " date 2023-10-12 (MENAFN- AzerNews)\n\nText")?.iso == "2023-10-12")
        #expect(ArticleHeaderDate.find(in: "\u{FEFF} date 2024-02-05 (APA)\r\n")?.iso == "2024-02-05")
        #expect(ArticleHeaderDate.find(in: "On 2023-10-12 she spoke.") == nil)
        #expect(ArticleHeaderDate.find(in: " date 2023-02-30 (X)") == nil)
        #expect(ArticleHeaderDate.find(in: "") == nil)
    }

    @Test func taggingIsDeterministic() {
        let text = "Over the past two months, no more than 20 days, until the end of 2023, she met them on April 24 and 25."
        let a = TemporalTagger.shared.tag(text, reference: CalendarDay(iso: "2023-10-12"))
        let b = TemporalTagger().tag(text, reference: CalendarDay(iso: "2023-10-12"))
        #expect(a == b)
        #expect(a.map(\.text) == ["the past two months", "no more than 20 days", "the end of 2023", "April 24", "25"])
    }
}
