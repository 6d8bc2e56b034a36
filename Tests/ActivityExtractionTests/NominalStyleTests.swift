import ActivityExtraction
import Testing

/// The nominal style of translated official copy: her acts named as nouns ("the reception of
/// citizens by the Commissioner was held", "the meeting of the Ombudsman with … took place").
@Suite("nominal style")
struct NominalStyleTests {
    @Test("'The reception of citizens by the Commissioner … was held in Shaki city on 14.05.2024' is her reception")
    func nominalReceptionBy() {
        let text = """
         date 2024-05-15 (Trend)
        Receptions in the regions

        The reception of citizens by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva was held in Shaki city on 14.05.2024.
        """
        #expect(Support.done(text) == ["reception 2024-05-14 @Shaki"], "\(Support.done(text))")
        // (Not a visit by her that someone criticised in a clause far from the verb.)
        let criticised = """
         date 2026-03-20 (Trend)
        Families criticise visit

        The families of detained journalists have criticised a visit by Commissioner for Human Rights Sabina Aliyeva to the Baku Pre-trial Detention Facility, saying it did nothing, according to interviews conducted by a watchdog.
        """
        #expect(Support.done(criticised).isEmpty, "\(Support.done(criticised))")
    }

    @Test("'Within the framework of the event, the meeting of the Ombudsman with the UNICEF Representative took place' is a meeting of its own")
    func meetingWithinEvent() {
        let text = """
         date 2024-05-31 (MENAFN- Azertac)
        Festive event for International Children's Day

        A festive event was held in Baku today, which was attended by the Ombudsman Sabina Aliyeva.

        Within the framework of the event, the meeting of the Ombudsman with the UNICEF Representative in Azerbaijan took place.
        """
        #expect(Support.done(text) == ["meeting 2024-05-31 @Baku", "other 2024-05-31 @Baku"], "\(Support.done(text))")
    }

    @Test("'On 14 April, the project … was launched in Baku. The launching event was attended by the Commissioner …': that day")
    func eventAfterItsDay() {
        let text = """
         date 2021-04-16 (Council of Europe Office in Baku)
        Launch of a project

        On 14 April 2021, the Council of Europe project "Strengthening the National Preventive Mechanism" was officially launched in Baku.

        The launching event was attended by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Sabina Aliyeva, and the Head of the Council of Europe Office in Baku.
        """
        #expect(Support.doneDates(text) == ["other 2021-04-14 2021-04-14"], "\(Support.doneDates(text))")
    }

