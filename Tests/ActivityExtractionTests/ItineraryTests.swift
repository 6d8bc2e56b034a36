import ActivityExtraction
import Testing

/// Trips told as itineraries: a journey and what she did there, acts joined by "and then", days
/// named by an international day.
@Suite("itineraries and named days")
struct ItineraryTests {
    @Test("'travelled to Marneuli, where she met …': one meeting there, not a visit and a meeting")
    func journeyThenAct() {
        let text = """
         date 2023-07-14 (Caliber.az)
        Azerbaijani Ombudsman in Georgia

        On Thursday, the Ombudsman Sabina Aliyeva travelled to Marneuli, where she met representatives of the Azerbaijani community and listened to their problems.
        """
        #expect(Support.done(text) == ["meeting 2023-07-13 @Marneuli"], "\(Support.done(text))")
        // (Visiting a place is an act of its own: "visited the Palais des Nations, where she had talks …".)
        let visited = """
         date 2026-02-20 (News.az)
        Ombudsman in Geneva

        On February 18, Ombudsman Sabina Aliyeva visited the Palais des Nations in Geneva, where she had talks with the UN High Commissioner for Human Rights.
        """
        #expect(Support.done(visited) == ["meeting 2026-02-18 @Geneva", "visit 2026-02-18 @Geneva"], "\(Support.done(visited))")
    }

    @Test("'met with the head of the district and then received citizens': two acts of the day")
    func andThen() {
        let text = """
         date 2025-09-12 (AzerNews)
        Ombudsman in Barda

        On 9 September, the Ombudsman Sabina Aliyeva met with the head of Barda District Executive Power and then received citizens from Barda, Tartar and Yevlakh at the Barda Heydar Aliyev Centre.
        """
        #expect(Support.done(text) == ["meeting 2025-09-09 @Barda", "reception 2025-09-09 @Barda"], "\(Support.done(text))")
    }

    @Test("an event held 'on the International Day of Persons with Disabilities' is on 3 December")
    func internationalDay() {
        let text = """
         date 2021-12-06 (AzerNews)
        Ombudsman attends event for war veterans

        Ombudsman Sabina Aliyeva attended an event held at the Mingachevir Rehabilitation Centre on the International Day of Persons with Disabilities.
        """
        // ("An event" is of kind other, as in the development set.)
        #expect(Support.done(text) == ["other 2021-12-03 @Mingachevir"], "\(Support.done(text))")
    }

    @Test("a named day inside the clause of an act ('her address dated 4 April, the International Day for Mine Awareness …') reads without a crash")
    func namedDayAfterNoun() {
        let text = """
         date 2021-06-10 (Report.az)
        Ombudsman on mine maps

        It was noted that the Ombudsman had raised this issue in her address dated 4 April, the International Day for Mine Awareness and Assistance in Mine Action, in which she called on the international community to act.
        """
        _ = Support.done(text)
    }

    @Test("'at the three-day annual meeting of GANHRI, which concluded in Geneva on Thursday': the meeting's three days, in Geneva")
    func eventsOwnClause() {
        let text = """
         date 2023-03-18 (Trend)
        Azerbaijan's Ombudsman raises landmine issue

        Azerbaijan's human rights commissioner Sabina Aliyeva drew the attention of her counterparts to the mine threat at the three-day annual meeting of the Global Alliance of National Human Rights Institutions (GANHRI), which concluded in Geneva on Thursday, Trend reports.
        """
        #expect(Support.doneDates(text) == ["conference 2023-03-14 2023-03-16"], "\(Support.doneDates(text))")
    }

    @Test("'UN High Commissioner … Volker Türk' does not make a later bare 'the Commissioner' his")
    func highCommissioner() {
        let text = """
         date 2024-12-11 (Azertac)
        Human Rights Day in Baku

        On 10 December, Commissioner for Human Rights Sabina Aliyeva attended a conference in Baku.

        The message of UN High Commissioner for Human Rights Volker Türk was read out by the UN Resident Coordinator.

        On the sidelines of the conference, the Commissioner held a bilateral meeting with the Chief Ombudsman of Türkiye.
        """
        #expect(Support.done(text) == ["conference 2024-12-10 @Baku", "meeting 2024-12-10 @Baku"], "\(Support.done(text))")
    }

    @Test("'During the week, she received the Ambassador. At the meeting, held in Baku on Monday, …': Monday")
    func detailsRefineWeek() {
        let text = """
         date 2024-12-11 (Azertac)
        Ombudsman's week

        During the week, Commissioner Sabina Aliyeva received the Ambassador of the Netherlands to Azerbaijan. At the meeting, held in Baku on Monday, the Ambassador was informed about the new powers of the Ombudsman.
        """
        #expect(Support.doneDates(text) == ["meeting 2024-12-09 2024-12-09"], "\(Support.doneDates(text))")
    }

