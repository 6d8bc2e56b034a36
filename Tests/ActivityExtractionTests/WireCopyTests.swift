import ActivityExtraction
import Testing

/// Wire-copy phrasings met in the independently written batches: "carried out an unannounced
/// monitoring visit", a list of districts inside a relative clause.
@Suite("wire-copy phrasings")
struct WireCopyTests {
    @Test("'carried out an unannounced monitoring visit to …', 'conducted an official visit to …'")
    func carriedOutVisits() {
        let text = """
         date 2025-05-10 (Caliber.az)
        Ombudsman's week

        On May 5th the Ombudsman Sabina Aliyeva was in Shusha; on the 6th, back in Baku, she carried out an unannounced monitoring visit to the Medical Facility of the Penitentiary Service, talking confidentially with sick prisoners.
        """
        #expect(Support.done(text) == ["monitoring 2025-05-06 @Baku", "visit 2025-05-05 @Shusha"], "\(Support.done(text))")
        let official = """
         date 2025-05-10 (Trend)
        Ombudsman in Georgia

        On 8 May, Commissioner Sabina Aliyeva conducted an official visit to Georgia.
        """
        #expect(Support.done(official) == ["visit 2025-05-08 @Georgia"], "\(Support.done(official))")
    }

    @Test("', who received residents of Lankaran, Astara, Lerik and Masalli districts in Lankaran on Friday, …': Friday")
    func listInRelativeClause() {
        let text = """
         date 2025-04-08 (APA)
        Sabina Aliyeva: "Most complaints in the regions concern social rights"

        Commissioner for Human Rights (Ombudsman) Sabina Aliyeva, who received residents of Lankaran, Astara, Lerik and Masalli districts in Lankaran on Friday, answered APA's questions about the results of her regional receptions.
        """
        #expect(Support.done(text) == ["reception 2025-04-04 @Lankaran"], "\(Support.done(text))")
    }

    @Test("'Following her visit to the boarding house on 19 June, …, received citizens … the following day': two acts, two days")
    func followingHerVisit() {
        let text = """
         date 2023-06-21 (Azertac)
        Ombudsman receives citizens in Mingachevir

        Following her visit to the Mingachevir psychoneurological boarding house on 19 June within the mandate of the National Preventive Mechanism, Ombudsman Sabina Aliyeva received citizens of Mingachevir and the neighbouring Yevlakh and Samukh districts at the Mingachevir City Executive Power the following day, AZERTAC reports.
        """
        // (Where: the venue, not the neighbouring districts the citizens came from.)
        #expect(Support.done(text) == ["monitoring 2023-06-19 @Mingachevir", "reception 2023-06-20 @Mingachevir"], "\(Support.done(text))")
    }

    @Test("'held bilateral meetings with his Azerbaijani and Kyrgyz counterparts': her meeting")
    func pluralCounterparts() {
        let text = """
         date 2023-10-12 (Kazinform)
        Astana hosts ombudsmen

        On the sidelines of the conference in Astana today, Artur Lastayev held bilateral meetings with his Azerbaijani and Kyrgyz counterparts.
        """
        #expect(Support.done(text) == ["meeting 2023-10-12 @Astana"], "\(Support.done(text))")
    }

    @Test("after 'a delegation led by the Ombudsman Sabina Aliyeva', 'the Azerbaijani delegation held a meeting' is hers")
    func ledDelegation() {
        let text = """
         date 2024-06-06 (UzA)
        Azerbaijani Ombudsman visits Uzbekistan

        On June 4-5, a delegation led by the Ombudsman Sabina Aliyeva paid a visit to Uzbekistan.

        On June 5, the Azerbaijani delegation held a meeting in Tashkent with the director of the National Centre for Human Rights.
        """
        #expect(Support.done(text).contains("meeting 2024-06-05 @Tashkent"), "\(Support.done(text))")
        // (Without her leading it, a delegation is someone else's.)
        let other = """
         date 2024-06-06 (UzA)
        Delegation in Tashkent

        On June 5, the Azerbaijani delegation held a meeting in Tashkent with the director of the National Centre for Human Rights.
        """
        #expect(Support.done(other).isEmpty, "\(Support.done(other))")
    }

    @Test("'made a visit to the Baku Pre-Trial Detention Facility', 'the hospital in the Mashtagha settlement of Baku': in Baku")
    func venuesInBaku() {
        let text = """
         date 2021-12-10 (Azertac)
        Ombudsman visits detention facility

        On 9 December, Ombudsman Sabina Aliyeva made a visit to the Baku Pre-Trial Detention Facility of the Ministry of Justice.
        """
        #expect(Support.done(text) == ["monitoring 2021-12-09 @Baku"], "\(Support.done(text))")
        let settlement = """
         date 2025-04-10 (Report.az)
        Ombudsman visits psychiatric hospital

        On 8 April, the Ombudsman Sabina Aliyeva visited the Republican Psychiatric Hospital No. 1 in the Mashtagha settlement of Baku.
        """
        #expect(Support.done(settlement) == ["monitoring 2025-04-08 @Baku"], "\(Support.done(settlement))")
    }

