import ActivityExtraction
import Testing
import TimelineModel

/// How an activity gets its date from the sentence (dates from the temporal tagger).
@Suite("dates of activities")
struct DatingTests {
    func one(_ sentence: String, published: String = "2022-11-14") -> Activity? {
        let found = Support.extract(" date \(published) (Test)\n\n\(sentence)\n")
        return found.count == 1 ? found[0] : nil
    }

    @Test("a day range with the year from the publication date")
    func range() throws {
        let a = try #require(one("On October 10-11, Ombudsman Sabina Aliyeva visited Vienna."))
        #expect(a.isoDateText == "2022-10-10..2022-10-11" && a.precision == .range)
    }

    @Test("'the two-day meeting of the Board, which concluded in the Uzbek capital yesterday': both days, in Tashkent")
    func lengthBeforeDescribingClause() throws {
        let a = try #require(one("Sabina Aliyeva has taken part in the two-day meeting of the Board of Directors of the Asian Ombudsman Association (AOA), which concluded in the Uzbek capital yesterday, APA reports.", published: "2022-05-19"))
        #expect(a.isoDateText == "2022-05-17..2022-05-18" && a.location == "Tashkent")
        let received = try #require(one("Sabina Aliyeva was received on Wednesday by Chief Ombudsman Şeref Malkoç in Ankara.", published: "2022-11-10"))
        #expect(received.kind == .meeting && received.isoDateText == "2022-11-09")
    }

    @Test("'The statement, released today, has been sent to …' dates the statement told before it")
    func statementReleasedToday() {
        let text = """
         date 2025-01-20 (Azertac)
        Ombudsman makes statement on the anniversary of the 20 January tragedy

        Ombudsman Sabina Aliyeva has made a statement in connection with the anniversary of the 20 January tragedy.

        The statement, released today, has been sent to the UN Secretary-General and the OSCE.

        It is recalled that on 17 January Sabina Aliyeva addressed a letter to the Council of Europe Commissioner for Human Rights.
        """
        #expect(Support.doneDates(text) == ["statement 2025-01-17 2025-01-17", "statement 2025-01-20 2025-01-20"])
    }

    @Test("a day and month over a month ahead of publication told in the past tense is last year's; a plan keeps it ahead")
    func pastVerbLastYear() throws {
        let met = try #require(one("On December 19, the Minister of Justice, who chairs the commission, met with Ombudsman Sabina Aliyeva.", published: "2022-11-14"))
        #expect(met.isoDateText == "2021-12-19" && met.status == .done)
        let plan = Support.extract(" date 2022-11-14 (Test)\n\nOn November 19, Sabina Aliyeva will visit Ganja.\n")
        #expect(plan.count == 1 && plan.first?.status == .planned && plan.first?.start?.iso == "2022-11-19")
    }

    @Test("a reprint published after its dateline counts 'today' and 'yesterday' from the dateline; the same day changes nothing")
    func datelineDay() {
        let reprint = " date 2023-03-16 (MENAFN- Azertac)\nOmbudsman presents annual report\n\nBaku, March 15, AZERTAC. Today, Ombudsman Sabina Aliyeva presented the annual report to the Milli Majlis.\n\nYesterday, she met with the Ambassador of Japan in Baku.\n"
        #expect(Support.doneDates(reprint) == ["meeting 2023-03-14 2023-03-14", "report 2023-03-15 2023-03-15"])
        // The lead after a reprint's dateline, with no date of its own, tells the dateline's day and place.
        let datelined = Support.extract(" date 2024-06-13 (Report.az)\nOmbudsman receives German ambassador\n\nBAKU, June 12 (Report.az). Ombudsman Sabina Aliyeva has received the newly appointed Ambassador of Germany to Azerbaijan.\n")
        #expect(datelined.map(Support.summary) == ["meeting 2024-06-12 @Baku"])
        let sameDay = " date 2023-03-15 (Azertac)\nOmbudsman presents annual report\n\nBaku, March 15, AZERTAC. Today, Ombudsman Sabina Aliyeva presented the annual report to the Milli Majlis.\n"
        #expect(Support.doneDates(sameDay) == ["report 2023-03-15 2023-03-15"])
        // A dateline of the publication day on a line of its own: the lead's "has made a statement" is that day's news.
        let ownLine = " date 2022-02-25 (Azertac)\nOmbudsman on the Khojaly genocide\n\nBaku, February 25, AZERTAC\n\nOmbudsman Sabina Aliyeva has made a statement on the 30th anniversary of the Khojaly genocide.\n"
        #expect(Support.doneDates(ownLine) == ["statement 2022-02-25 2022-02-25"])
        // A date that opens the lead but is an event's, not a dateline, changes nothing.
        let lead = " date 2023-03-16 (Trend)\nOmbudsman meets ambassador\n\nOn March 15, Ombudsman Sabina Aliyeva met with the Ambassador of Japan. Today she visited Ganja.\n"
        #expect(Support.doneDates(lead) == ["meeting 2023-03-15 2023-03-15", "visit 2023-03-16 2023-03-16"])
    }

    @Test("'Earlier, on 4 October, after the first shelling of Ganja, she addressed …': the opening date dates the main clause")
    func openerBeforeDate() throws {
        let a = try #require(one("Earlier, on 4 October, after the first shelling of Ganja, Sabina Aliyeva addressed international organizations.", published: "2020-10-12"))
        #expect(a.isoDateText == "2020-10-04")
    }

