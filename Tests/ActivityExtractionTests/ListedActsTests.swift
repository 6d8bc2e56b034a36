import ActivityExtraction
import Testing

/// Acts told as lists and round-ups: verbs joined by commas, a trip's stops told back out of order,
/// calls and letters, the incident an appeal is about.
@Suite("listed acts and round-ups")
struct ListedActsTests {
    @Test("'received the Ambassador on Tuesday, inspected the institution on Wednesday, and gave a lecture the following day': three acts, three days")
    func commaList() {
        let text = """
         date 2024-11-08 (News.az)
        Ombudsman's week

        Apart from the conference, the Ombudsman, according to her office, received the Ambassador of Lithuania to Azerbaijan on Tuesday, inspected the Baku residential institution for persons with mental disabilities on Wednesday, and gave a lecture to law students at Baku State University the following day.
        """
        #expect(Support.done(text) == ["meeting 2024-11-05 @Baku", "monitoring 2024-11-06 @Baku", "speech 2024-11-07 @Baku"], "\(Support.done(text))")
        // (One act of several on a visit keeps the visit's day: the holiday greeted is no day of its own.)
        let visit = """
         date 2022-03-24 (Azertac)
        Ombudsman at a boarding house

        On 18 March, Sabina Aliyeva visited the boarding house for older persons in Ganja. She checked the living conditions, congratulated the residents on Novruz and listened to their requests.
        """
        #expect(Support.done(visit) == ["monitoring 2022-03-18 @Ganja"], "\(Support.done(visit))")
    }

    @Test("'was in Barda on Wednesday and continued to Aghdam on Thursday. In Barda, … After that she inspected …': Barda's day; Aghdam told twice is one visit")
    func stopsToldBack() {
        let text = """
         date 2023-05-12 (Trend)
        Ombudsman visits Barda and Aghdam

        Ombudsman Sabina Aliyeva was in Barda on Wednesday and continued to Aghdam on Thursday.

        In Barda, the Ombudsman met with the head of the district. After that she inspected the Barda Central District Hospital. In the afternoon, she received residents of Barda.

        The next day the Ombudsman went to Aghdam. There she met with deminers of the Mine Action Agency.
        """
        let done = Support.done(text)
        #expect(done.contains("monitoring 2023-05-10 @Barda"), "\(done)")
        #expect(done.contains("reception 2023-05-10 @Barda"), "\(done)")
        #expect(done.filter { $0.hasPrefix("visit") && $0.hasSuffix("@Aghdam") } == ["visit 2023-05-11 @Aghdam"], "\(done)")
        #expect(done.contains("meeting 2023-05-11 @Aghdam"), "\(done)")
    }

    @Test("'was in Geneva, where she attended the annual meeting … and held talks with …': the gathering and the talks")
    func presenceThenTwoActs() {
        let text = """
         date 2024-03-13 (Azernews)
        Ombudsman sums up Geneva trip

        Last week, Aliyeva was in Geneva, where she attended the annual meeting of the Global Alliance of National Human Rights Institutions and held talks with the UN Deputy High Commissioner for Human Rights.
        """
        #expect(Support.done(text) == ["conference 2024-03-04..2024-03-10 @Geneva", "meeting 2024-03-04..2024-03-10 @Geneva"], "\(Support.done(text))")
    }

    @Test("calls told by their verb: 'spoke by phone with', 'talked by telephone', 'held telephone talks with'")
    func calls() {
        for sentence in ["On Monday, she spoke by phone with Georgia's Public Defender Nino Lomjaria.",
                         "On Monday, Sabina Aliyeva and Georgia's Public Defender talked by telephone.",
                         "On Monday, the Ombudsman held telephone talks with Georgia's Public Defender."] {
            let text = """
             date 2020-07-16 (Trend)
            Ombudsman informs counterparts

            Sabina Aliyeva held a video call with the Council of Europe Commissioner for Human Rights on Wednesday.

            \(sentence)
            """
            #expect(Support.done(text) == ["meeting 2020-07-13 @-", "meeting 2020-07-15 @-"], "\(sentence): \(Support.done(text))")
        }
    }

