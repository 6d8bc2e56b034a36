import ChronicleKit
import NewsArticles
import Testing
import TimelineModel

@Suite("extract formats: csv, markdown, ics")
struct ActivityTextFormatsTests {
    let activities = [
        Activity(id: "a1", start: CalendarDay(iso: "2023-10-10"), end: CalendarDay(iso: "2023-10-11")!, precision: .range,
                 kind: .conference, title: "Took part in the 8th Vienna Migration Conference, \"VMC\"", location: "Vienna",
                 counterparts: ["ICMPD"],
                 sources: [Source(file: "a.txt", published: CalendarDay(iso: "2023-10-12"), outlet: "AzerNews",
                                  sentence: "On October 10-11, Ombudsman Sabina Aliyeva visited Vienna; a very long sentence that needs folding in the calendar file.")]),
        Activity(id: "a2", start: nil, end: CalendarDay(iso: "2023-10-27")!, precision: .onOrBefore, kind: .training,
                 title: "Training | children's rights", location: nil,
                 sources: [Source(file: "b.txt", published: CalendarDay(iso: "2023-10-27"), outlet: nil, sentence: "A training was organised.")]),
    ]

    @Test("ics: all-day events, DTEND exclusive, a note for 'on or before', CRLF lines of at most 75 octets")
    func ics() throws {
        let text = try ActivityFormat.ics.render(activities)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(text.contains("DTSTART;VALUE=DATE:20231010\r\nDTEND;VALUE=DATE:20231012"))
        #expect(text.contains("DTSTART;VALUE=DATE:20231027\r\nDTEND;VALUE=DATE:20231028"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("on or before 27 October 2023"))
        #expect(unfolded.contains("SUMMARY:Took part in the 8th Vienna Migration Conference\\, \"VMC\""))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(try ActivityFormat.ics.render(activities) == text, "deterministic")
    }

    @Test("csv: header, quoting of commas and quotes, empty start for 'before'")
    func csv() throws {
        let lines = try ActivityFormat.csv.render(activities).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("id,start,end,precision,kind,title,location"))
        #expect(lines[1].contains("\"Took part in the 8th Vienna Migration Conference, \"\"VMC\"\"\""))
        #expect(lines[2].hasPrefix("a2,,2023-10-27,before,training,"))
    }

    @Test("markdown: a table row per activity, pipes escaped, dates in words")
    func markdown() throws {
        let text = try ActivityFormat.markdown.render(activities)
        #expect(text.contains("| 10–11 October 2023 | Conference |"))
        #expect(text.contains("Training \\| children's rights"))
        #expect(text.contains("on or before 27 October 2023"))
    }
}
