import ActivityExtraction
import Testing

/// Stories where she is one voice among many (a press release of an international body), and the
/// regional English that tells her days: "Last week, on March 12th-13th", "on 3rd", an op-ed under
/// her byline, "as well as met with", a namesake with a double surname.
@Suite("gatherings told by their organisers; regional ways of telling her days")
struct GatheringStoryTests {
    @Test("'… met in Vienna on 22 and 23 November … Sabina Aliyeva, whose office …, described how …': her speech there, on its days")
    func describedAtGathering() {
        let text = """
         date 2022-11-24 (OSCE)
        Preventive mechanisms meet in Vienna

        VIENNA, 24 November 2022 - Representatives of national preventive mechanisms from 30 OSCE participating States met in Vienna on 22 and 23 November at a meeting organised by ODIHR and the Association for the Prevention of Torture.

        The Austrian Ombudsman Board shared its methodology for interviews with residents. The Commissioner for Human Rights of Azerbaijan, Sabina Aliyeva, whose office has served as the country's NPM since 2009, described how unannounced visits are carried out.
        """
        #expect(Support.done(text) == ["speech 2022-11-22..2022-11-23 @Vienna"], "\(Support.done(text))")
    }

    @Test("her own training told again ('The session, held on Thursday, … Aliyeva explained to the participants …'): one training, no speech")
    func explainedAtHerTraining() {
        let text = """
         date 2021-02-05 (Report)
        Ombudsman trains police officers

        Commissioner for Human Rights Sabina Aliyeva has conducted a training session for employees of the Lankaran Regional Police Department.

        The session, held on Thursday, was devoted to the prohibition of torture. Aliyeva explained to the participants the requirements of the UN Convention against Torture.
        """
        #expect(Support.done(text) == ["training 2021-02-04 @Lankaran"], "\(Support.done(text))")
    }

    @Test("'On the second day, participants turned to … Aliyeva presented her institution's work …': a speech on that day, in the gathering's city")
    func secondDayScene() {
        let text = """
         date 2023-06-02 (IOI)
        European ombudsmen meet in Warsaw

        More than forty heads of ombudsman institutions met in Warsaw on 30 and 31 May for the IOI Europe Regional Meeting.

        On the second day, participants turned to vulnerable groups. Sabina Aliyeva, Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, presented her institution's work with internally displaced persons.
        """
        #expect(Support.done(text) == ["speech 2023-05-31 @Warsaw"], "\(Support.done(text))")
    }

    @Test("'made presentations during the seminar' names the seminar again: her presentation takes its days, not the Board meeting's after it")
    func seminarNamedAgain() {
        let text = """
         date 2023-10-30 (AOA)
        AOA seminar in Istanbul

        The Ombudsman Institution of Türkiye hosted an international seminar of the Asian Ombudsman Association in Istanbul from 25 to 26 October 2023. The seminar was followed by the meeting of the AOA Board of Directors on 27 October.

        Opening the seminar, Chief Ombudsman Mehmet Akarca spoke about the lessons learned after the earthquakes of 6 February 2023.

        Heads of member institutions made presentations during the seminar. Azerbaijan's Commissioner for Human Rights, Sabina Aliyeva, presented her institution's experience in protecting the rights of internally displaced persons.
        """
        #expect(Support.done(text) == ["speech 2023-10-25..2023-10-26 @Istanbul"], "\(Support.done(text))")
    }