    @Test("'sent an address … in connection with the missile strike … of October 11': the strike's day is not the address's")
    func incidentDate() {
        let text = """
         date 2020-10-12 (Report.az)
        Ombudsman appeals to international organisations

        Human Rights Commissioner (Ombudsman) Sabina Aliyeva has sent an address to international organisations in connection with the missile strike on a residential area of Ganja in the early hours of October 11.
        """
        #expect(Support.doneDates(text) == ["statement - 2020-10-12"], "\(Support.doneDates(text))")
        let sent = """
         date 2023-05-12 (Trend)
        Ombudsman on mine victims

        On Thursday, the Commissioner sent a statement to international organisations on the landmine victims in Aghdam district.
        """
        #expect(Support.doneDates(sent) == ["statement 2023-05-11 2023-05-11"], "\(Support.doneDates(sent))")
    }

    @Test("'presented diplomas to the winners of the drawing contest' the day before a conference: an act of hers on its eve")
    func diplomas() {
        let text = """
         date 2020-12-10 (APA)
        Ombudsman holds video conference

        An international online conference was held today on the initiative of the Commissioner for Human Rights Sabina Aliyeva.

        On the eve of the conference, the Ombudsman presented diplomas to the winners of the children's drawing contest "I know my rights".
        """
        #expect(Support.doneDates(text).contains("other 2020-12-09 2020-12-09"), "\(Support.doneDates(text))")
    }

