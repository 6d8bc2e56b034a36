import ActivityExtraction
import Testing

/// English translated from Azerbaijani and Russian wire copy, and the office's monthly digests: her
/// acts in the passive ("an unannounced visit … was paid … by the group headed by the Ombudsman"),
/// the gathering named with her ("With the participation of …, the conference was held …"), days
/// written "16.05–17.05", and a month's receptions counted in a digest.
@Suite("translated wire copy and monthly digests")
struct TranslatedPressTests {
    @Test("'an unannounced visit … was paid on April 4 of this year by the group headed by the Ombudsman': her monitoring that day")
    func visitPaidByHerGroup() {
        let text = """
         date 2023-04-05 (Trend)
        Unannounced visit to the penitentiary institution in Shaki

        In the framework of the National Preventive Mechanism, an unannounced visit to the Penitentiary Institution No. 16 situated in Shaki city was paid on April 4 of this year by the group headed by the Commissioner for Human Rights (Ombudsman) Sabina Aliyeva.
        """
        #expect(Support.done(text) == ["monitoring 2023-04-04 @Shaki"], "\(Support.done(text))")
    }

    @Test("'With the participation of … Aliyeva, the conference … was held in Tashkent' dated by 'The conference, organized by …, took place on March 20-21'")
    func heldWithHerParticipation() {
        let text = """
         date 2023-03-22 (Report.az)
        Ombudsman at the conference in Tashkent

        With the participation of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva, the international conference on the rights of migrants was held in Tashkent city.

        The conference, organized by the Ombudsman of Uzbekistan with the support of the OHCHR, took place on March 20-21 of this year.
        """
        #expect(Support.done(text) == ["conference 2023-03-20..2023-03-21 @Tashkent"], "\(Support.done(text))")
    }

    @Test("'With the participation of the UNHCR Representative, a round table was held': not hers")
    func heldWithSomeoneElse() {
        let text = """
         date 2023-03-22 (Report.az)
        Round table on refugees

        Ombudsman Sabina Aliyeva received citizens in Guba on 20 March.

        With the participation of the UNHCR Representative, a round table on the rights of refugees was held in Baku on 21 March.
        """
        #expect(Support.done(text) == ["reception 2023-03-20 @Guba"], "\(Support.done(text))")
    }

    @Test("'The annual meeting of GANHRI, which was held in Geneva on 9 and 10 of May, was attended by … Aliyeva': the meeting's days")
    func attendedEventHeldOnDays() {
        let text = """
         date 2023-05-16 (Caliber)
        Ombudsman attended GANHRI annual meeting

        The annual meeting of the Global Alliance of National Human Rights Institutions (GANHRI), which was held in Geneva on 9 and 10 of May of this year, was attended by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva.
        """
        #expect(Support.done(text) == ["conference 2023-05-09..2023-05-10 @Geneva"], "\(Support.done(text))")
    }

    @Test("'a speech was made by Sabina Aliyeva': her speech, in the passive")
    func speechMadeByHer() {
        let text = """
         date 2023-04-05 (APA)
        Human rights education

        Ombudsman Sabina Aliyeva is the author of the programme.

        On 3 April, a speech was made by Sabina Aliyeva to the students of the university in Ganja.
        """
        #expect(Support.done(text) == ["speech 2023-04-03 @Ganja"], "\(Support.done(text))")
    }