    @Test("'The tour continued in Shaki on Friday.' dates the undated acts told right after it")
    func sceneDay() {
        let text = """
         date 2024-04-13 (Shaki Xeberleri)
        Ombudsman tours the north-west

        On Wednesday, the Ombudsman Sabina Aliyeva received citizens in Zagatala.

        The tour continued in Shaki on Friday. Aliyeva met the head of the Shaki City Executive Power and later inspected the city hospital.
        """
        let got = Support.done(text)
        #expect(got.contains("meeting 2024-04-12 @Shaki"), "\(got)")
        #expect(got.contains("reception 2024-04-10 @Zagatala"), "\(got)")
        // A season named in passing gives way to the day just told ("… the rights of seasonal workers during the summer season").
        let season = """
         date 2023-07-08 (Lankaran News)
        Ombudsman on the coast

        Yesterday the Ombudsman Sabina Aliyeva continued her tour in Astara. At a meeting with the head of the Astara District Executive Power, she discussed the rights of tea pickers during the summer season.
        """
        #expect(Support.done(season) == ["meeting 2023-07-07 @Astara"], "\(Support.done(season))")
        // (A statement after such a day stays undated: it may have come out before the day it marks.)
        let statement = """
         date 2024-06-27 (APA)
        Ombudsman on the victims of torture

        June 26 was the International Day in Support of Victims of Torture, and the Ombudsman Sabina Aliyeva recalled the day. The Ombudsman issued a statement on the protection of detainees.
        """
        #expect(Support.done(statement) == ["statement ..2024-06-27 @-"], "\(Support.done(statement))")
    }

    @Test("'took part in the conference and, on the opening day, gave a speech': the conference keeps both days")
    func openingDayIsTheSpeechs() {
        let text = """
         date 2024-10-21 (Report.az)
        Ombudsman at Baku forum

        The two-day forum on the rights of migrants was held in Baku on Thursday and Friday. Sabina Aliyeva took part in the forum and, on the opening day, delivered a speech.
        """
        #expect(Support.done(text) == ["conference 2024-10-17..2024-10-18 @Baku"], "\(Support.done(text))")
        // With a phrase after a comma, a meeting "on the sidelines" (the gathering's days) and "the next day" (after it).
        let sidelines = """
         date 2024-05-25 (AZERTAC)
        The Ombudsman's week

        The international conference on migrants' rights was held in Almaty on Tuesday and Wednesday. Sabina Aliyeva took part in the two-day event and delivered a speech at the opening plenary on the first day, informing participants about mine victims. On the sidelines, she held a bilateral meeting with her Kazakh counterpart.

        The next day, having returned home, the Ombudsman travelled to Shamakhi, where she received citizens.
        """
        let got = Support.done(sidelines)
        #expect(got.contains("conference 2024-05-21..2024-05-22 @Almaty"), "\(got)")
        #expect(got.contains("meeting 2024-05-21..2024-05-22 @Almaty"), "\(got)")
        #expect(got.contains("reception 2024-05-23 @Shamakhi"), "\(got)")
    }

    @Test("'Two days later she arrived on a two-day visit. On the second day …': the visit's two days")
    func arrivalCountedFromTheDayBefore() {
        let text = """
         date 2022-05-21 (Caliber.az)
        Ombudsman in Georgia

        On Monday the Ombudsman Sabina Aliyeva received the Ambassador of Georgia in Baku.

        Two days later Aliyeva arrived in Tbilisi on a two-day working visit. On the second day of the visit she travelled to Bolnisi, where she met representatives of the Azerbaijani community.
        """
        let got = Support.done(text)
        #expect(got.contains("visit 2022-05-18..2022-05-19 @Tbilisi"), "\(got)")
        #expect(got.contains("meeting 2022-05-19 @Bolnisi"), "\(got)")
    }

    @Test("'Before the meeting, she laid flowers …': an act of its own on the meeting's day, not a part of it")
    func actBeforeTheMeeting() {
        let text = """
         date 2021-09-17 (JAMnews)
        Ombudsman in Georgia

        Sabina Aliyeva arrived in Tbilisi on Tuesday and on the same day held talks with the Public Defender of Georgia. Before the meeting, she laid flowers at the bust of Heydar Aliyev in the Georgian capital.
        """
        #expect(Support.done(text).contains("other 2021-09-14 @Tbilisi"), "\(Support.done(text))")
    }
}
