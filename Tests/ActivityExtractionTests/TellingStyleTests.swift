import ActivityExtraction
import Testing

/// How other sources tell her acts: interviews set out as questions and answers, lists of
/// participants, statements named in an opening phrase, and "the next day" after a day that
/// opened a sentence about someone else.
@Suite("telling styles")
struct TellingStyleTests {
    @Test("an interview set out as dashed questions and answers: her 'I' and 'we', and 'the conference we organised'")
    func dashedInterview() {
        let text = """
         date 2023-12-10 (MENAFN- AzerNews)
        Sabina Aliyeva: "Our doors stay open"

        On the occasion of Human Rights Day, Ombudsman Sabina Aliyeva answered questions from AzerNews.

        - How did your institution mark the anniversary of the Declaration?

        - The main event was the international conference we organised in Baku on 21 November.

        - Have you been to Khankendi?

        - Yes. On 5 December I went to Khankendi with a group of our staff.

        - And your plans?

        - In February I will present the annual report to the Milli Majlis.
        """
        let got = Support.done(text)
        #expect(got.contains("conference 2023-11-21 @Baku"), "\(got)")
        #expect(got.contains("visit 2023-12-05 @Khankendi"), "\(got)")
        #expect(got.count == 2, "the report is a plan: \(got)")
        // The same answer with no question set off by a dash is somebody's quoted words, not hers.
        let quoted = """
         date 2023-12-10 (Trend)
        Conference on the Declaration

        "The main event was the international conference we organised in Baku on 21 November," the minister said.
        """
        #expect(Support.done(quoted) == [])
    }

    @Test("'Participants included …, and Sabina Aliyeva' is taking part in the event told before; 'the following day' counts from it")
    func participantsIncluded() {
        let text = """
         date 2024-06-20 (Council of Europe)
        Commissioner holds round table with ombudspersons

        The Council of Europe Commissioner for Human Rights hosted a round table with ombudspersons of the region in Strasbourg on Tuesday.

        Participants included the Public Defender of Georgia and Azerbaijan's Commissioner for Human Rights, Sabina Aliyeva.

        Opening the meeting, the Commissioner, who took up his mandate on 1 April 2024, said that the institutions were the first line of defence.

        The following day, the Azerbaijani Ombudsman met the Director of Human Rights of the Council of Europe.
        """
        #expect(Support.done(text) == ["conference 2024-06-18 @Strasbourg", "meeting 2024-06-19 @Strasbourg"])
    }

    @Test("'In a statement released on Thursday, the Commissioner called on …' is her statement of that day")
    func statementInOpeningPhrase() {
        let text = """
         date 2025-11-21 (Report.az)
        World Children's Day

        In a statement released on Thursday, the Commissioner for Human Rights Sabina Aliyeva called on international \
        organisations to pay attention to the rights of children affected by landmines.
        """
        #expect(Support.done(text) == ["statement 2025-11-20 @-"])
    }

    @Test("'On the same day' after a day that opened a sentence about her staff is that day, not her last activity's")
    func sameDayAsOpeningDay() {
        let text = """
         date 2020-02-13 (Report.az)
        Ombudsman's week

        On 11 February, Ombudsman Sabina Aliyeva met with students of Baku State University.

        On 12 February, the head of the Office's Department for the Rights of the Child visited a children's home in Sumgayit.

        On the same day, Commissioner Sabina Aliyeva received the Head of the EU Delegation at the Office in Baku.
        """
        // (The first meeting is placed at her seat, Baku, which the article names.)
        #expect(Support.done(text) == ["meeting 2020-02-11 @Baku", "meeting 2020-02-12 @Baku"])
        // A day named inside a sentence ("… the shelling on 13 September") is not where the text moved on to.
        let inside = """
         date 2022-10-05 (Trend)
        Ombudsman in Warsaw

        On Monday, speaking at the plenary session devoted to humanitarian issues, Ombudsman Sabina Aliyeva informed \
        the participants about the threat posed by landmines.

        She also drew attention to the shelling of civilian settlements on 13 September.

        On the following day, Aliyeva met with the ODIHR Director.
        """
        #expect(Support.done(inside).contains("meeting 2022-10-04 @-"), "\(Support.done(inside))")
    }

    @Test("a weekly digest whose headline names an event the body lists under a date heading: the heading's days")
    func digestHeadingRetellsHeadline() {
        let text = """
         date 2021-12-05 (Trend)
        Weekly digest: Ombudsman attends Tashkent conference, receives persons with disabilities

        29-30 November. Commissioner for Human Rights (Ombudsman) Sabina Aliyeva took part in the international conference held in Tashkent. \
        The conference was organised by the Ombudsman of Uzbekistan.

        3 December. The Ombudsman received persons with disabilities at the Ombudsman Office in Baku.
        """
        #expect(Support.done(text) == ["conference 2021-11-29..2021-11-30 @Tashkent", "reception 2021-12-03 @Baku"])
    }

