import NewsArticles
import Summaries
import Testing
import TimelineModel

@Suite("Briefing")
struct BriefingTests {
    static func day(_ s: String) -> CalendarDay { CalendarDay(iso: s)! }

    let timeline = Timeline(subject: "Sabina Aliyeva", activities: [
        Activity(id: "1", start: day("2023-10-10"), end: day("2023-10-11"), precision: .range, kind: .conference,
                 title: "Took part in the Vienna Migration Conference, a long title that certainly needs wrapping somewhere",
                 location: "Vienna", sources: [Source(file: "000.txt", published: day("2023-10-12"), outlet: "AzerNews", sentence: "s")]),
        Activity(id: "2", start: nil, end: day("2023-10-27"), precision: .onOrBefore, kind: .training, title: "Two-day training",
                 location: nil, sources: [Source(file: "004.txt", published: day("2023-10-27"), outlet: "Azertac", sentence: "s")]),
        Activity(id: "3", start: day("2023-11-02"), end: day("2023-11-02"), precision: .day, kind: .visit, title: "Visited Ganja",
                 location: "Ganja", sources: [Source(file: "000.txt", published: day("2023-10-12"), outlet: "AzerNews", sentence: "s"),
                                              Source(file: "009.txt", published: day("2023-11-03"), outlet: nil, sentence: "s")]),
    ])

    @Test("plain text: header, months, lines `date — kind — title (place)`, numbered sources, note; 72 columns")
    func text() {
        let text = Briefing(title: "Briefing", generated: Self.day("2023-11-05")).text(for: timeline)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 72 }, "\(lines.filter { $0.count > 72 })")
        #expect(text.contains("Subject:    Sabina Aliyeva"))
        #expect(text.contains("Period:     10 October 2023 – 2 November 2023"))
        #expect(text.contains("Activities: 3 from 3 sources"))
        #expect(text.contains("\nOctober 2023\n------------\n"))
        #expect(text.contains("\nNovember 2023\n"))
        #expect(text.contains("- 10–11 October 2023 — conference — Took part in the Vienna Migration"))
        #expect(text.contains("(Vienna) [1]"))
        #expect(text.contains("- on or before 27 October 2023 — training — Two-day training [2]"))
        #expect(text.contains("- 2 November 2023 — visit — Visited Ganja (Ganja) [1, 3]"))
        #expect(text.contains("[1] 000.txt, AzerNews, 12 October 2023"))
        #expect(text.contains("[3] 009.txt, 3 November 2023"))
        #expect(text.contains("Note: 1 activity has no date in the text"))
        #expect(text.range(of: "\nOctober 2023\n")!.lowerBound < text.range(of: "\nNovember 2023\n")!.lowerBound)
    }

    @Test("markdown: headings per month, list items, sources as a numbered list, escaped text")
    func markdown() {
        let t = Timeline(subject: "S", activities: timeline.activities + [
            Activity(id: "4", start: Self.day("2023-11-03"), end: Self.day("2023-11-03"), precision: .day, kind: .statement, title: "Said *no* to [x]")])
        let md = Briefing(title: "Briefing", generated: nil).markdown(for: t)
        #expect(md.hasPrefix("# Briefing\n"))
        #expect(md.contains("## October 2023"))
        #expect(md.contains("- on or before 27 October 2023 — training — Two-day training \\[2\\]"))
        #expect(md.contains("Said \\*no\\* to \\[x\\]"))
        #expect(md.contains("## Sources\n\n1. 000.txt, AzerNews, 12 October 2023"))
        #expect(md.contains("> **Note:**"))
    }

    @Test("an empty timeline still gives a header and says so")
    func empty() {
        let text = Briefing(title: "B", generated: nil).text(for: Timeline(subject: "S", activities: []))
        #expect(text.contains("Activities: 0 from 0 sources"))
        #expect(text.contains("No activities."))
    }

    @Test("words longer than a line are split, nothing exceeds the width")
    func longWord() {
        let t = Timeline(subject: "S", activities: [Activity(id: "x", start: Self.day("2023-01-01"), end: Self.day("2023-01-01"),
                                                              precision: .day, kind: .other, title: String(repeating: "x", count: 150))])
        let text = Briefing(title: "B", generated: nil, width: 40).text(for: t)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(text.filter { $0 == "x" }.count == 150)
    }
}