    @Test("'Last week, on March 12th-13th, … was in Geneva, where she took part …, as well as met with …, and also she delivered a speech …': three acts on the two days")
    func appositeDaysAndJoinedActs() {
        let text = """
         date 2024-03-22 (Caliber)
        Ombudsman in Geneva

        Last week, on March 12th-13th, Sabina Aliyeva was in Geneva, where she took part in the 55th session of the UN Human Rights Council, as well as met with the UN Deputy High Commissioner for Human Rights Nada Al-Nashif, and also she delivered a speech at the side event on the rights of displaced persons.
        """
        #expect(Support.done(text) == [
            "conference 2024-03-12..2024-03-13 @Geneva", "meeting 2024-03-12..2024-03-13 @Geneva", "speech 2024-03-12..2024-03-13 @Geneva",
        ], "\(Support.done(text))")
    }

    @Test("'who returned from Warsaw earlier this week, on Thursday received …': two dates of two clauses stay two")
    func twoClausesTwoDates() {
        let text = """
         date 2022-06-17 (Trend)
        Ombudsman receives Polish ambassador

        Azerbaijan's Ombudsman Sabina Aliyeva, who returned from Warsaw earlier this week, on Thursday received the Ambassador of Poland to Azerbaijan at her Office in Baku.
        """
        #expect(Support.done(text) == ["meeting 2022-06-16 @Baku"], "\(Support.done(text))")
    }

    @Test("'Earlier this month, on 3rd, the Ombudsman spoke in Warsaw at the session …': the 3rd of this month")
    func bareOrdinalDay() {
        let text = """
         date 2022-10-14 (Caliber)
        Ombudsman in Warsaw

        Earlier this month, on 3rd, the Ombudsman Sabina Aliyeva spoke in Warsaw at the session of the Warsaw Human Dimension Conference.
        """
        #expect(Support.doneDates(text) == ["conference 2022-10-03 2022-10-03"], "\(Support.doneDates(text))")
    }

    @Test("an op-ed under her byline: 'I visited Shusha', 'I sent a letter' are hers; under another's byline they are not")
    func byline() {
        let hers = """
         date 2021-12-10 (Caliber)
        Op-ed: Human rights do not end where the mines begin

        By Sabina Aliyeva, Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan

        In October I visited Shusha. I spoke with the deminers who work there every day.

        Last week I sent a letter to the UN High Commissioner for Human Rights, urging her office to raise the issue of the minefield maps.
        """
        #expect(Support.done(hers) == ["statement 2021-11-29..2021-12-05 @-", "visit 2021-10-01..2021-10-31 @Shusha"], "\(Support.done(hers))")
        let another = """
         date 2021-12-10 (Caliber)
        Op-ed: Mines and the right to return

        By Elchin Mammadov, political analyst

        In October I visited Shusha. Last week I sent a letter to the editors of several newspapers.

        Ombudsman Sabina Aliyeva has long raised the issue of mines.
        """
        #expect(Support.done(another).isEmpty, "\(Support.done(another))")
    }

    @Test("'Sabina Aliyeva-Hasanova, the head of an NGO, organized a seminar': a namesake with a double surname")
    func doubleSurname() {
        let text = """
         date 2021-12-08 (Caliber)
        Seminar in Mingachevir

        On the 6th of December, Sabina Aliyeva-Hasanova, the head of the NGO "Legal Support to Youth", organized a seminar about domestic violence for students of Mingachevir State University, and she also met with the head of the city executive power.
        """
        #expect(Support.done(text).isEmpty, "\(Support.done(text))")
    }

    @Test("'The Commissioner also issued a statement' after her visit: a statement of its own, not part of the visit")
    func alsoStatement() {
        let text = """
         date 2026-01-20 (AZERTAC)
        Ombudsman commemorates January 20 martyrs

        Commissioner for Human Rights Sabina Aliyeva today visited the Alley of Martyrs in Baku and laid flowers at the graves of the victims.

        The Commissioner also issued a statement, noting that the crime committed by Soviet troops was a gross violation of the right to life.
        """
        #expect(Support.doneDates(text) == ["statement 2026-01-20 2026-01-20", "visit 2026-01-20 2026-01-20"], "\(Support.doneDates(text))")
    }

    @Test("'On the eve of the International Day for Mine Awareness and Assistance in Mine Action, UNDP convened a round table today … Among the speakers was …': the round table's day")
    func amongSpeakersAfterNamedDay() {
        let text = """
         date 2022-04-05 (UNDP Azerbaijan)
        Partners discuss mine action

        On the eve of the International Day for Mine Awareness and Assistance in Mine Action, the United Nations Development Programme (UNDP) in Azerbaijan convened a round table today in Baku on assistance to survivors of landmines.

        Among the speakers was the Commissioner for Human Rights (Ombudsman) of Azerbaijan, Sabina Aliyeva, who stressed that the failure to hand over minefield maps violates the right to life.
        """
        let found = Support.extract(text).filter { $0.status == .done }
        #expect(found.map(Support.summary) == ["conference 2022-04-05 @Baku"], "\(found.map(Support.summary))")
        #expect(found.first?.title.hasPrefix("Took part in the round table") == true, "\(found.map(\.title))")
    }

    @Test("'who last week hosted her Turkish counterpart … for talks'; 'she handed certificates to the winners': a meeting and an act of her own")
    func hostedCounterpartHandedCertificates() {
        let text = """
         date 2024-05-20 (Report.az)
        Ombudsman receives residents of Ganja

        Human Rights Commissioner Sabina Aliyeva held a reception of citizens in Ganja on Saturday.

        The trip followed a busy week for the Commissioner, who last week hosted her Turkish counterpart, Chief Ombudsman Mehmet Akarca, in Baku for talks.

        At the end of the reception, she handed certificates to the winners of the essay contest.
        """
        #expect(Support.done(text) == ["meeting 2024-05-13..2024-05-19 @Baku", "other 2024-05-18 @Ganja", "reception 2024-05-18 @Ganja"],
                "\(Support.done(text))")
    }

    @Test("'discussed the mine threat with Ambassador …' is a meeting; 'The sides discussed …' after one is the same meeting; 'sent the appeal to the UN' is a statement")
    func discussedAndAppeal() {
        let with = """
         date 2024-07-04 (Azvision.az)
        Ombudsman, EU envoy discuss mine threat

        On Tuesday, Sabina Aliyeva discussed the mine problem with EU Ambassador Peter Michalko at her Office in Baku.
        """
        #expect(Support.done(with) == ["meeting 2024-07-02 @Baku"], "\(Support.done(with))")
        let sides = """
         date 2021-09-20 (Trend)
        Ombudsman receives EU envoy

        Commissioner for Human Rights Sabina Aliyeva on Tuesday received the new Head of the EU Delegation to Azerbaijan, Ambassador Peter Michalko, at her office in Baku. The sides discussed the Twinning project implemented with the support of the EU.
        """
        #expect(Support.done(sides) == ["meeting 2021-09-14 @Baku"], "\(Support.done(sides))")
        let appeal = """
         date 2022-02-25 (APA)
        Ombudsman appeals to international organisations

        Baku, February 25, APA. Today, on the eve of the 30th anniversary of the Khojaly genocide, Ombudsman Sabina Aliyeva sent the appeal to the UN, the OSCE and the Council of Europe.
        """
        #expect(Support.doneDates(appeal) == ["statement 2022-02-25 2022-02-25"], "\(Support.doneDates(appeal))")
    }

    @Test("a review of 2023 published in January 2024: 'In January, Aliyeva was in Strasbourg …' told before June is January 2023")
    func yearInReview() {
        let text = """
         date 2024-01-10 (Azernews)
        Year in review: Ombudsman's 2023 marked by Khankendi visit and Shusha conference

        For Sabina Aliyeva, 2023 was the busiest year since she took office.

        The year opened abroad. In January, Aliyeva was in Strasbourg, where she met Council of Europe Commissioner for Human Rights Dunja Mijatović.

        On 1-2 June, the Ombudsman hosted an international conference in Shusha on the rights of persons with disabilities.
        """
        #expect(Support.doneDates(text) == ["conference 2023-06-01 2023-06-02", "meeting 2023-01-01 2023-01-31"], "\(Support.doneDates(text))")
    }

    @Test("an interview summing up 2025, published in February 2026: 'On 28 January I received citizens' is this January")
    func interviewAboutTheNewYear() {
        let text = """
         date 2026-02-10 (Trend)
        Sabina Aliyeva: "Every complaint is a person's story"

        In an interview with Trend, Ombudsman Sabina Aliyeva spoke about the results of 2025 and the priorities of the institution for the current year.

        - Have you already been to the regions this year?

        - Of course. On 28 January I received citizens in Nakhchivan, and more than 80 people came to the reception.
        """
        #expect(Support.doneDates(text) == ["reception 2026-01-28 2026-01-28"], "\(Support.doneDates(text))")
    }

    @Test("a long story of a two-day meeting ('Speakers on Tuesday included …', 'The second day was dedicated to …'): her explanation is a speech on the second day")
    func secondDayOfLongStory() {
        let text = """
         date 2021-10-14 (OSCE/ODIHR)
        ODIHR brings together national human rights institutions online

        WARSAW, 14 October 2021 - The OSCE Office for Democratic Institutions and Human Rights held a two-day online meeting on 12 and 13 October for national human rights institutions from the OSCE region.

        "NHRIs are often the only independent actors present when a protest turns tense," said the ODIHR Director in his opening remarks. The Director also presented the updated Handbook on Monitoring Freedom of Peaceful Assembly.

        Speakers on Tuesday included the Chair of the Global Alliance of National Human Rights Institutions and the heads of the NHRIs of Moldova and Kyrgyzstan. The UN Special Rapporteur addressed the participants in a recorded video message.

        The second day was dedicated to the policing of assemblies during the pandemic. The Azerbaijani Commissioner, Sabina Aliyeva, explained how her office had dispatched staff to monitor gatherings.
        """
        #expect(Support.doneDates(text) == ["speech 2021-10-13 2021-10-13"], "\(Support.doneDates(text))")
    }

    @Test("a trip told from its end: 'concluded a three-day working visit to Georgia on Wednesday, having arrived on Monday'; 'to Geneva, Switzerland, which lasted from June 19 through June 21'")
    func tripEnds() {
        let concluded = """
         date 2024-03-14 (Georgia Today)
        Ombudsman ends Georgia visit

        The Azerbaijani ombudsperson Sabina Aliyeva concluded a three-day working visit to Georgia on Wednesday, having arrived on Monday.
        """
        #expect(Support.done(concluded) == ["visit 2024-03-11..2024-03-13 @Georgia"], "\(Support.done(concluded))")
        let lasted = """
         date 2023-06-24 (Trend)
        Ombudsman sums up Geneva visit

        Sabina Aliyeva has completed a working visit to Geneva, Switzerland, which lasted from June 19 through June 21.
        """
        #expect(Support.done(lasted) == ["visit 2023-06-19..2023-06-21 @Geneva"], "\(Support.done(lasted))")
    }

    @Test("'The programme started on Monday with a meeting with …'; 'The following day the delegation headed to Khankendi. There Aliyeva inspected …': the days of the trip")
    func tripProgramme() {
        let programme = """
         date 2023-06-24 (Trend)
        Ombudsman sums up Geneva visit

        Sabina Aliyeva has completed a working visit to Geneva, which lasted from June 19 through June 21.

        The programme started on Monday with a meeting with the UN Deputy High Commissioner for Human Rights Nada Al-Nashif.
        """
        #expect(Support.done(programme) == ["meeting 2023-06-19 @Geneva", "visit 2023-06-19..2023-06-21 @Geneva"], "\(Support.done(programme))")
        let delegation = """
         date 2023-11-10 (APA)
        Ombudsman's trip to Karabakh

        Sabina Aliyeva has wrapped up a three-day trip to the Karabakh economic region, APA reports.

        The trip began on Monday in Agdam. The Ombudsman visited the ruins of the Juma Mosque.

        The following day the delegation headed to Khankendi. There Aliyeva inspected the newly renovated temporary detention facility of the city police department.
        """
        #expect(Support.done(delegation) == ["monitoring 2023-11-07 @Khankendi", "visit 2023-11-06 @Aghdam"], "\(Support.done(delegation))")
    }
}