    @Test("a monthly digest: 'On 02.05 … took part, in online format, in a meeting …', 'On 16.05–17.05 … on a working visit', 'was due to speak' left out")
    func monthlyDigest() {
        let text = """
         date 2023-06-02 (Trend)
        Ombudsman sums up May

        According to the review of the Office of Ombudsman Sabina Aliyeva, the month was marked by the following events:

        On 02.05 the Commissioner took part, in online format, in a meeting of the Executive Committee of the Ombudsman Association of the Organisation of Islamic Cooperation.

        On 16.05–17.05 the Ombudsman was on a working visit to Ankara.

        On 23.05 the Commissioner was due to speak at a forum of young lawyers, but the event was postponed to autumn.

        On 27.05 she released an address to the public on the occasion of 28 May – Independence Day.

        Meanwhile, 158 citizens were received by the Commissioner in person at the Office in May.
        """
        #expect(Support.done(text) == [
            "conference 2023-05-02 @-", "reception 2023-05-01..2023-05-31 @-", "statement 2023-05-27 @-", "visit 2023-05-16..2023-05-17 @Ankara",
        ], "\(Support.done(text))")
    }

    @Test("a count of citizens over a quarter, or in a month still under way, is a tally, not an activity")
    func receptionTallies() {
        let text = """
         date 2023-10-02 (News.az)
        Ombudsman's third quarter

        Ombudsman Sabina Aliyeva received 870 citizens in person from July to September, according to the Office.

        During the month, the Commissioner personally received more than 180 citizens at her office.
        """
        #expect(Support.done(text).isEmpty, "\(Support.done(text))")
    }

    @Test("a statement marking the paper's own day ('has issued a statement on the occasion of September 27 – Remembrance Day') is of that day")
    func statementOnTheDayItMarks() {
        let today = """
         date 2023-09-27 (Report.az)
        Ombudsman on Remembrance Day

        Azerbaijan's Commissioner for Human Rights Sabina Aliyeva has issued a statement on the occasion of September 27 – Remembrance Day.
        """
        #expect(Support.done(today) == ["statement 2023-09-27 @-"], "\(Support.done(today))")
        // (A day after the occasion, the statement's own day is not told.)
        let later = today.replacingOccurrences(of: "2023-09-27", with: "2023-09-29")
        #expect(Support.done(later) == ["statement ..2023-09-29 @-"], "\(Support.done(later))")
    }
    @Test("'The annual report of the Commissioner … was heard at today's plenary sitting'; 'Aliyeva then presented the document' is that report")
    func reportHeardInParliament() {
        let text = """
         date 2023-03-14 (APA)
        Milli Majlis hears Ombudsman's annual report

        The annual report of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan for 2022 was heard at today's plenary sitting of the Milli Majlis, APA reports.

        Ombudsman Sabina Aliyeva, who presented the report, said that her office had received more than 11,000 appeals.
        """
        #expect(Support.done(text) == ["report 2023-03-14 @Baku"], "\(Support.done(text))")
        // (Someone else's report, heard the same way, is not hers.)
        let other = text.replacingOccurrences(of: "of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan", with: "of the Public Defender of Georgia")
            .replacingOccurrences(of: "Ombudsman Sabina Aliyeva, who presented the report, said", with: "Public Defender Levan Ioseliani said")
        #expect(Support.done(other).isEmpty, "\(Support.done(other))")
    }

    @Test("'presented her institution's annual report for 2024 at a plenary session' is her report, not a talk")
    func institutionsAnnualReport() {
        let text = """
         date 2025-04-09 (Trend)
        Ombudsman presents annual report

        The Commissioner for Human Rights (Ombudsman) of Azerbaijan, Sabina Aliyeva, presented her institution's annual report for 2024 at a plenary session of the Milli Majlis on Tuesday.
        """
        #expect(Support.done(text) == ["report 2025-04-08 @Baku"], "\(Support.done(text))")
    }

    @Test("'S. Alieva', an initial and a spelling of the foreign press, is she")
    func initialAndOtherSpelling() {
        let text = """
         date 2022-04-06 (UzA)
        Azerbaijani Ombudsman in Bukhara

        Today, S. Alieva arrived in Bukhara, where she met the khokim of Bukhara region.
        """
        #expect(Support.done(text) == ["meeting 2022-04-06 @Bukhara"], "\(Support.done(text))")
    }

    @Test("'Aliyeva also took the floor' after the hearings and another speaker: her speech at the hearings, on their day")
    func tookTheFloorAtHearings() {
        let text = """
         date 2021-03-12 (Azernews)
        Parliament hears Ombudsman

        The Milli Majlis Committee on Human Rights held parliamentary hearings in Baku on Thursday.

        Minister of Justice Fikrat Mammadov informed the audience that a pardon decree had released more than 400 convicts.

        Human Rights Commissioner Sabina Aliyeva also took the floor.
        """
        #expect(Support.done(text) == ["speech 2021-03-11 @Baku"], "\(Support.done(text))")
    }
    @Test("'is wrapping up a two-day working visit to Lankaran that began on Friday'; 'Upon arrival in the city, the Ombudsman laid flowers …' is its first day")
    func wrappingUpAVisit() {
        let text = """
         date 2020-08-08 (Report.az)
        Ombudsman on two-day working visit to Lankaran

        Commissioner for Human Rights (Ombudsman) of Azerbaijan Sabina Aliyeva is wrapping up a two-day working visit to Lankaran that began on Friday.

        Upon arrival in the city, the Ombudsman laid flowers at the monument to national leader Heydar Aliyev.

        Today, Aliyeva received citizens from Lankaran, Astara and Lerik.
        """
        #expect(Support.done(text) == ["other 2020-08-07 @Lankaran", "reception 2020-08-08 @Lankaran", "visit 2020-08-07..2020-08-08 @Lankaran"], "\(Support.done(text))")
        let visit = Support.extract(text).first { $0.kind == .visit }
        #expect(visit?.title.hasPrefix("Wrapped up a two-day working visit to Lankaran") == true, "\(visit?.title ?? "")")
    }

    @Test("'has wrapped up her working visit to Tashkent, which took place on 12-13 October': the visit's days")
    func visitWhichTookPlace() {
        let text = """
         date 2023-10-14 (Trend)
        Azerbaijani Ombudsman concludes working visit to Uzbekistan

        Azerbaijan's Commissioner for Human Rights Sabina Aliyeva has wrapped up her working visit to Tashkent, which took place on 12-13 October.
        """
        #expect(Support.done(text) == ["visit 2023-10-12..2023-10-13 @Tashkent"], "\(Support.done(text))")
    }

    @Test("'Before leaving, the commissioner laid flowers …' after a visit of one day: that day")
    func beforeLeaving() {
        let text = """
         date 2020-11-15 (Trend)
        The ombudsman returns to Ganja

        On Thursday, Sabina Aliyeva visited the Ganja city hospital, where four wounded people are still being treated.

        Before leaving, the commissioner laid flowers at the graves of the victims in the city's Alley of Martyrs.
        """
        // (Nothing left undated "on or before" the paper: the flowers are of the visit's day.)
        let done = Support.done(text)
        #expect(!done.isEmpty && done.allSatisfy { $0.contains(" 2020-11-12 @Ganja") }, "\(done)")
    }
    @Test("'the Azerbaijani guest was received by …' is she; a bare 'the guest' in Baku is her visitor")
    func azerbaijaniGuest() {
        let abroad = """
         date 2023-05-25 (Agenda.ge)
        Azerbaijani ombudswoman in Tbilisi

        Sabina Aliyeva, the Commissioner for Human Rights of Azerbaijan, arrived in Tbilisi on 23 May.

        On Wednesday the Azerbaijani guest was received by First Vice-Speaker of the Parliament of Georgia Gia Volski.
        """
        #expect(Support.done(abroad).contains("meeting 2023-05-24 @Tbilisi"), "\(Support.done(abroad))")
        let home = """
         date 2023-05-25 (Report)
        Ombudsman receives Kazakh counterpart

        On Wednesday, Sabina Aliyeva received the Commissioner for Human Rights of Kazakhstan in Baku.

        On Thursday, the guest visited the Alley of Martyrs.
        """
        #expect(Support.done(home) == ["meeting 2023-05-24 @Baku"], "\(Support.done(home))")
    }
    @Test("a crowded day of tributes: 'also paid tribute to the martyrs … on Wednesday'; 'met with families of servicemen who died … on September 19-20' is not of that day")
    func tributesAndTheDaysOfTheDead() {
        let text = """
         date 2023-09-28 (APA)
        Azerbaijan pays tribute to martyrs on Remembrance Day

        President Ilham Aliyev and First Lady Mehriban Aliyeva visited the Alley of Martyrs in Baku on Wednesday.

        Commissioner for Human Rights (Ombudsman) Sabina Aliyeva, together with the staff of her office, also paid tribute to the martyrs at the Alley of Martyrs in Baku on Wednesday.

        A day earlier, the Ombudsman travelled to Barda, where she met with families of servicemen who died during the local anti-terror measures in Karabakh on September 19-20.
        """
        #expect(Support.done(text) == ["meeting 2023-09-26 @Barda", "other 2023-09-27 @Baku"], "\(Support.done(text))")
    }
    @Test("'the Ombudsmen of the two countries held talks' includes her")
    func ombudsmenOfTheTwoCountries() {
        let text = """
         date 2022-04-06 (UzA)
        Azerbaijani Ombudsman on visit to Uzbekistan

        Sabina Aliyeva is on a visit to Uzbekistan at the invitation of Ombudsman Feruza Eshmatova.

        On 04.04.2022, the Ombudsmen of the two countries held talks in Tashkent.
        """
        #expect(Support.done(text).contains("meeting 2022-04-04 @Tashkent"), "\(Support.done(text))")
    }
}
