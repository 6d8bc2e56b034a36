import ActivityExtraction
import Testing

/// A day told as a story ("spent Wednesday in Lankaran … After that … Later … In the afternoon …"):
/// each act on that day, where the day was spent; and the words that looked like people or
/// places but were not.
@Suite("a day told as a story")
struct DayStoryTests {
    @Test("'spent Wednesday in Lankaran', then a meeting, a reception, a school and a detention facility: all on Wednesday, in Lankaran")
    func dayInLankaran() {
        let text = """
         date 2024-04-19 (MENAFN- Azertac)
        A day with the Ombudsman in Lankaran

        Ombudsman Sabina Aliyeva spent Wednesday in Lankaran, the southern city she had last visited in the autumn of 2022.

        On arrival, the Ombudsman laid flowers at the monument. She then went to the City Executive Power, where she met its head, Rafael Mammadli. Mammadli informed the guest about the housing provided to families of martyrs.

        After that, Sabina Aliyeva received residents of Lankaran, Astara and Lerik districts at the Heydar Aliyev Centre. Some 60 citizens raised issues concerning pensions and housing.

        In the afternoon, Aliyeva inspected the Lankaran Pre-trial Detention Facility of the Ministry of Justice.
        """
        let got = Support.done(text)
        #expect(got.contains("visit 2024-04-17 @Lankaran"), "\(got)")
        #expect(got.contains("meeting 2024-04-17 @Lankaran"), "\(got)")
        // (Every district has a Heydar Aliyev Centre: it does not put the reception in Baku.)
        #expect(got.contains("reception 2024-04-17 @Lankaran"), "\(got)")
        // (Inspecting a detention place during a day's visit is an act of its own, at the place its name gives.)
        #expect(got.contains("monitoring 2024-04-17 @Lankaran"), "\(got)")
    }

    @Test("'Back in the sports complex, the Commissioner received residents': 'back' is no looking back; a man named Aliyev leaves 'Aliyeva' hers")
    func backInTheComplex() {
        let text = """
         date 2025-05-20 (Report.az)
        Ombudsman's long Monday in Guba

        Sabina Aliyeva began Monday at the Guba District Executive Power, where she met its head, Ziyaddin Aliyev.

        Aliyeva laid a wreath at the memorial, and the director told her about the mass graves discovered in the town in 2007.

        Back in the sports complex, the Commissioner received residents of Guba and Gusar districts.

        In the afternoon, Aliyeva visited the Guba social service institution for older persons, where she checked the living conditions.
        """
        let got = Support.done(text)
        #expect(got.contains { $0.hasPrefix("reception 2025-05-19") }, "dated by the day told, not by 2007: \(got)")
        #expect(got.contains("monitoring 2025-05-19 @Guba"), "\(got)")
    }

    @Test("a story's day does not reach an act told as before it, nor one after a sentence of several days")
    func storyDayLimits() {
        let earlier = """
         date 2023-03-10 (Trend)
        Ombudsman at the Human Rights Council

        Ombudsman Sabina Aliyeva addressed the Human Rights Council in Geneva on Wednesday.

        The Ombudsman's Office had earlier submitted an alternative report to the special procedures of the Council.
        """
        // (Her Office's report stays undated: on or before publication.)
        #expect(Support.doneDates(earlier) == ["report - 2023-03-10", "speech 2023-03-08 2023-03-08"], "\(Support.doneDates(earlier))")
        let between = """
         date 2025-03-10 (AzerNews)
        Receptions in the north

        Ombudsman Sabina Aliyeva held receptions of citizens in Guba on March 3 and in Gusar on March 5.

        Between the two receptions, she visited the Guba Genocide Memorial Complex.
        """
        #expect(!Support.done(between).contains { $0.hasPrefix("visit 2025-03-05") }, "\(Support.done(between))")
    }

    @Test("'regional ombudsman associations' and 'ombudsman institutions' are bodies: a later 'the Ombudsman' stays hers")
    func ombudsmanBodies() {
        let text = """
         date 2020-10-19 (APA)
        Ombudsman visits Ganja

        Commissioner for Human Rights (Ombudsman) Sabina Aliyeva visited Ganja on Saturday.

        The same day, Sabina Aliyeva issued a statement addressed to the United Nations, the OSCE, international and regional ombudsman associations.

        Earlier, on 4 October, the Ombudsman visited Tartar district.
        """
        #expect(Support.done(text).contains("visit 2020-10-04 @Tartar"), "\(Support.done(text))")
    }

    @Test("'Speakers at the first session included … Sabina Aliyeva': she took part in the meeting told before")
    func speakersIncluded() {
        let text = """
         date 2022-10-07 (MENAFN- OSCE)
        ODIHR meeting in Warsaw

        Representatives of national human rights institutions from more than 30 OSCE participating States met in Warsaw on 4 and 5 October 2022 at a meeting organized by ODIHR.

        Speakers at the first session included the Public Defender of Georgia and the Commissioner for Human Rights (Ombudsman) of Azerbaijan, Sabina Aliyeva.
        """
        let got = Support.doneDates(text)
        #expect(got.contains { $0.hasSuffix("2022-10-04 2022-10-05") }, "\(got)")
    }

