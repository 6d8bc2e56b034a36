import ActivityExtraction
import Testing

/// Her events named as things rather than told by a verb: "the Ombudsman's visit to …, which began
/// on Sunday", "The working visit of … Aliyeva to Geneva, which took place on …"; and what breaks
/// or dates a verb phrase without being its act (an aside, a clause about people, a background date).
@Suite("events named as things; asides and background dates around a verb")
struct NamedEventTests {
    @Test("'as part of the Ombudsman's three-day working visit to Switzerland, which began on Sunday': the visit's three days")
    func possessedVisitWithClause() {
        let text = """
         date 2024-03-13 (APA)
        Ombudsman meets UN officials

        The talks were held at the Palais des Nations as part of the Ombudsman's three-day working visit to Switzerland, which began on Sunday.
        """
        #expect(Support.done(text) == ["visit 2024-03-10..2024-03-12 @Switzerland"], "\(Support.done(text))")
    }

    @Test("'The working visit of … Sabina Aliyeva to Vienna, the capital of Austria, which took place on 4-6 June, has ended': hers, in Vienna")
    func visitOfHer() {
        let text = """
         date 2024-06-07 (Report.az)
        Visit ends

        The working visit of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva to Vienna, the Austrian capital, which took place on 4-6 June, has ended.
        """
        #expect(Support.done(text) == ["visit 2024-06-04..2024-06-06 @Vienna"], "\(Support.done(text))")
    }

    @Test("'is in Warsaw for a working visit that started on 2 May and runs until 4 May' / 'has been on a visit to Ankara since Monday': both ends")
    func visitEnds() {
        let until = """
         date 2024-05-03 (News.az)
        Ombudsman in Poland

        Aliyeva is in Warsaw for a working visit that started on 2 May and runs until 4 May, her office said.
        """
        #expect(Support.done(until) == ["visit 2024-05-02..2024-05-04 @Warsaw"], "\(Support.done(until))")
        let since = """
         date 2024-05-08 (Trend)
        Ombudsman in Türkiye

        Ombudsman Sabina Aliyeva has been on a working visit to Ankara since Monday.
        """
        #expect(Support.done(since) == ["visit 2024-05-06..2024-05-08 @Ankara"], "\(Support.done(since))")
    }

    @Test("'Aliyeva, who …, arrived on Tuesday for a three-day working visit to Ankara': the three days from Tuesday")
    func arrivedForVisit() {
        let text = """
         date 2024-10-17 (Anadolu Agency)
        Ombudsmen meet

        Aliyeva, who heads Azerbaijan's national human rights institution, arrived on Tuesday for a three-day working visit to Ankara.
        """
        #expect(Support.done(text) == ["visit 2024-10-15..2024-10-17 @Ankara"], "\(Support.done(text))")
    }

    @Test("a visit named with a day, but another's, a plan, a prison, or the place of an act told after 'where': no visit of its own")
    func notNamedVisits() {
        let text = """
         date 2024-05-10 (Trend)
        Visits

        The Georgian Public Defender's visit to Baku, which began on Monday, ended today.

        The Ombudsman's visit to Tashkent, which will begin on 20 May, is being prepared.

        Her visit to the Ganja penitentiary institution on Tuesday was unannounced.

        The reception came after the Ombudsman's trip on Wednesday to Aghdam district, where she met with resettled families.

        Aliyeva is on a working visit to Poland to attend the Warsaw Human Dimension Conference, which runs from 30 September to 11 October.
        """
        let done = Support.done(text)
        #expect(!done.contains { $0.hasPrefix("visit") }, "\(done)")
        #expect(done.contains("meeting 2024-05-08 @Aghdam"), "\(done)")
    }

    @Test("'The trip started on Wednesday in Fuzuli district. … liberated on 17 October 2020 … Later that day, the Ombudsman laid a wreath': the trip's day")
    func laterThatDayAfterScene() {
        let text = """
         date 2021-05-20 (Azertac)
        Ombudsman in Fuzuli

        Ombudsman Sabina Aliyeva has been on a trip to the liberated territories.

        The trip started on Wednesday in Fuzuli district. She was shown the ruins of the city, which was liberated on 17 October 2020.

        Later that day, the Ombudsman laid a wreath at a memorial near Fuzuli.
        """
        #expect(Support.done(text).contains("other 2021-05-19 @Fuzuli"), "\(Support.done(text))")
    }

    @Test("'met with families who returned to the city this spring': the clause about them dates their return, not her meeting")
    func whoClauseDates() {
        let text = """
         date 2023-07-21 (APA)
        Ombudsman in Lachin

        On 19 July, Sabina Aliyeva travelled to Lachin. In Lachin, she met with families who returned to the city this spring after three decades of displacement.
        """
        #expect(Support.done(text).contains("meeting 2023-07-19 @Lachin"), "\(Support.done(text))")
        #expect(!Support.done(text).contains { $0.contains("2023-03") }, "\(Support.done(text))")
    }

    @Test("'went, without prior notice, to the pre-trial detention centre in Ganja': the verb phrase read past the aside")
    func asideInVerbPhrase() {
        let text = """
         date 2022-12-05 (Trend)
        Ombudsman in Ganja

        On Monday, the ombudsman and a team from the National Preventive Mechanism went, without prior notice, to the pre-trial detention centre in Ganja.
        """
        let found = Support.extract(text).filter { $0.status == .done }
        #expect(found.map(Support.summary) == ["monitoring 2022-12-05 @Ganja"], "\(found.map(Support.summary))")
        #expect(found.first?.title == "Went to the pre-trial detention centre in Ganja", "\(found.map(\.title))")
    }

    @Test("'has paid a visit to Khankendi, the first since … the anti-terrorist measures of September 19-20': the measures' days, not the visit's")
    func incidentDaysAfterTheAct() {
        let text = """
         date 2023-10-06 (APA)
        Ombudsman in Khankendi

        Sabina Aliyeva has paid a visit to Khankendi, the first by the Ombudsman since Azerbaijan restored its sovereignty over the city following the local anti-terrorist measures of September 19-20.
        """
        #expect(!Support.doneDates(text).contains { $0.contains("2023-09-19") }, "\(Support.doneDates(text))")
    }
}

