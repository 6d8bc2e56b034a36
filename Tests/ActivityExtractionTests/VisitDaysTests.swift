import ActivityExtraction
import Testing

/// A trip of several days told day by day: which day each act falls on, and what is part of the visit.
@Suite("days of a visit")
struct VisitDaysTests {
    @Test("the opening day, 'On the same day', 'The next day', the final day of the visit and 'Concluding her visit'")
    func dayByDay() {
        let text = """
         date 2025-06-06 (MENAFN- Azertac)
        Azerbaijani Ombudsman's visit to Kazakhstan concluded

        Human Rights Commissioner (Ombudsman) Sabina Aliyeva was on an official visit to Astana from 3 to 5 June.

        Within the framework of the visit, the Ombudsman took part in the international conference held in Astana on 3-4 June.

        Addressing the plenary session on the opening day, Sabina Aliyeva informed the participants about the protection of personal data. \
        On the same day, on the sidelines of the conference, she met with the Human Rights Commissioner of Kazakhstan.

        The next day, the Azerbaijani Ombudsman held a meeting with the Ombudsman of the Republic of Uzbekistan.

        On the final day of the visit, Sabina Aliyeva delivered a lecture to students of the Eurasian National University.
        """
        let got = Support.doneDates(text)
        #expect(got.contains("meeting 2025-06-03 2025-06-03"), "\(got)")
        #expect(got.contains("meeting 2025-06-04 2025-06-04"), "\(got)")
        #expect(got.contains("speech 2025-06-05 2025-06-05"), "the visit's last day, not the conference's: \(got)")
        let concluding = """
         date 2022-05-13 (Trend)
        Ombudsman concludes visit to Qatar

        Sabina Aliyeva was on a visit to Doha from 10 to 12 May.

        Concluding her visit, Sabina Aliyeva met with representatives of the Azerbaijani community at the Embassy of Azerbaijan in Doha.
        """
        #expect(Support.done(concluding).contains("meeting 2022-05-12 @Doha"), "\(Support.done(concluding))")
    }

    @Test("'Then' after a paragraph of background is the day of the visit told before it")
    func partOfTheVisit() {
        let text = """
         date 2025-11-13 (APA)
        Ombudsman visits Aghdam and Fuzuli

        Human Rights Commissioner (Ombudsman) Sabina Aliyeva visited Aghdam and Fuzuli districts yesterday.

        During the visit, the Ombudsman met with former internally displaced persons who have returned to Aghdam. \
        The residents talked about their new homes. Sabina Aliyeva stressed that the return is the restoration of their rights.

        Aghdam was liberated from occupation on 20 November 2020. On 8 November, the country celebrated the anniversary of the Victory.

        Then the Ombudsman visited a military unit located in Fuzuli district within the mandate of the National Preventive Mechanism.
        """
        #expect(Support.doneDates(text).contains("monitoring 2025-11-12 2025-11-12"), "\(Support.doneDates(text))")
    }

    @Test("'The same evening' is the day just told; 'Two days later' counts two days from it, not from a date in the background")
    func eveningAndDaysLater() {
        let text = """
         date 2020-10-16 (Azertac)
        Ombudsman's week

        The war began on 27 September.

        On 11 October, Sabina Aliyeva visited Ganja, where a missile struck a residential block.

        The same evening, the Commissioner addressed an appeal to the UN High Commissioner for Human Rights.

        Two days later, Sabina Aliyeva travelled to the Tartar district and got acquainted with the destruction in the city.
        """
        #expect(Support.doneDates(text).sorted() == ["statement 2020-10-11 2020-10-11", "visit 2020-10-11 2020-10-11", "visit 2020-10-13 2020-10-13"])
    }