    @Test("'The meeting of the Ombudsman with X took place …' is her meeting; 'her last visit … took place in 2017' is background")
    func nominalMeeting() {
        let text = """
         date 2024-02-27 (MENAFN- Azertac)
        Ombudsman meets UNICEF Representative

        The meeting of the Commissioner for Human Rights (Ombudsman) Sabina Aliyeva with the newly appointed UNICEF \
        Representative in Azerbaijan took place at the Ombudsman Office in Baku on 26 February.

        It was noted that the last visit of the Ombudsman to the autonomous republic took place in 2017.
        """
        #expect(Support.done(text) == ["meeting 2024-02-26 @Baku"])
    }

    @Test("'held talks … on Wednesday and, later the same afternoon, opened an exhibition' is two activities")
    func secondEventLater() {
        let text = """
         date 2025-11-14 (AzerNews)
        Ombudsman meets UNICEF, opens exhibition

        Sabina Aliyeva held talks with the UNICEF Representative in Baku on Wednesday and, later the same afternoon, \
        opened an exhibition of drawings by children at the Carpet Museum.
        """
        #expect(Support.doneDates(text).sorted() == ["meeting 2025-11-12 2025-11-12", "other 2025-11-12 2025-11-12"])
    }

    @Test("photo captions that each open with a place and a day are no dispatch dateline: 'on Friday' counts from publication")
    func captionsAreNoDateline() {
        let text = """
         date 2024-03-11 (Report.az)
        Week in pictures

        Baku, 7 March 2024. Commissioner for Human Rights Sabina Aliyeva with participants of the round table.

        Ganja, 8 March 2024. Employees of the Ganja Regional Centre congratulate women on International Women's Day.

        The newly appointed Ambassador of Japan to Azerbaijan was received by Ms Aliyeva on Friday.
        """
        // (At her office in Baku: the profile's seat, named by the first caption.)
        #expect(Support.done(text).contains("meeting 2024-03-08 @Baku"), "\(Support.done(text))")
    }

    @Test("her acts in the passive: appeals heard, a report presented, conditions examined by her; the active 'examined the site' is no act of its own")
    func passiveVoice() {
        let text = """
         date 2024-05-17 (Trend)
        Ombudsman's week

        Applications of residents of Guba and Gusar districts were heard by Ombudsman Sabina Aliyeva on 13 May.

        The annual report was presented by Ombudsman Sabina Aliyeva to the plenary session of the Milli Majlis on Tuesday.

        Conditions created for the resettled families were examined on the spot by the Ombudsman on Wednesday.
        """
        #expect(Support.doneDates(text).sorted() == ["monitoring 2024-05-15 2024-05-15", "reception 2024-05-13 2024-05-13", "report 2024-05-14 2024-05-14"])
        let award = """
         date 2024-05-17 (Trend)
        Awards

        The award was presented by Ombudsman Sabina Aliyeva to the winners of the contest on Tuesday.
        """
        #expect(!Support.done(award).contains { $0.hasPrefix("report") }, "\(Support.done(award))")
    }

    @Test("'Aliyeva's visit continued on Thursday with a trip to …' and an event 'co-organized with' her Office")
    func visitContinuedAndCoOrganised() {
        let text = """
         date 2025-12-11 (UN Azerbaijan)
        Human Rights Day

        The United Nations in Azerbaijan on Wednesday marked Human Rights Day with a high-level event in Baku \
        co-organized with the Office of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan.

        Aliyeva's visit to Ganja continued on Thursday with a trip to the city's new rehabilitation centre.
        """
        #expect(Support.doneDates(text).sorted() == ["other 2025-12-10 2025-12-10", "visit 2025-12-11 2025-12-11"])
    }

    @Test("a guest's call on her is her meeting ('called on Ms Aliyeva'), her own 'called on … to act' is not; 'the delegates, accompanied by her, visited'")
    func guestsAndCompany() {
        let text = """
         date 2022-10-15 (Associated Press of Pakistan)
        AOA Board meets in Baku

        On the eve of the meeting, on October 11, the AOA President called on Ms Sabina Aliyeva at her office.

        On October 12, Ms Aliyeva called on the member institutions to share their experience.

        After the meeting, the delegates, accompanied by Ombudsman Sabina Aliyeva, visited the city of Shusha on October 14.
        """
        #expect(Support.doneDates(text) == ["meeting 2022-10-11 2022-10-11", "visit 2022-10-14 2022-10-14"])
    }

