import ActivityExtraction
import Testing

/// Her acts told from the other side: a host who "held talks … with her Azerbaijani counterpart",
/// "hosted his Azerbaijani counterpart", met "Lastayev and Aliyeva"; her with others as one subject;
/// a foreign agency's dateline.
@Suite("acts told from the host's side")
struct HostSideTests {
    @Test("'held talks by video link on Tuesday with her Azerbaijani counterpart Sabina Aliyeva': her meeting, on Tuesday")
    func talksAfterDateAndManner() {
        let text = """
         date 2023-04-19 (TASS)
        Russian, Azerbaijani ombudsmen discuss citizens serving sentences

        Russian High Commissioner for Human Rights Tatyana Moskalkova held talks by video link on Tuesday with her Azerbaijani counterpart Sabina Aliyeva, the press service said.
        """
        #expect(Support.done(text) == ["meeting 2023-04-18 @-"], "\(Support.done(text))")
        // (Someone else's meeting with someone else stays out.)
        let other = """
         date 2023-04-19 (TASS)
        Ombudsman's week

        The Russian ombudsman held a meeting on Monday with Armenia's Human Rights Defender Anahit Manasyan.
        """
        #expect(Support.done(other).isEmpty, "\(Support.done(other))")
    }

    @Test("'hosted his Azerbaijani counterpart', 'meetings with Lastayev and Aliyeva', 'met with Azerbaijan's newly elected … Commissioner'")
    func counterparts() {
        let hosted = """
         date 2024-10-04 (Georgia Today)
        Azerbaijani Ombudsman in Georgia

        On Tuesday, Ioseliani hosted his Azerbaijani counterpart at the Public Defender's Office in Tbilisi.
        """
        #expect(Support.done(hosted) == ["meeting 2024-10-01 @Tbilisi"], "\(Support.done(hosted))")
        let listed = """
         date 2023-06-08 (Daily Sabah)
        Ombudsmen of Turkic states meet in Istanbul

        On Monday, Chief Ombudsman Seref Malkoc held separate bilateral meetings with Lastayev and Aliyeva in Istanbul.
        """
        #expect(Support.done(listed) == ["meeting 2023-06-05 @Istanbul"], "\(Support.done(listed))")
        let qualified = """
         date 2019-12-12 (Interfax)
        Moskalkova meets new Azerbaijani ombudsman

        Russian Human Rights Commissioner Tatyana Moskalkova met with Azerbaijan's newly elected Human Rights Commissioner Sabina Aliyeva in Moscow on Tuesday.
        """
        #expect(Support.done(qualified) == ["meeting 2019-12-10 @Moscow"], "\(Support.done(qualified))")
    }

    @Test("a dateline with the outlet and a dash ('MOSCOW. Dec 11 (Interfax) - …') dates the dispatch, not the meeting on Tuesday")
    func foreignDateline() {
        let text = """
         date 2019-12-11 (Interfax)
        Moskalkova meets Azerbaijani ombudsman

        MOSCOW. Dec 11 (Interfax) - Russian Human Rights Commissioner Tatyana Moskalkova met with Sabina Aliyeva in Moscow on Tuesday.
        """
        let got = Support.extract(text)
        #expect(got.map { "\($0.kind.rawValue) \($0.start.map { "\($0)" } ?? "-")" } == ["meeting 2019-12-10"], "\(got)")
        #expect(got.first?.counterparts == ["Russian Human Rights Commissioner Tatyana Moskalkova"])
    }

    @Test("'the Ombudsman and heads of diplomatic missions visited Aghdam': she acts with the others; not after another's verb")
    func jointSubject() {
        let text = """
         date 2021-04-05 (MENAFN- Azertac)
        Ombudsman and diplomats visited Aghdam

        On 2 April, the Ombudsman Sabina Aliyeva and heads of diplomatic missions visited Aghdam district.
        """
        #expect(Support.done(text) == ["visit 2021-04-02 @Aghdam"], "\(Support.done(text))")
        let object = """
         date 2021-04-05 (MENAFN- Azertac)
        Diplomats in Aghdam

        On 2 April, the minister thanked Sabina Aliyeva and the ambassadors visited Aghdam district.
        """
        #expect(!Support.done(object).contains { $0.hasPrefix("visit") }, "\(Support.done(object))")
    }