    @Test("'a statement on the International Day of …, which was marked on Sunday' is undated; 'sent a special report …', 'The report was dispatched on Monday' dates it")
    func occasionsAndSentReports() {
        let statement = """
         date 2023-12-05 (AzerNews)
        Ombudsman issues statement on International Day of Persons with Disabilities

        Ombudsman Sabina Aliyeva has issued a statement on the International Day of Persons with Disabilities, which was marked on Sunday, Azernews reports.
        """
        #expect(Support.done(statement) == ["statement ..2023-12-05 @-"], "\(Support.done(statement))")
        let dated = """
         date 2023-12-05 (AzerNews)
        Ombudsman issues statement

        Ombudsman Sabina Aliyeva issued a statement on 3 December.
        """
        #expect(Support.done(dated) == ["statement 2023-12-03 @-"], "\(Support.done(dated))")
        let named = """
         date 2025-03-31 (Report.az)
        Ombudsman issues statement on 31 March - Day of Genocide of Azerbaijanis

        Azerbaijan's Human Rights Commissioner (Ombudsman) Sabina Aliyeva has issued a statement on the occasion of 31 March - the Day of Genocide of Azerbaijanis, Report informs.
        """
        // (The day it marks is the paper's own: the statement is of that day.)
        #expect(Support.done(named) == ["statement 2025-03-31 @-"], "\(Support.done(named))")
        let report = """
         date 2022-04-05 (AzerNews)
        Ombudsman sends special report on landmine threat

        Azerbaijan's Human Rights Commissioner Sabina Aliyeva has sent a special report on the humanitarian consequences of the landmines planted by Armenia to international organisations, Azernews reports.

        The report was dispatched on Monday, 4 April, to the UN Secretary-General and the International Committee of the Red Cross.
        """
        #expect(Support.done(report) == ["report 2022-04-04 @-"], "\(Support.done(report))")
    }

    @Test("'Opening the conference, she spoke about … the war in 2020' is the conference told before, on its days")
    func openingTheConference() {
        let text = """
         date 2021-11-18 (AzerNews)
        Baku hosts international conference on rights of civilians

        An international conference on the protection of civilians in armed conflicts was held in Baku on 15-16 November.

        The conference was organized by the Office of the Commissioner for Human Rights (Ombudsman) with the support of the Ministry of Foreign Affairs.

        Opening the conference, Ombudsman Sabina Aliyeva spoke about the consequences of the shelling of Ganja and Barda during the 44-day war in 2020.
        """
        #expect(Support.done(text) == ["conference 2021-11-15..2021-11-16 @Baku"], "\(Support.done(text))")
    }

    @Test("'…, which started in Geneva on Tuesday and concludes today': the event's days, Tuesday to today")
    func startedAndConcludes() {
        let text = """
         date 2023-03-16 (APA)
        Azerbaijani Ombudsman attends GANHRI annual meeting in Geneva

        Human Rights Commissioner (Ombudsman) of Azerbaijan Sabina Aliyeva is participating in the annual meeting of the Global Alliance of National Human Rights Institutions (GANHRI), which started in Geneva on Tuesday and concludes today, APA reports.
        """
        #expect(Support.done(text) == ["conference 2023-03-14..2023-03-16 @Geneva"], "\(Support.done(text))")
    }

    @Test("'the 44-day Patriotic War … opened the way' gives no length to her statement; 'a two-day training ended on …' does")
    func lengthOfAnEventOnly() {
        let text = """
         date 2025-11-08 (Report.az)
        Ombudsman: Victory restored the rights of a million people

        Azerbaijan's victory in the 44-day Patriotic War restored the violated rights of refugees and opened the way for their return, Ombudsman Sabina Aliyeva said in a statement released on Friday on the occasion of 8 November – Victory Day, Report informs.
        """
        #expect(Support.done(text) == ["statement 2025-11-07 @-"], "\(Support.done(text))")
        let training = """
         date 2025-11-08 (Report.az)
        Training ends

        The two-day training organised by Ombudsman Sabina Aliyeva ended on 6 November.
        """
        #expect(Support.done(training) == ["training 2025-11-05..2025-11-06 @-"], "\(Support.done(training))")
    }

    @Test("'the annual report … on human rights in the country in 2024 was presented …': 2024 is the report's year, the headline's day the act's")
    func reportYear() {
        let text = """
         date 2025-04-16 (Trend)
        Ombudsman's annual report for 2024 discussed at Milli Majlis on 15 April

        The annual report of the Commissioner for Human Rights (Ombudsman) on the state of the protection of human rights and freedoms in the country in 2024 was presented by Ombudsman Sabina Aliyeva at the plenary session of the Milli Majlis in Baku, Trend reports.
        """
        #expect(Support.done(text) == ["report 2025-04-15 @Baku"], "\(Support.done(text))")
        let past = """
         date 2025-04-16 (Trend)
        Ombudsman's year

        In 2024, Sabina Aliyeva presented a special report on the rights of migrants to the UN.
        """
        #expect(Support.done(past) == ["report 2024-01-01..2024-12-31 @-"], "\(Support.done(past))")
    }