    @Test("a date in a relative clause about a thing dates what happened to it; 'the conference that was held on …' dates the event")
    func relativeClauseDates() {
        let shelled = """
         date 2022-09-15 (AzerNews)
        Ombudsman visits Dashkasan

        Sabina Aliyeva has visited villages of the Dashkasan district that were shelled on the night of September 12-13.
        """
        #expect(Support.doneDates(shelled) == ["visit - 2022-09-15"], "\(Support.doneDates(shelled))")
        let held = """
         date 2022-09-15 (AzerNews)
        Ombudsman at a conference

        Sabina Aliyeva took part in the conference that was held in Baku on 12 September.
        """
        #expect(Support.doneDates(held) == ["conference 2022-09-12 2022-09-12"])
    }

    @Test("'an event dedicated to the Day, marked annually on 3 December, was held on 2 December with the joint organization of her Office' is on 2 December")
    func dayMarkedAnnually() {
        let text = """
         date 2022-12-03 (Azertac)
        Disability day event

        An event dedicated to the International Day of Persons with Disabilities, marked annually on 3 December, was held \
        in Baku on 2 December with the joint organization of the Office of the Commissioner for Human Rights (Ombudsman).
        """
        #expect(Support.doneDates(text).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == ["2022-12-02 2022-12-02"])
    }

    @Test("'she moved on to Jalilabad, receiving more than 90 citizens' is a reception there; 'the Commissioner, acting within the mandate of …, went to the hospital' is hers")
    func participles() {
        let text = """
         date 2022-04-18 (Report.az)
        Ombudsman wraps up tour of southern region

        The programme opened on Friday in Lankaran, where Aliyeva heard the complaints of residents from four districts. A day later she moved on to Jalilabad, receiving more than 90 citizens from Jalilabad, Bilasuvar and Yardimli.

        The next day the Commissioner, acting within the mandate of the National Preventive Mechanism against torture, went to the Masalli District Psychiatric Hospital without prior notice.
        """
        let got = Support.done(text)
        #expect(got.contains("reception 2022-04-16 @Jalilabad"), "\(got)")
        #expect(got.contains("monitoring 2022-04-17 @Masalli"), "\(got)")
        // A list is no aside: "officials, including Aliyeva, visited" is still her visit.
        let listed = """
         date 2022-04-18 (Report.az)
        Officials in Shusha

        On Saturday, several officials, including Sabina Aliyeva, visited Shusha.
        """
        #expect(Support.done(listed) == ["visit 2022-04-16 @Shusha"], "\(Support.done(listed))")
    }

    @Test("'she' two sentences after her, with only a group acting between, is hers; after another official acting, it is not")
    func sheAfterAGroup() {
        let group = """
         date 2024-11-25 (Azernews)
        Ombudsman in Karabakh

        On Saturday, Sabina Aliyeva accompanied foreign guests on a visit to Shusha.

        The delegation toured the Shusha fortress and the Jidir Duzu plain.

        The next day she went to Khankendi, where she delivered a lecture to students of Karabakh University.
        """
        #expect(Support.done(group).contains("speech 2024-11-24 @Khankendi"), "\(Support.done(group))")
        let official = group.replacingOccurrences(of: "The delegation toured", with: "The Public Defender of Georgia toured")
        #expect(!Support.done(official).contains { $0.contains("Khankendi") }, "\(Support.done(official))")
    }

    @Test("'she held separate meetings with A and with B' is a meeting with each; someone else's separate meetings with her and another are one of hers")
    func separateMeetings() {
        let text = """
         date 2022-11-11 (Report.az)
        Ombudsman at the conference

        On the sidelines of the conference on Thursday, Sabina Aliyeva held separate meetings with Chief Ombudsman of Türkiye Şeref Malkoç and with the Federal Ombudsman of Pakistan.
        """
        let titles = Support.extract(text).filter { $0.kind == .meeting }.map(\.title).sorted()
        #expect(titles == ["Met with Chief Ombudsman of Türkiye Şeref Malkoç", "Met with Federal Ombudsman of Pakistan"], "\(titles)")
        let host = """
         date 2022-11-11 (Report.az)
        Conference in Tbilisi

        On Thursday, Public Defender of Georgia Nino Lomjaria held separate meetings with Sabina Aliyeva and Ukraine's Commissioner Lyudmyla Denisova.
        """
        #expect(Support.extract(host).filter { $0.kind == .meeting }.count == 1, "\(Support.done(host))")
        // "bilateral meetings with A and with B": the preposition said again; "meetings with A and B" stays one.
        let bilateral = """
         date 2023-10-13 (Azertac)
        Ombudsman in Astana

        On 12 October, within the framework of the conference, the Ombudsman Sabina Aliyeva held bilateral meetings with Kazakhstan's Commissioner for Human Rights Artur Lastayev and with the Ombudsman of Uzbekistan.
        """
        #expect(Support.extract(bilateral).filter { $0.kind == .meeting }.count == 2, "\(Support.done(bilateral))")
        let joint = """
         date 2023-10-13 (Azertac)
        Ombudsman in Astana

        On 12 October, the Ombudsman Sabina Aliyeva held meetings with Kazakhstan's Commissioner for Human Rights Artur Lastayev and the Ombudsman of Uzbekistan.
        """
        #expect(Support.extract(joint).filter { $0.kind == .meeting }.count == 1, "\(Support.done(joint))")
    }