    @Test("'Two days after the reception in Masalli' counts from that reception's day")
    func daysAfterAnEvent() {
        let text = """
         date 2025-09-20 (APA)
        Ombudsman's receptions in the south

        On 15 September, Sabina Aliyeva received citizens in Lankaran.

        The next day, Sabina Aliyeva received residents of the Masalli and Yardimli districts in Masalli.

        The Lankaran Regional Centre was established in 2011.

        Two days after the reception in Masalli, the Ombudsman received citizens of the Jalilabad district in Jalilabad.
        """
        #expect(Support.done(text) == ["reception 2025-09-15 @Lankaran", "reception 2025-09-16 @Masalli", "reception 2025-09-18 @Jalilabad"])
    }

    @Test("each sentence that tells more of a monitoring visit keeps the next 'She also visited …' within it")
    func chainOfFollowUps() {
        let text = """
         date 2023-03-07 (APA)
        Ombudsman visits women's prison

        Ombudsman Sabina Aliyeva on Monday made an unannounced visit to Penitentiary Institution No. 4 for women in Baku.

        The visit was carried out within the mandate of the National Preventive Mechanism.

        Aliyeva examined the living conditions of the convicts and the medical unit. \
        She also visited the mother-and-child house, where convicts keep their children, and presented gifts to the children.
        """
        #expect(Support.done(text) == ["monitoring 2023-03-06 @Baku"])
    }

    @Test("'Aliyeva, who is on a working visit to Georgia, met with …' is the meeting; the visit only says where she is")
    func whoIsOnAVisit() {
        let text = """
         date 2023-07-14 (Embassy of Azerbaijan in Georgia)
        Ombudsman in Tbilisi

        The Commissioner for Human Rights Sabina Aliyeva, who is on a working visit to Georgia, met with the Public Defender \
        of Georgia in Tbilisi on 12 July.
        """
        #expect(Support.done(text) == ["meeting 2023-07-12 @Tbilisi"])
    }

    @Test("'The visit began with …' puts what follows ('then', 'Later in the day') on the visit's first day")
    func visitBeganWith() {
        let text = """
         date 2024-08-10 (Trend)
        Ombudsman in Nakhchivan

        Sabina Aliyeva was on a working visit to the Nakhchivan Autonomous Republic on 8-9 August.

        The visit began with laying flowers at the monument in Nakhchivan city. The Ombudsman then met with the head of the city.

        Later in the day, Sabina Aliyeva received citizens from Nakhchivan city.
        """
        let got = Support.doneDates(text)
        #expect(got.contains("meeting 2024-08-08 2024-08-08"), "\(got)")
        #expect(got.contains("reception 2024-08-08 2024-08-08"), "\(got)")
    }

    @Test("'held receptions in three districts this week' over each reception on its day is the series' summary, not an activity of its own")
    func seriesSummary() {
        let text = """
         date 2025-09-20 (APA)
        Ombudsman receives citizens in the south

        Sabina Aliyeva held receptions of citizens in the Lankaran, Masalli and Jalilabad districts this week.

        On 16 September, Sabina Aliyeva received residents of the Masalli and Yardimli districts in Masalli.

        On 18 September, the Ombudsman received citizens of the Jalilabad district in Jalilabad.
        """
        #expect(Support.done(text) == ["reception 2025-09-16 @Masalli", "reception 2025-09-18 @Jalilabad"])
    }

    @Test("a trip's length told, then its first day: 'On the third day' counts from that day; the lead's summary of the trip is no activity of its own")
    func lengthThenFirstDay() {
        let text = """
         date 2025-03-17 (Report.az)
        Ombudsman wraps up tour of the western districts

        Ombudsman Sabina Aliyeva has wrapped up a three-day tour of the western districts, during which she received citizens and inspected closed institutions.

        On 12 March, the Ombudsman received residents of Gazakh and Aghstafa in Gazakh.

        The next day, she inspected the temporary detention facility of the Tovuz District Police Department.

        On the third day, in Shamkir, Sabina Aliyeva received residents of Shamkir and Samukh.

        "The problems we heard and the cells we visited will be followed up," the Ombudsman said.
        """
        #expect(Support.done(text) == ["monitoring 2025-03-13 @Tovuz", "reception 2025-03-12 @Gazakh", "reception 2025-03-14 @Shamkir"])
        let spent = """
         date 2024-10-21 (Caliber)
        Ombudsman in the Karabakh region

        Sabina Aliyeva spent three days in Karabakh last week.

        She was in Shusha on Wednesday, where she met with the Special Representative of the President.

        On the second day, the Ombudsman visited the Khankendi City Police Department's detention facility.
        """
        #expect(Support.doneDates(spent).contains("monitoring 2024-10-17 2024-10-17"), "\(Support.doneDates(spent))")
    }