    @Test("'heads and representatives of the ombudsman institutions of Azerbaijan, Kazakhstan …' attended: she took part")
    func headsAndRepresentatives() {
        let text = """
         date 2022-09-24 (UzA)
        Tashkent hosts international conference

        On September 22, an international conference on gender equality was held in Tashkent.

        The event was attended by members of the Senate, as well as heads and representatives of the ombudsman institutions of Azerbaijan, Kazakhstan and Türkiye.
        """
        #expect(Support.done(text) == ["conference 2022-09-22 @Tashkent"], "\(Support.done(text))")
    }

    @Test("'met Kazakhstan's Human Rights Commissioner' on the sidelines in Geneva: the meeting is in Geneva, not in Kazakhstan")
    func possessiveCountryIsNoPlace() {
        let text = """
         date 2025-03-14 (AzerNews)
        Azerbaijan's ombudsman at GANHRI

        Sabina Aliyeva took part in the annual meeting of GANHRI in Geneva on March 12-13.

        On Wednesday, on the sidelines of the meeting, Aliyeva met Kazakhstan's Human Rights Commissioner Artur Lastayev.
        """
        #expect(Support.done(text).contains("meeting 2025-03-12 @Geneva"), "\(Support.done(text))")
    }

    @Test("'the Office of the UN High Commissioner for Refugees' names an office: a later bare 'the Commissioner' stays hers")
    func roleInsideAnOfficeName() {
        let text = """
         date 2024-04-20 (Caliber.az)
        Ombudsman's week

        On Wednesday, Sabina Aliyeva met in Baku with the Representative of the Office of the UN High Commissioner for Refugees in Azerbaijan.

        On Thursday, the Commissioner visited secondary school No. 245 in Baku.
        """
        #expect(Support.done(text) == ["meeting 2024-04-17 @Baku", "visit 2024-04-18 @Baku"], "\(Support.done(text))")
    }

    @Test("'received Ms. Sabina Aliyeva, and her accompanying delegation at … in Ankara on 12 May': her meeting on that day")
    func receivedWithHonorificAndDelegation() {
        let text = """
         date 2022-05-13 (Anadolu)
        Ombudsmen of Türkiye and Azerbaijan meet in Ankara

        Chief Ombudsman Şeref Malkoç received the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Ms. Sabina Aliyeva, and her accompanying delegation at the headquarters of the Ombudsman Institution in Ankara on 12 May 2022.
        """
        #expect(Support.done(text) == ["meeting 2022-05-12 @Ankara"], "\(Support.done(text))")
        let minister = """
         date 2022-05-13 (Anadolu)
        Minister receives Azerbaijani Ombudsman

        The minister received Ms. Sabina Aliyeva in Ankara on 12 May 2022.
        """
        #expect(Support.done(minister) == ["meeting 2022-05-12 @Ankara"], "\(Support.done(minister))")
        // (", and" before a clause of its own still opens one: its date is not the meeting's.)
        let clause = """
         date 2022-05-13 (Anadolu)
        Ombudsmen meet

        Chief Ombudsman Şeref Malkoç received Sabina Aliyeva on 11 May, and her delegation visited the Grand National Assembly on 12 May.
        """
        #expect(Support.done(clause) == ["meeting 2022-05-11 @-"], "\(Support.done(clause))")
    }