    @Test("a date told as a possessive: 'at Tuesday's plenary session' titles without the date; 'During Wednesday's talks' is the talks told before")
    func possessiveDates() {
        let text = """
         date 2023-06-08 (APA)
        Turkish Chief Ombudsman in Baku

        Sabina Aliyeva held talks with Chief Ombudsman of Türkiye Şeref Malkoç in Baku on June 7.

        During Wednesday's talks at the Office of the Ombudsman, Aliyeva thanked her Turkish counterpart for the solidarity.

        The day before, she presented her annual report at Tuesday's plenary session of the Milli Majlis.
        """
        let found = Support.extract(text).filter { $0.status == .done }
        #expect(found.map(Support.summary).sorted() == ["meeting 2023-06-07 @Baku", "report 2023-06-06 @Baku"], "\(found.map(Support.summary))")
        #expect(found.contains { $0.title == "Presented her annual report at plenary session of the Milli Majlis" }, "\(found.map(\.title))")
    }

    @Test("an interview: 'During the forum I met …' after a question is a meeting within the forum's days")
    func interviewMeetingDuringTheEvent() {
        let text = """
         date 2022-10-20 (Report.az)
        Ombudsman: "Migrants' rights need common standards"

        Ombudsman Sabina Aliyeva answered questions from Report after her return from Istanbul.

        - What took you to Istanbul?

        - On 13-14 October I took part in the international forum on labour migration, held in Istanbul.

        - Did you meet your colleagues there?

        - During the forum I met the Chief Ombudsman of Türkiye. We agreed to exchange staff.
        """
        #expect(Support.done(text) == ["conference 2022-10-13..2022-10-14 @Istanbul", "meeting 2022-10-13..2022-10-14 @Istanbul"],
                "\(Support.done(text))")
    }

    @Test("a quotation opening with a capital names no one: 'she' after it is still hers")
    func quotationThenShe() {
        let text = """
         date 2024-03-01 (Anadolu Agency)
        Azerbaijani ombudsman in Ankara

        Sabina Aliyeva has been on a working visit to Türkiye this week.

        On Monday, she took part in a round table at Ankara University. "Civilians were killed in one night. We must remember them," she said.

        On Tuesday, she held talks with the Chief Ombudsman of Türkiye in Ankara.
        """
        #expect(Support.done(text).contains("meeting 2024-02-27 @Ankara"), "\(Support.done(text))")
    }

    @Test("'congratulated the residents on Novruz' during a visit: the holiday greeted is not the visit's day; a greeting itself is")
    func greetingOnAHoliday() {
        let visit = """
         date 2022-03-24 (Azertac)
        Ombudsman at a boarding house

        On 18 March, Sabina Aliyeva visited the boarding house for older persons in Ganja. She checked the living conditions, congratulated the residents on Novruz and listened to their requests.
        """
        #expect(Support.done(visit) == ["monitoring 2022-03-18 @Ganja"], "\(Support.done(visit))")
        let greeting = """
         date 2024-03-09 (APA)
        Ombudsman greets women

        Ombudsman Sabina Aliyeva congratulated women on 8 March, International Women's Day.
        """
        #expect(Support.done(greeting) == ["statement 2024-03-08 @-"], "\(Support.done(greeting))")
    }

    @Test("a plan told with the verb before 'at a panel': 'will speak again at a panel on Tuesday' is no activity yet")
    func planAtAPanel() {
        let text = """
         date 2024-11-16 (Euronews)
        Ombudsman at COP29

        On Wednesday, Aliyeva took part in a side event on climate change in Baku. Aliyeva is scheduled to speak again at a youth-focused panel in the Blue Zone on Tuesday, her office said.
        """
        #expect(Support.done(text) == ["conference 2024-11-13 @Baku"], "\(Support.done(text))")
    }

    @Test("an undated headline in the present over a body that retells it: the body's act is kept")
    func presentHeadlineOverUndatedBody() {
        let text = """
         date 2024-05-14 (Azertac)
        Ombudsman Sabina Aliyeva meets with UN Resident Coordinator in Azerbaijan

        Sabina Aliyeva has met with UN Resident Coordinator in Azerbaijan Vladanka Andreeva, the Office told AZERTAC.
        """
        #expect(Support.doneDates(text) == ["meeting - 2024-05-14"], "\(Support.doneDates(text))")
    }
}
