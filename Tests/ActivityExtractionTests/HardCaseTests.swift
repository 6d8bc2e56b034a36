import ActivityExtraction
import Foundation
import Testing
import TimelineModel

/// Hand-written articles for the cases the issue names (Fixtures/hard, Fixtures/outlets).
@Suite("hard cases")
struct HardCaseTests {
    func done(_ name: String, profile: SubjectProfile = .bundledDefault()) throws -> [String] {
        try Support.extract(fixture: name, profile: profile).filter { $0.status == .done }.map(Support.summary).sorted()
    }

    @Test("two commissioners: only her meeting, not the Council of Europe Commissioner's acts")
    func twoCommissioners() throws {
        #expect(try done("hard/two-commissioners.txt") == ["meeting 2024-03-12 @Baku"])
    }

    @Test("plans are planned, quotes and negations are not activities")
    func quotedPlan() throws {
        let all = try Support.extract(fixture: "hard/quoted-plan.txt")
        #expect(all.filter { $0.status == .done }.isEmpty, "\(all.map(Support.summary))")
        let planned = all.filter { $0.status == .planned }
        #expect(planned.contains { $0.kind == .conference && $0.start?.iso == "2024-05-20" && $0.location == "Geneva" })
        #expect(planned.contains { $0.kind == .report })
    }

    @Test("an event of hers that another's plan is for is planned: 'X is expected to visit Baku … to attend an event organised by the Ombudsman'")
    func eventAnotherPlansToAttend() {
        let text = """
         date 2022-06-28 (Trend)
        Ombudsmen sign memorandum

        Sabina Aliyeva met the Ombudsman of Uzbekistan Feruza Eshmatova in Tashkent last week.

        Eshmatova is expected to visit Baku before the end of the year to attend an international event organised by the Azerbaijani Ombudsman.
        """
        #expect(Support.done(text) == ["meeting 2022-06-20..2022-06-26 @Tashkent"], "\(Support.done(text))")
    }

    @Test("'the sides' / 'the two heads of institutions' signing right after her meeting are she and the one she met; after another's meeting they are not")
    func sidesAfterHerMeeting() {
        let text = """
         date 2025-02-13 (Trend)
        Ombudsmen sign memorandum in Doha

        On February 11, Sabina Aliyeva met with the Chairperson of the National Human Rights Committee of Qatar in Doha.

        A day later, the two heads of institutions signed a memorandum of understanding.
        """
        #expect(Support.done(text) == ["meeting 2025-02-11 @Doha", "other 2025-02-12 @Doha"], "\(Support.done(text))")
        let others = """
         date 2025-02-13 (Trend)
        Ministers meet

        On February 11, the Minister of Justice met with the Ambassador of Qatar in Baku.

        The sides signed a memorandum of understanding.
        """
        #expect(Support.done(others).isEmpty, "\(Support.done(others))")
    }

    @Test("'met with survivors who have been living in the city since 1992' is her meeting: the span is the survivors' story")
    func historyOfThePeopleSheMet() {
        let text = """
         date 2020-02-26 (Azernews)
        Ombudsman on Khojaly

        On 25 February, Sabina Aliyeva addressed an appeal to the UN.

        The same day, the Ombudsman met in Sumgayit with a group of Khojaly survivors who have been living in the city as internally displaced persons since 1992.
        """
        #expect(Support.done(text) == ["meeting 2020-02-25 @Sumgayit", "statement 2020-02-25 @-"], "\(Support.done(text))")
    }

    @Test("history and summaries of years are not activities")
    func history() throws {
        #expect(try done("hard/history.txt") == ["reception 2023-06-08 @Barda"])
    }

    @Test("her office acting counts only when the profile says so")
    func office() throws {
        #expect(try done("hard/office.txt") == ["monitoring 2024-02-18 @Shaki", "training 2024-02-15 @Sumgait"])
        var strict = SubjectProfile.bundledDefault()
        strict.officeCounts = false
        #expect(try done("hard/office.txt", profile: strict) == ["monitoring 2024-02-18 @Shaki"])
    }

    @Test("she and the commissioner across paragraphs; he is someone else")
    func coreference() throws {
        #expect(try done("hard/coreference.txt") == ["meeting 2024-04-03 @Ganja", "reception 2024-04-04 @Ganja", "visit 2024-04-02 @Ganja"])
    }