    @Test("'Sabina Aliyeva and the Chief Ombudsman of Türkiye met …': the one named with her is whom she met")
    func coSubjectIsCounterpart() {
        let text = """
         date 2024-05-16 (Report)
        Ombudsmen of Azerbaijan and Türkiye meet in Tashkent

        Azerbaijan's Commissioner for Human Rights Sabina Aliyeva and the Chief Ombudsman of Türkiye met on Wednesday on the sidelines of the international conference in Tashkent.
        """
        let meeting = Support.extract(text).filter { $0.status == .done }
        #expect(meeting.map(Support.summary) == ["meeting 2024-05-15 @Tashkent"])
        #expect(meeting.first?.counterparts == ["the Chief Ombudsman of Türkiye"])
        #expect(meeting.first?.title == "Met with the Chief Ombudsman of Türkiye")
        // (Not her own people: "Sabina Aliyeva and her deputy met residents" names no one she met.)
        let own = """
         date 2023-11-07 (Report)
        Residents received

        Sabina Aliyeva and her deputy met residents in Baku on Monday.
        """
        #expect(Support.extract(own).first?.counterparts == [])
    }

    @Test("'Together with Sabina Aliyeva, the Turkish guest visited …': she does it with the guest")
    func companionOpening() {
        let text = """
         date 2023-11-06 (Azertac)
        Chief Ombudsman of Türkiye in Baku

        Together with Sabina Aliyeva, the Turkish guest visited the Nizami Ganjavi school in Baku on Monday.
        """
        #expect(Support.done(text) == ["visit 2023-11-06 @Baku"], "\(Support.done(text))")
        // (Someone else's companion is not she: "Together with his deputy, the guest visited …".)
        let other = """
         date 2023-11-06 (Azertac)
        Chief Ombudsman of Türkiye in Baku

        Together with his deputy, the Turkish guest visited the Nizami Ganjavi school in Baku on Monday.
        """
        #expect(Support.done(other).isEmpty, "\(Support.done(other))")
    }

    @Test("her part at a gathering another hosted: 'delivered a presentation', 'one of the speakers at the event', placed where the gathering was")
    func speakerAtAnothersGathering() {
        let text = """
         date 2023-06-09 (OSCE)
        OSCE meeting on national human rights institutions

        VIENNA – The OSCE Office for Democratic Institutions and Human Rights hosted a meeting of national human rights institutions in Vienna on 7 June. The Director of ODIHR opened the meeting.

        The Public Defender of Georgia and the Ombudsman of Moldova also spoke. The Commissioner for Human Rights of Azerbaijan, Sabina Aliyeva, delivered a presentation on the protection of the rights of displaced persons.
        """
        #expect(Support.done(text) == ["speech 2023-06-07 @Vienna"], "\(Support.done(text))")
        let apposition = """
         date 2024-05-17 (Report.az)
        UNDP event on the rights of persons with disabilities

        UNDP held a high-level event on inclusive employment in Ganja on Wednesday. The UNDP Resident Representative said that barriers remained.

        Ombudsman Sabina Aliyeva, one of the speakers at the event, noted that the Office receives many complaints about accessibility.
        """
        #expect(Support.done(apposition) == ["speech 2024-05-15 @Ganja"], "\(Support.done(apposition))")
    }

    @Test("'joined counterparts from twenty countries at an international conference': she took part in it")
    func joinedCounterpartsAtAConference() {
        let text = """
         date 2023-09-29 (Caliber)
        Ombudsman in Ankara

        Earlier this week, Sabina Aliyeva joined counterparts from more than twenty countries at an international conference in Ankara.
        """
        #expect(Support.done(text) == ["conference 2023-09-25..2023-09-29 @Ankara"], "\(Support.done(text))")
    }

    @Test("'Baku. 25 June. REPORT.AZ/ A final conference took place …': the agency's name is no report; her speech is at the conference")
    func reportAgencyDateline() {
        let text = """
         date 2021-06-25 (Report.az)
        Project completed

        Baku. 25 June. REPORT.AZ/ A final conference of the joint project took place in Baku on Thursday.

        The Deputy Minister of Justice also spoke.

        Ombudsman Sabina Aliyeva, in her speech, thanked the partners.
        """
        #expect(Support.done(text) == ["speech 2021-06-24 @Baku"], "\(Support.done(text))")
    }
}