    @Test("'has completed a three-day working visit to Doha that ended on Wednesday': the visit's three days, and 'the first day of the visit' is the first of them")
    func completedVisit() {
        let text = """
         date 2025-03-06 (Azernews)
        Azerbaijani Ombudsman wraps up working visit to Qatar

        Azerbaijan's Human Rights Commissioner (Ombudsman) Sabina Aliyeva has completed a three-day working visit to Doha that ended on Wednesday.

        On the first day of the visit, Aliyeva met with the Chairperson of the National Human Rights Committee of Qatar.
        """
        #expect(Support.done(text) == ["meeting 2025-03-03 @Doha", "visit 2025-03-03..2025-03-05 @Doha"], "\(Support.done(text))")
        // The end in a relative clause of its own.
        let which = """
         date 2024-04-19 (Trend)
        Ombudsman in Strasbourg

        BAKU, Azerbaijan, April 19. Sabina Aliyeva has completed a three-day working visit to Strasbourg, which ended on Thursday, Trend reports.
        """
        #expect(Support.done(which) == ["visit 2024-04-16..2024-04-18 @Strasbourg"], "\(Support.done(which))")
        // No day found for it: the completion retells the visit the article tells by its acts.
        let undated = """
         date 2024-04-19 (Trend)
        Ombudsman in Strasbourg

        Sabina Aliyeva has completed her working visit to Strasbourg.

        On Wednesday, she met with the Council of Europe Commissioner for Human Rights in Strasbourg.
        """
        #expect(Support.done(undated) == ["meeting 2024-04-17 @Strasbourg"], "\(Support.done(undated))")
        // Her visits over the years are experience, not news.
        let experience = """
         date 2024-04-19 (Trend)
        Ombudsman in Strasbourg

        On Wednesday, Sabina Aliyeva met with the Council of Europe Commissioner for Human Rights in Strasbourg. Aliyeva has visited Strasbourg several times.
        """
        #expect(Support.done(experience) == ["meeting 2024-04-17 @Strasbourg"], "\(Support.done(experience))")
    }

    @Test("'On the second day of the trip' with no span told counts from the first day named; a digest item's 'On the second day' does not")
    func tripDaysFromTheFirstNamed() {
        let text = """
         date 2025-02-24 (Report.az)
        Ombudsman completes trip to Fuzuli and Jabrayil

        Sabina Aliyeva has completed her trip to the Fuzuli and Jabrayil districts, Report informs.

        On Thursday, the Ombudsman held a reception of citizens in the city of Fuzuli.

        On the second day of the trip, she travelled to Jabrayil, where she received residents of the city.
        """
        #expect(Support.done(text) == ["reception 2025-02-20 @Fuzuli", "reception 2025-02-21 @Jabrayil"], "\(Support.done(text))")
    }

    @Test("'During the visit, held on Wednesday, the Ombudsman toured the wards' is the monitoring visit's rounds, not a visit of its own")
    func roundsOfAMonitoringVisit() {
        let text = """
         date 2025-06-20 (Report.az)
        Ombudsman inspects Medical Facility

        Ombudsman Sabina Aliyeva has paid an unannounced visit to the Medical Facility of the Penitentiary Service, located in Baku.

        During the visit, held on Wednesday, the Ombudsman toured the treatment wards and the pharmacy of the institution.
        """
        #expect(Support.done(text) == ["monitoring 2025-06-18 @Baku"], "\(Support.done(text))")
    }
}