    @Test("a meeting on the sidelines of a forum takes the forum's dates and place; her speech there is part of it")
    func meetingInsideConference() throws {
        let found = try Support.extract(fixture: "hard/meeting-in-conference.txt")
        #expect(found.map(Support.summary).sorted() == ["conference 2024-09-26..2024-09-27 @Istanbul",
                                                        "meeting 2024-09-26..2024-09-27 @Istanbul"])
        let meeting = try #require(found.first { $0.kind == .meeting })
        #expect(meeting.counterparts.contains { $0.contains("Chief Ombudsman of Turkiye") })
    }

    @Test("no date in the text: on or before the publication date")
    func undated() throws {
        let found = try Support.extract(fixture: "hard/undated.txt")
        #expect(found.map(Support.summary).sorted() == ["meeting ..2024-01-12 @Shaki", "monitoring ..2024-01-12 @Shaki"])
        #expect(found.allSatisfy { $0.start == nil && $0.precision == .onOrBefore })
    }

    @Test("typos and Cyrillic letters in her name; other Aliyevs are not her")
    func transliteration() throws {
        #expect(try done("hard/transliteration.txt") == ["reception 2024-06-01 @Lankaran", "speech 2024-05-30 @Baku"])
    }

    @Test("the same meeting in three outlets is one activity; another meeting that day stays apart")
    func threeOutlets() throws {
        let merged = try Support.extractFolder(Support.fixture("outlets"))
        #expect(merged.count == 2)
        let unicef = try #require(merged.first { $0.title.contains("UNICEF") })
        #expect(Set(unicef.sources.map(\.file)) == ["outlet-a.txt", "outlet-b.txt", "outlet-c.txt"])
        #expect(unicef.start?.iso == "2023-11-20" && unicef.precision == .day)
        let france = try #require(merged.first { $0.title.contains("France") })
        #expect(france.sources.map(\.file) == ["outlet-d.txt"])
    }

    @Test("follow-ups of a prison visit are part of it; 'a day later' counts from the last day named")
    func followUps() throws {
        #expect(try done("hard/follow-ups.txt") == ["meeting 2024-10-10 @Baku", "monitoring 2024-10-09 @Baku"])
    }

    @Test("a sentence after the activity gives its date and place")
    func detailsAfter() throws {
        #expect(try done("hard/details-after.txt") == ["meeting 2024-02-02 @Baku"])
    }

    @Test("tallies over a year and recollections are background; a count on one day is an event")
    func tallies() throws {
        #expect(try done("hard/tallies.txt") == ["reception 2024-01-18 @Barda"])
    }

    @Test("a two-day event with only its end (or start) given spans the days its length implies")
    func eventLength() throws {
        #expect(try done("hard/event-length.txt") == ["training 2023-10-20..2023-10-22 @Shaki", "training 2023-10-26..2023-10-27 @Ganja"])
    }

    @Test("a trip dated by a later 'during the visit on …'; a hospital seen on the way is part of it; the office's plan is no activity")
    func trip() throws {
        #expect(try done("hard/trip.txt") == ["meeting 2024-04-01..2024-04-02 @Khankendi", "visit 2024-04-01..2024-04-02 @Khankendi"])
    }

    @Test("'Speaking at the forum, X noted': the speaker is the main clause's subject (her speech at a conference she attended is an act of its own)")
    func participles() throws {
        #expect(try done("hard/participles.txt") == ["conference 2023-05-03 @Baku", "speech 2023-05-03 @Baku", "speech 2023-05-04 @Ganja"])
    }

    @Test("another subject from a profile: the same article read for Georgia's Public Defender")
    func otherSubject() throws {
        let georgia = try SubjectProfile(yaml: """
            name: Levan Ioseliani
            aliases: [Ioseliani]
            roles: [Public Defender]
            home: [Georgia, Georgian]
            pronouns: [he]
            """, file: "georgia.yml")
        // "Ioseliani met with local residents", right after his dated visit, happened during it.
        #expect(try done("hard/other-subject.txt", profile: georgia)
                == ["meeting 2022-06-13 @-", "meeting 2022-06-14 @-", "visit 2022-06-13 @-"])
        #expect(try done("hard/other-subject.txt") == ["meeting 2022-06-14 @-"], "for the default subject, only her call")
    }

    @Test("a headline in the present, a dateline, and the conference's days told in a later sentence")
    func conferenceDetails() throws {
        #expect(try done("hard/conference-details.txt") == ["conference 2024-09-18..2024-09-19 @Astana"])
    }

    @Test("'she' after her mention as an object is hers, unless another woman was named in between")
    func sheAfterObject() throws {
        let found = try Support.extract(fixture: "hard/she-after-object.txt")
        #expect(found.map(Support.summary).sorted() == ["meeting 2024-05-03 @Baku", "meeting 2024-05-04 @Baku", "monitoring 2024-05-04 @Baku"])
        #expect(found.contains { $0.title == "Met with the Minister of Justice" && $0.counterparts == ["Minister of Justice"] })
    }

    @Test("'the conference, in which she took part': the event, date and place of the main clause")
    func relativeEvent() throws {
        #expect(try done("hard/relative-event.txt") == ["conference 2024-09-18..2024-09-19 @Astana"])
    }

    @Test("a day named as the occasion is not the date; the lead under a standalone dateline of the publication day is that day's news; a date between her and her verb; an event still going on")
    func occasionAndDateline() throws {
        let done = try Support.extract(fixture: "hard/occasion-dateline.txt").filter { $0.status == .done }.map(Support.summary).sorted()
        // (The online meeting is placed at her seat, Baku, which the dateline names.)
        #expect(done == ["conference 2025-08-25..2025-09-05 @Poland", "meeting 2025-08-27 @Baku", "statement 2025-08-29 @Baku"], "\(done)")
    }

    @Test("evidence: the sentence and its offsets in the article")
    func evidence() throws {
        let article = try NewsArticlesSupport.read("hard/coreference.txt")
        let found = Support.extractor.extract(from: article)
        for a in found {
            let s = try #require(a.sources.first)
            let offset = try #require(s.offset), length = try #require(s.length)
            let scalars = Array(article.text.unicodeScalars)[offset..<offset + length]
            #expect(String(String.UnicodeScalarView(scalars)) == s.sentence)
        }
    }

    @Test("ids are deterministic and distinct")
    func ids() throws {
        let a = try Support.extract(fixture: "hard/meeting-in-conference.txt").map(\.id)
        let b = try Support.extract(fixture: "hard/meeting-in-conference.txt").map(\.id)
        #expect(a == b && Set(a).count == a.count)
    }
}

import NewsArticles
enum NewsArticlesSupport {
    static func read(_ name: String) throws -> Article { try ArticleReader().read(fileAt: Support.fixture(name).path) }
}