    @Test("'opened the training and informed the participants that the law was amended in 2022': the year is the amendment's")
    func toldAfterTheAct() {
        let text = " date 2023-08-18 (Azertac)\nTraining in Gabala\n\nA two-day training on the rights of persons with disabilities was held in Gabala on 16 and 17 August.\n\nSabina Aliyeva opened the training and informed the participants that the Ombudsman had been entrusted with new functions under the amendments made in 2022.\n"
        #expect(Support.doneDates(text) == ["training 2023-08-16 2023-08-17"])
    }

    @Test("'Having visited the site on Sunday, Aliyeva said …' is her visit; 'she had already sent an appeal on Saturday' her appeal")
    func perfectParticiple() {
        let text = " date 2020-10-12 (Trend)\nOmbudsman in Ganja\n\nHaving visited the site of the missile strike in Ganja on Sunday, the Commissioner for Human Rights (Ombudsman) of Azerbaijan, Sabina Aliyeva, said that the attack was a gross violation of humanitarian law.\n\nShe said that she had already sent an appeal on Saturday to the UN Secretary-General.\n"
        #expect(Support.doneDates(text) == ["statement 2020-10-10 2020-10-10", "visit 2020-10-11 2020-10-11"])
    }

    @Test("a date that belongs to something else in the clause: an occasion, a document described in passing")
    func otherDates() throws {
        let statement = try #require(one("Sabina Aliyeva issued a statement on the occasion of November 20, World Children's Day."))
        #expect(statement.precision == .onOrBefore && statement.end.iso == "2022-11-14")
        let speech = try #require(one("On 10 November, Sabina Aliyeva spoke at a conference on the Convention, adopted on 20 November 1989."))
        #expect(speech.isoDateText == "2022-11-10")
    }

    @Test("'On October 15 and 16, … in the Guba and Gusar districts respectively': one activity per day and place")
    func respectively() {
        let text = " date 2024-10-17 (Trend)\nReceptions\n\nOn October 15 and 16, Ombudsman Sabina Aliyeva held receptions of citizens in the Guba and Gusar districts respectively.\n"
        #expect(Support.done(text) == ["reception 2024-10-15 @Guba", "reception 2024-10-16 @Gusar"])
        #expect(Set(Support.extract(text).map(\.id)).count == 2)
        // Without "respectively" the two days are one span.
        let span = " date 2024-10-17 (Trend)\nReceptions\n\nOn October 15 and 16, Ombudsman Sabina Aliyeva held receptions of citizens in Guba.\n"
        #expect(Support.done(span) == ["reception 2024-10-15..2024-10-16 @Guba"])
    }

    @Test("'in Guba on 3 March and in Gusar on 5 March': one activity per place and day; 'and met' stays one")
    func coordinatedDays() throws {
        let two = Support.extract(" date 2022-03-10 (Test)\n\nSabina Aliyeva held receptions of citizens in Guba on 3 March and in Gusar on 5 March.\n")
        #expect(two.map { "\($0.isoDateText) @\($0.location ?? "-")" }.sorted() == ["2022-03-03 @Guba", "2022-03-05 @Gusar"])
        let one = Support.extract(" date 2022-03-10 (Test)\n\nSabina Aliyeva visited Guba on 3 March and met the governor on 5 March.\n")
        #expect(one.map(\.isoDateText).sorted() == ["2022-03-03", "2022-03-05"])
    }

    @Test("earlier this month: from the first of the month to the publication date")
    func earlierThisMonth() throws {
        let a = try #require(one("Sabina Aliyeva received citizens in Guba earlier this month."))
        #expect(a.start?.iso == "2022-11-01" && a.end.iso == "2022-11-14" && a.precision == .month)
    }

    @Test("last week: Monday to Sunday of the previous week")
    func lastWeek() throws {
        let a = try #require(one("Last week, Sabina Aliyeva visited Tashkent.", published: "2022-11-03"))
        #expect(a.start?.iso == "2022-10-24" && a.end.iso == "2022-10-30" && a.precision == .week)
    }

    @Test("the finer date of the clause wins over the year the report covers")
    func finerDate() throws {
        let a = try #require(one("Sabina Aliyeva presented the annual report on human rights in 2021 to the Milli Majlis on 4 April.", published: "2022-04-05"))
        #expect(a.isoDateText == "2022-04-04" && a.kind == .report)
    }

    @Test("a date in a relative clause about someone else is not hers")
    func relativeClause() throws {
        let a = try #require(one("Sabina Aliyeva met with Michael Spindelegger, who arrived in Baku on 2 November."))
        #expect(a.precision == .onOrBefore && a.end.iso == "2022-11-14")
    }

    @Test("a weekday with a verb in the past tense is the last such day")
    func pastWeekday() throws {
        let a = try #require(one("On Tuesday, Sabina Aliyeva visited Vienna.", published: "2023-11-20"))
        #expect(a.isoDateText == "2023-11-14" && a.status == .done)
    }

    @Test("an event going on as the article appears keeps the days the text names")
    func ongoing() throws {
        let a = try #require(one("Ombudsman Sabina Aliyeva has taken part in the international conference held in Astana on September 18-19.", published: "2024-09-18"))
        #expect(a.isoDateText == "2024-09-18..2024-09-19" && a.status == .done && a.kind == .conference)
    }

    @Test("a future date makes an announcement")
    func future() throws {
        let a = try #require(one("Sabina Aliyeva will visit Geneva on 20 November."))
        #expect(a.status == .planned && a.start?.iso == "2022-11-20")
    }

    @Test("'will be conducted on 18-19 November by the Ombudsman' is a plan, though its first day is the paper's")
    func passivePlan() throws {
        let a = try #require(one("A two-day training for social workers will be conducted on 18-19 November by Ombudsman Sabina Aliyeva.", published: "2022-11-18"))
        #expect(a.status == .planned && a.kind == .training, "\(a)")
    }
}