    @Test("'Over the past five days she held talks … on Monday, addressed a seminar on Tuesday, … and received citizens in Sumgayit on Thursday': news, each act in its own place")
    func pastFewDays() {
        let text = """
         date 2024-09-13 (Caliber)
        Ombudsman's busy week

        Over the past five days Azerbaijan's Commissioner for Human Rights Sabina Aliyeva held talks with the Chief Ombudsman of Türkiye on Monday, addressed a seminar for judges on Tuesday, inspected a pre-trial detention centre on Wednesday and received citizens in Sumgayit on Thursday.
        """
        #expect(Support.done(text) == ["meeting 2024-09-09 @-", "monitoring 2024-09-11 @-", "reception 2024-09-12 @Sumgayit", "speech 2024-09-10 @-"],
                "\(Support.done(text))")
        // (One place for acts told without days of their own: "participated and made a speech in the conference held in Tashkent".)
        let joined = """
         date 2024-10-07 (Azertac)
        Ombudsman in Tashkent

        On the 4th of October Sabina Aliyeva participated and made a speech in the international conference on human rights held in Tashkent.
        """
        #expect(Support.done(joined).allSatisfy { $0.hasSuffix("@Tashkent") }, "\(Support.done(joined))")
    }

    @Test("a digest's days headed 'Monday, Mingachevir.' and 'Wednesday, Baku.': the day and the place of the item")
    func dayAndPlaceHeadings() {
        let text = """
         date 2025-04-18 (Caliber)
        Ombudsman's week in brief

        Monday, Mingachevir. The Ombudsman started her regional trip in Mingachevir, where she held a meeting with the head of the Mingachevir City Executive Power.

        Tuesday, Yevlakh. The next stop was Yevlakh, where Aliyeva received citizens from Yevlakh, Aghdash and Zardab.

        Wednesday, Baku. Back in the capital, Aliyeva gave a lecture to students at the Academy of Public Administration.
        """
        #expect(Support.done(text) == ["meeting 2025-04-14 @Mingachevir", "reception 2025-04-15 @Yevlakh", "speech 2025-04-16 @Baku"], "\(Support.done(text))")
    }

    @Test("a day of visits: another institution named is another monitoring visit; a lecture at a university is a speech of its own")
    func dayOfVisits() {
        let text = """
         date 2024-03-14 (Caliber)
        Ombudsman spends a working day in Ganja

        Azerbaijan's Commissioner for Human Rights Sabina Aliyeva paid a working visit to Ganja on Wednesday.

        From the city administration Aliyeva went to the Ganja Pre-trial Detention Facility, where she inspected cells and the medical unit. Later in the afternoon the Commissioner called at the Ganja Psychiatric Hospital.
        """
        #expect(Support.done(text).filter { $0.hasPrefix("monitoring") } == ["monitoring 2024-03-13 @Ganja", "monitoring 2024-03-13 @Ganja"], "\(Support.done(text))")
        let lecture = """
         date 2024-03-14 (Caliber)
        Ombudsman in Ganja

        Aliyeva paid a working visit to Ganja on Wednesday.

        At Ganja State University, Aliyeva gave a lecture to law students.
        """
        #expect(Support.done(lecture) == ["speech 2024-03-13 @Ganja", "visit 2024-03-13 @Ganja"], "\(Support.done(lecture))")
    }

    @Test("trips abroad: 'paid working visits to Strasbourg and Vienna, where …'; 'Speaking on the opening day of the conference'; 'Delivering closing remarks on Friday'")
    func tripsAbroad() {
        let visits = """
         date 2023-11-21 (Caliber)
        Ombudsman back from Europe

        Last week, the Ombudsman Sabina Aliyeva paid working visits to Strasbourg and Vienna, where she met with the Council of Europe Commissioner for Human Rights and took part in the regional conference of the International Ombudsman Institute.
        """
        #expect(Support.done(visits).count == 2, "\(Support.done(visits))")
        #expect(Support.done(visits).contains { $0.hasPrefix("meeting 2023-11-13..2023-11-19") }, "\(Support.done(visits))")
        let opening = """
         date 2023-05-17 (The Peninsula)
        Conference wraps up in Doha

        The two-day international conference on climate change, organised by the NHRC, concluded in Doha yesterday.

        Speaking on the opening day of the conference, Azerbaijan's Commissioner for Human Rights Sabina Aliyeva said environmental damage should be recognised. Delivering closing remarks the next day, Aliyeva thanked the hosts.
        """
        #expect(Support.done(opening) == ["speech 2023-05-15 @Doha", "speech 2023-05-16 @Doha"], "\(Support.done(opening))")
    }

    @Test("'travelled to the city of Shusha, liberated from occupation on November 8, 2020': the city's day, not the trip's")
    func participleOfAPlace() {
        let text = """
         date 2021-06-18 (Report.az)
        Ombudsman visits Shusha

        Commissioner for Human Rights Sabina Aliyeva has travelled to the city of Shusha, liberated from Armenian occupation on November 8, 2020. The trip took place on Wednesday.
        """
        #expect(Support.done(text) == ["visit 2021-06-16 @Shusha"], "\(Support.done(text))")
        // (The day after the participle's phrase is hers: "…, located in the Garadagh district of Baku, on Thursday".)
        let located = """
         date 2020-02-14 (APA)
        Ombudsman visits prison

        Sabina Aliyeva paid an unannounced visit to Penitentiary Institution No. 12, located in the Garadagh district of Baku, on Thursday.
        """
        #expect(Support.done(located) == ["monitoring 2020-02-13 @Baku"], "\(Support.done(located))")
    }

    @Test("'The Commissioner has also received citizens in Khirdalan': one more item of a round-up, without the day of the item before it")
    func addedItem() {
        let text = """
         date 2024-03-29 (Azernews)
        Ombudsman's month

        On March 7, Aliyeva addressed a conference on women's rights in Baku.

        The Commissioner has also received citizens in Khirdalan, hearing appeals from residents of Absheron district.
        """
        #expect(Support.doneDates(text) == ["reception - 2024-03-29", "speech 2024-03-07 2024-03-07"], "\(Support.doneDates(text))")
    }

    @Test("bullets under a lead naming her: '… events with the participation of … Sabina Aliyeva were held this week:' then '– a video conference with … (1 June)'")
    func bulletedEvents() {
        let text = """
         date 2021-06-05 (ombudsman.gov.az)
        Ombudsman continues work in online format

        A number of events with the participation of the Commissioner for Human Rights (Ombudsman) Sabina Aliyeva were held this week in an online format:

        – a video conference with the Chief Ombudsman of the Republic of Türkiye (1 June), at which the joint project was discussed;

        – an online reception of citizens through the video communication system of the Office (3 June), during which the appeals of 27 citizens were heard;

        – an online meeting with the Head of the Delegation of the International Committee of the Red Cross (4 June).

        The citizens may also apply to the Office through the hotline.
        """
        #expect(Support.doneDates(text) == ["meeting 2021-06-01 2021-06-01", "meeting 2021-06-04 2021-06-04", "reception 2021-06-03 2021-06-03"],
                "\(Support.doneDates(text))")
        // (Bullets under a lead that does not name her are someone else's.)
        let others = """
         date 2021-06-05 (ombudsman.gov.az)
        Events of the week

        The Ministry of Justice held a number of events this week:

        – a video conference with the Council of Europe (1 June);

        – an online meeting with the heads of penitentiary institutions (4 June).
        """
        #expect(Support.done(others).isEmpty, "\(Support.done(others))")
    }

    @Test("'The receptions of citizens were held by … in the cities of Shaki (14 July) and Mingachevir (15 July)'; 'Prior to the reception in Shaki, …': that one's day")
    func placesWithDaysInBrackets() {
        let text = """
         date 2022-07-16 (ombudsman.gov.az)
        Receptions of citizens held in Shaki and Mingachevir

        The receptions of citizens were held by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva in the cities of Shaki (14 July) and Mingachevir (15 July).

        Prior to the reception in Shaki, the Ombudsman met with the head of the Shaki City Executive Power.

        On 15 July, the Ombudsman also paid an unannounced visit to the Mingachevir Psychoneurological Boarding House of the State Agency for Social Services.
        """
        #expect(Support.done(text) == ["meeting 2022-07-14 @Shaki", "monitoring 2022-07-15 @Mingachevir", "reception 2022-07-14 @Shaki", "reception 2022-07-15 @Mingachevir"],
                "\(Support.done(text))")
    }

    @Test("'On Wednesday, Abdrakhmatova visited the facility, where she spoke with inmates': the sentence's own subject is who 'she' is")
    func sheOfAnotherSubject() {
        let text = """
         date 2023-05-18 (APA)
        Kyrgyz Ombudsperson wraps up visit

        On Tuesday, the Kyrgyz guest held talks with Azerbaijan's Commissioner for Human Rights Sabina Aliyeva.

        On Wednesday, Abdrakhmatova visited the Baku Pre-Trial Detention Facility, where she familiarised herself with the conditions of detention and spoke with several inmates.
        """
        #expect(Support.doneDates(text) == ["meeting 2023-05-16 2023-05-16"], "\(Support.doneDates(text))")
    }

    @Test("'unannounced visits were paid by the Ombudsman … to the following institutions:' then '– Ganja City Psychoneurological Hospital (5 May)': a monitoring visit per item")
    func bulletedPlaces() {
        let text = """
         date 2023-05-06 (ombudsman.gov.az)
        Ombudsman paid unannounced visits in Ganja

        The Commissioner for Human Rights Sabina Aliyeva was on a working trip to Ganja city on 4-5 May.

        During the trip, unannounced visits were paid by the Ombudsman, together with the members of the NPM group, to the following institutions:

        – Penitentiary Institution No. 2 of the Penitentiary Service of the Ministry of Justice located in Ganja (4 May);

        – Ganja City Psychoneurological Hospital (5 May).
        """
        let done = Support.done(text)
        #expect(done.filter { $0.hasPrefix("monitoring") } == ["monitoring 2023-05-04 @Ganja", "monitoring 2023-05-05 @Ganja"], "\(done)")
    }

    @Test("'Sabina Aliyeva and Chairperson … Maryam bint Abdullah Al Attiyah have held an online meeting. The meeting was held on Tuesday.'")
    func jointOnlineMeeting() {
        let text = """
         date 2022-01-27 (Azertac)
        Ombudsmen of Azerbaijan and Qatar meet via video link

        Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva and Chairperson of the National Human Rights Committee of the State of Qatar Maryam bint Abdullah Al Attiyah have held an online meeting, AZERTAC reports.

        The meeting was held on Tuesday.
        """
        #expect(Support.doneDates(text) == ["meeting 2022-01-25 2022-01-25"], "\(Support.doneDates(text))")
    }
}