    @Test("'On the margins of the event' after a bilateral meeting told within the conference: a second meeting, on the conference's days")
    func marginsOfTheEvent() {
        let text = """
         date 2025-03-14 (MENAFN- Azertac)
        Azerbaijani Ombudsman attends GANHRI Annual Conference in Geneva

        Sabina Aliyeva attended the Annual Conference of GANHRI, held in Geneva on March 11-12, AZERTAC reports.

        Within the framework of the conference, on March 11, the Ombudsman met with the Chairperson of the National Human Rights Committee of Qatar. During the meeting, it was noted that relations are developing successfully.

        On the margins of the event, the Ombudsman also held a meeting with the Director of ENNHRI.
        """
        #expect(Support.done(text) == ["conference 2025-03-11..2025-03-12 @Geneva", "meeting 2025-03-11 @Geneva", "meeting 2025-03-11..2025-03-12 @Geneva"],
                "\(Support.done(text))")
    }

    @Test("', who opened a training for officers of the Mingachevir, Yevlakh and Goychay districts on 12th February, visited … the following day': two acts; 'During the unannounced visit' retells the second")
    func listInRelativeClauseThenMainVerb() {
        let text = """
         date 2024-02-14 (AzerNews)
        Ombudsman opens training for police officers, inspects detention facility in Mingachevir

        Ombudsman Sabina Aliyeva, who opened a training for police officers of the Mingachevir, Yevlakh and Goychay districts in Mingachevir on 12th February, visited the temporary detention facility of the Mingachevir City Police Department the following day, Azernews reports.

        During the unannounced visit to the detention facility, Aliyeva examined the cells, the registration logs and the medical unit.
        """
        #expect(Support.done(text) == ["monitoring 2024-02-13 @Mingachevir", "training 2024-02-12 @Mingachevir"], "\(Support.done(text))")
    }

    @Test("'recalled that on 14 September 2022 she had met in Berlin with …' is her meeting, months back; 'on 7 February, the day of the election, visited …' is hers")
    func recalledAndDateApposition() {
        let recalled = """
         date 2023-02-03 (MENAFN- Azertac)
        Commissioner for Human Rights meets newly accredited Ambassador of Germany

        On 1 February, Commissioner for Human Rights Sabina Aliyeva met with the newly accredited Ambassador of Germany at the Ombudsman Office in Baku.

        Sabina Aliyeva recalled that on 14 September 2022 she had met in Berlin with the Federal Government Commissioner for Human Rights Policy.
        """
        #expect(Support.done(recalled) == ["meeting 2022-09-14 @Berlin", "meeting 2023-02-01 @Baku"], "\(Support.done(recalled))")
        let election = """
         date 2024-02-10 (News.az)
        Ombudsman's week

        Ombudsman Sabina Aliyeva on 7 February, the day of the extraordinary presidential election, visited a number of polling stations in Baku's Khatai and Nasimi districts.
        """
        #expect(Support.done(election) == ["visit 2024-02-07 @Baku"], "\(Support.done(election))")
    }

    @Test("'On the first day, the Commissioner received residents … The following day, the reception continued in Barda': a second reception, on its own day")
    func receptionContinued() {
        let text = """
         date 2024-06-06 (MENAFN- Report.az)
        Sabina Aliyeva receives residents of Karabakh economic region in Aghjabadi and Barda

        On 3 June, the Commissioner Sabina Aliyeva received residents of Aghjabadi and Beylagan districts at the Aghjabadi District Olympic Sports Complex. The following day, the reception continued in Barda, where the Ombudsman listened to the appeals of residents of Barda and Tartar districts.
        """
        #expect(Support.done(text) == ["reception 2024-06-03 @Aghjabadi", "reception 2024-06-04 @Barda"], "\(Support.done(text))")
    }

    @Test("'held receptions … this week. The first reception was held on 15 September in Lankaran …': the series' items on their days, not the week")
    func firstOfASeries() {
        let text = """
         date 2025-09-20 (APA)
        Ombudsman holds receptions of citizens in southern region

        Commissioner for Human Rights Sabina Aliyeva held receptions of citizens in the Lankaran and Masalli districts this week, APA reports.

        The first reception was held on 15 September in Lankaran for residents of the Lankaran, Astara and Lerik districts.

        The next day, Sabina Aliyeva received residents of the Masalli and Yardimli districts in Masalli.
        """
        #expect(Support.done(text) == ["reception 2025-09-15 @Lankaran", "reception 2025-09-16 @Masalli"], "\(Support.done(text))")
    }

    @Test("'She also met with the administration of the institution' after an inspection is part of it")
    func administrationDuringMonitoring() {
        let text = """
         date 2023-04-27 (Trend)
        Ombudsman inspects boarding house in Shaki

        On 25 April, Sabina Aliyeva made an unannounced visit to the Shaki boarding house for older persons. She examined the living conditions and talked with the residents.

        She also met with the administration of the institution.
        """
        #expect(Support.done(text) == ["monitoring 2023-04-25 @Shaki"], "\(Support.done(text))")
    }
}