    @Test("a digest's items headed 'Monday:', 'Friday:' take those days of the week reviewed")
    func inlineWeekdayHeadings() {
        let text = """
         date 2026-02-21 (AzerNews)
        The week in human rights

        Here is AzerNews' roundup of the past week.

        Monday: Human Rights Commissioner Sabina Aliyeva met in Baku with a delegation led by the Federal Ombudsman of Pakistan.

        Thursday: Georgia's Public Defender released a statement on the conditions in Georgian prisons.

        Wednesday-Thursday: The Ombudsman toured military units stationed in Zagatala district.

        Friday: The Ombudsman received citizens in Sumgayit.
        """
        #expect(Support.done(text) == ["meeting 2026-02-16 @Baku", "monitoring 2026-02-18..2026-02-19 @Zagatala", "reception 2026-02-20 @Sumgayit"],
                "\(Support.done(text))")
    }

    @Test("'The conference, which opened in Tashkent on Wednesday, concluded today. … It was attended by the heads of ombudsman institutions of Azerbaijan, …': both days, in Tashkent")
    func attendedByTheHeads() {
        let text = """
         date 2025-09-11 (UzA)
        Tashkent conference concludes

        The international conference on national human rights institutions, which opened in Tashkent on Wednesday, concluded its work today.

        The conference was opened by the Chairperson of the Senate. It was attended by the heads of ombudsman institutions of Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye.
        """
        #expect(Support.done(text) == ["conference 2025-09-10..2025-09-11 @Tashkent"], "\(Support.done(text))")
        // (Heads of institutions of other countries only are not she.)
        let others = text.replacingOccurrences(of: "Azerbaijan, ", with: "")
        #expect(Support.done(others).isEmpty, "\(Support.done(others))")
    }

    @Test("her reception named as a noun, told later with its day: 'during her reception of citizens', 'the reception of citizens held by Ombudsman …'")
    func receptionAsNoun() {
        let hers = """
         date 2024-05-28 (Report.az)
        Shamakhi pensioner's pension recalculated

        Thanks to the intervention of Ombudsman Sabina Aliyeva, a pensioner's pension was recalculated.

        The issue was raised during her reception of citizens in Shamakhi on 3 May.
        """
        #expect(Support.done(hers) == ["reception 2024-05-03 @Shamakhi"], "\(Support.done(hers))")
        let heldBy = """
         date 2024-05-28 (Report.az)
        Shamakhi pensioner's pension recalculated

        The issue was raised during the reception of citizens held by Ombudsman Sabina Aliyeva in Shamakhi on 3 May.
        """
        #expect(Support.done(heldBy) == ["reception 2024-05-03 @Shamakhi"], "\(Support.done(heldBy))")
        // (Whoever the sentence is about: "The mother had brought the documents to the reception … held by …".)
        let brought = heldBy.replacingOccurrences(of: "The issue was raised during", with: "The mother had brought the documents to")
        #expect(Support.done(brought) == ["reception 2024-05-03 @Shamakhi"], "\(Support.done(brought))")
        let next = """
         date 2024-05-28 (Report.az)
        Receptions go on

        The next reception of citizens will be held in Guba on 10 June.
        """
        #expect(Support.done(next).isEmpty, "\(Support.done(next))")
    }

    @Test("'opened the conference and informed the participants about the results of 2025': the conference's day, not the year")
    func eventDayBeatsYearOfObject() {
        let text = """
         date 2025-12-13 (AzerNews)
        Human Rights Day in Baku

        On 10 December, a conference dedicated to Human Rights Day was held in Baku.

        Sabina Aliyeva opened the conference and informed the participants about the results of the institution's activities in 2025.
        """
        #expect(Support.doneDates(text) == ["conference 2025-12-10 2025-12-10"], "\(Support.doneDates(text))")
    }

    @Test("'at the centre of talks between … Sabina Aliyeva and the Head of the ICRC Delegation': her meeting, with the other party")
    func talksBetween() {
        let text = """
         date 2025-02-06 (News.az)
        Sabina Aliyeva, ICRC delegation discuss fate of missing persons

        The fate of missing persons was at the centre of talks between Azerbaijan's Human Rights Commissioner Sabina Aliyeva and Head of the ICRC Delegation Ali Aslanov on Tuesday.
        """
        let got = Support.extract(text)
        #expect(got.map { "\($0.kind.rawValue) \($0.start?.iso ?? "-")" } == ["meeting 2025-02-04"], "\(got)")
        #expect(got.first?.counterparts == ["Head of the ICRC Delegation Ali Aslanov"])
        let others = text.replacingOccurrences(of: "Azerbaijan's Human Rights Commissioner Sabina Aliyeva", with: "the Georgian Public Defender")
        #expect(Support.done(others).isEmpty, "\(Support.done(others))")
    }

    @Test("'was held in the Ombudsman's Office with the participation of Sabina Aliyeva': the office names where, she is the participant; 'a statement was issued by the Ombudsman'")
    func officeAsVenueAndIssuedBy() {
        let held = """
         date 2023-06-27 (Report)
        Round table on torture prevention

        On June 26, a round table on the role of the National Preventive Mechanism was held in the Ombudsman's Office with the participation of Sabina Aliyeva and representatives of the Ministry of Justice.
        """
        #expect(Support.done(held).map { $0.components(separatedBy: " @")[0] } == ["conference 2023-06-26"], "\(Support.done(held))")
        let issued = """
         date 2022-11-21 (Trend)
        Ombudsman visits boarding school

        On 20 November, a statement was issued by the Ombudsman on the occasion of the World Children's Day.
        """
        #expect(Support.done(issued).map { $0.components(separatedBy: " @")[0] } == ["statement 2022-11-20"], "\(Support.done(issued))")
    }

    @Test("'delivered her annual report', and 'presented the results of her institution's work in 2023': the year is what the report covers")
    func reportOfAYear() {
        let text = """
         date 2024-03-15 (AzerNews)
        Ombudsman reports to parliament

        Sabina Aliyeva delivered her annual report to the Milli Majlis in Baku earlier this week.
        """
        #expect(Support.done(text) == ["report 2024-03-11..2024-03-15 @Baku"], "\(Support.done(text))")
        let year = """
         date 2024-03-13 (Day.Az)
        MPs hear the Ombudsman

        MPs heard the annual report of the Commissioner for Human Rights Sabina Aliyeva, who presented the results of her institution's work in 2023 at the Milli Majlis.
        """
        #expect(Support.doneDates(year) == ["report - 2024-03-13"], "\(Support.doneDates(year))")
    }
}