    @Test("'examined the conditions of accommodation, food and medical care' in a quarantine hotel just visited is the same visit ('medical care' is no care home)")
    func medicalCare() {
        let text = """
         date 2020-04-08 (AzerNews)
        Ombudsman at a quarantine facility

        On Monday (April 6), Ombudsman Sabina Aliyeva visited a hotel in Baku that is being used as a special quarantine facility. The Ombudsman examined the conditions of accommodation, food and medical care.
        """
        #expect(Support.done(text).count == 1, "\(Support.done(text))")
    }

    @Test("'concluded a two-day expert meeting in Warsaw today … Participants included … Sabina Aliyeva': both days; 'kicked off today': the first day only")
    func eventDaysFromLength() {
        let concluded = """
         date 2023-10-19 (OSCE)
        Ombuds institutions meet in Warsaw

        Heads of ombuds institutions from 19 OSCE participating States concluded a two-day expert meeting in Warsaw today, hosted by ODIHR.

        "Follow-up is where many mechanisms struggle," said ODIHR's First Deputy Director, opening the meeting on Wednesday.

        Participants included the Public Defender of Georgia; the Commissioner for Human Rights (Ombudsman) of Azerbaijan, Sabina Aliyeva; and the Commissioner for Human Rights of Poland.
        """
        #expect(Support.doneDates(concluded).contains { $0.hasSuffix("2023-10-18 2023-10-19") }, "\(Support.doneDates(concluded))")
        let started = """
         date 2024-05-02 (Report.az)
        Baku hosts ombudsmen

        A two-day international conference on the rights of victims of landmines kicked off in Baku today.

        Addressing the opening session, Azerbaijan's Ombudsman Sabina Aliyeva said that the liberated territories remain heavily contaminated.
        """
        #expect(Support.doneDates(started).allSatisfy { $0.hasSuffix("2024-05-02 2024-05-02") }, "\(Support.doneDates(started))")
        #expect(!Support.doneDates(started).isEmpty)
    }

    @Test("'Among the heads of institutions who took the floor in the latter panel were … Sabina Aliyeva' took part in the conference told before")
    func amongTheHeads() {
        let text = """
         date 2024-03-14 (GANHRI)
        GANHRI Annual Conference 2024

        More than 300 participants gathered at the Palais des Nations in Geneva for the GANHRI Annual Conference, held on 11 and 12 March 2024.

        Among the heads of institutions who took the floor in the latter panel were the Ombudsperson of Bosnia and Herzegovina and Azerbaijan's Commissioner for Human Rights (Ombudsman), Sabina Aliyeva, who spoke about landmines.
        """
        #expect(Support.done(text) == ["conference 2024-03-11..2024-03-12 @Geneva"], "\(Support.done(text))")
    }

    @Test("'It should be recalled that … Aliyeva was in the autonomous republic last week. During the visit, she received citizens …': last week's")
    func recalledLastWeek() {
        let text = """
         date 2023-05-17 (MENAFN- Azertac)
        Nakhchivan Ombudsman holds reception

        The Ombudsman of the Nakhchivan Autonomous Republic received citizens in Sharur on Tuesday.

        It should be recalled that Azerbaijan's Human Rights Commissioner Sabina Aliyeva was in the autonomous republic last week. During the visit, she received citizens in the city of Nakhchivan.
        """
        #expect(Support.doneDates(text).contains("reception 2023-05-08 2023-05-14"), "\(Support.doneDates(text))")
    }

    @Test("'The visit started in Astana with a meeting at the Senate … The following day …': the visit's first day, then the next")
    func visitStartedWith() {
        let text = """
         date 2023-06-23 (Report.az)
        Ombudsman wraps up visit to Kazakhstan

        Human Rights Commissioner (Ombudsman) Sabina Aliyeva paid an official visit to Kazakhstan on 19-21 June.

        The visit started in Astana with a meeting at the Senate, where the Ombudsman held talks with the chairman of the Senate Committee on Legislation.

        The following day, in Astana, Aliyeva met with her Kazakh counterpart.
        """
        let got = Support.doneDates(text)
        #expect(got.contains("meeting 2023-06-19 2023-06-19"), "\(got)")
        #expect(got.contains("meeting 2023-06-20 2023-06-20"), "\(got)")
    }

    @Test("'returned home on Friday night after a five-day working visit to Turkey' is the visit ending that day; 'The visit opened in Ankara on Monday with a meeting with …' her meeting that day")
    func visitToldFromItsReturn() {
        let text = """
         date 2022-04-30 (News.az)
        Ombudsman's week in Turkey

        Azerbaijan's Commissioner for Human Rights Sabina Aliyeva returned home on Friday night after a five-day working visit to Turkey.

        The visit opened in Ankara on Monday with a meeting with Turkey's Chief Ombudsman Şeref Malkoç at the headquarters of the Ombudsman Institution.
        """
        let got = Support.doneDates(text)
        #expect(got.contains("visit 2022-04-25 2022-04-29"), "\(got)")
        #expect(got.contains("meeting 2022-04-25 2022-04-25"), "\(got)")
        // Home again with no visit told, nothing: "returned home on Friday" alone is no activity.
        let alone = """
         date 2022-04-30 (News.az)
        Ombudsman back in Baku

        Sabina Aliyeva returned home on Friday.
        """
        #expect(Support.doneDates(alone).isEmpty, "\(Support.doneDates(alone))")
    }
}
