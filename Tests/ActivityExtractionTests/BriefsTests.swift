import ActivityExtraction
import Testing

/// Short items and their habits: corrections of an earlier report, digests whose items open with a
/// place and a day, a guest's own day told in a relative clause.
@Suite("briefs, corrections and digest items")
struct BriefsTests {
    @Test("a correction's retelling of what an earlier report got wrong is no activity")
    func corrections() {
        let text = """
         date 2024-05-28 (AzerNews)
        Correction: Ombudsman's visit to Lankaran Prison

        Commissioner for Human Rights Sabina Aliyeva visited the Lankaran Prison on Friday, 24 May.

        An earlier version of this report incorrectly stated that the Commissioner for Human Rights visited the Lankaran Prison on Saturday, 25 May.
        """
        #expect(Support.doneDates(text) == ["monitoring 2024-05-24 2024-05-24"], "\(Support.doneDates(text))")
        let mistaken = """
         date 2023-04-19 (APA)
        Reception of citizens was held in Gusar

        In a report published on 17 April, APA mistakenly said that the reception of citizens by the Ombudsman had been held in Guba.
        """
        #expect(Support.done(mistaken).isEmpty, "\(Support.done(mistaken))")
    }

    @Test("digest items opening 'Sumgayit, 18 February – …' take their own day, whoever acts in the others")
    func placeAndDayItems() {
        let text = """
         date 2025-02-24 (News.az)
        Human rights digest

        Sumgayit, 18 February – Commissioner for Human Rights (Ombudsman) Sabina Aliyeva made an unannounced visit to the Sumgayit city psychoneurological dispensary under the National Preventive Mechanism.

        Geneva, 20 February – UN High Commissioner for Human Rights Volker Türk met with heads of national human rights institutions from Central Asia.

        Baku, 21 February – The Ombudsman attended an event dedicated to International Mother Language Day at the Azerbaijan University of Languages.
        """
        let got = Support.doneDates(text)
        #expect(got.contains("monitoring 2025-02-18 2025-02-18"), "\(got)")
        #expect(got.contains { $0.hasSuffix("2025-02-21 2025-02-21") }, "\(got)")
        #expect(!got.contains { $0.contains("2025-02-20") }, "Türk's meeting is his: \(got)")
    }

    @Test("'met X, who had arrived in Baku a day earlier': the guest's arrival is not the meeting's day; 'residents who have returned … on Wednesday' keeps hers")
    func guestsOwnDay() {
        let text = """
         date 2022-05-14 (MENAFN- Azertac)
        Ombudsman meets Turkish counterpart

        On 12 May, Commissioner for Human Rights Sabina Aliyeva met with the Chief Ombudsman of the Republic of Türkiye Şeref Malkoç, who had arrived in Baku a day earlier at the head of a delegation.
        """
        #expect(Support.doneDates(text) == ["meeting 2022-05-12 2022-05-12"], "\(Support.doneDates(text))")
        let residents = """
         date 2025-07-18 (Trend)
        Ombudsman in Lachin

        Commissioner for Human Rights (Ombudsman) Sabina Aliyeva met with residents who have returned to the city of Lachin on Wednesday, Trend reports.
        """
        #expect(Support.doneDates(residents) == ["meeting 2025-07-16 2025-07-16"], "\(Support.doneDates(residents))")
    }

    @Test("'On 21 March, on the occasion of the Novruz holiday, …': the holiday names the occasion, the day is the one told")
    func occasion() {
        let text = """
         date 2022-03-23 (News.az)
        Holiday at the Mingachevir boarding school

        On 21 March, on the occasion of the Novruz holiday, the Ombudsman Sabina Aliyeva attended a holiday event organised for the pupils of the boarding school in Mingachevir.
        """
        #expect(Support.doneDates(text).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == ["2022-03-21 2022-03-21"],
                "\(Support.doneDates(text))")
    }

    @Test("'the members of the group without the participation of the Ombudsman also visited …': her staff's act, not hers")
    func withoutHer() {
        let text = """
         date 2024-03-22 (APA)
        Ombudsman visited Lankaran Prison

        On 19 March, Ombudsman Sabina Aliyeva made an unannounced visit to Lankaran Prison.

        On the same day, the members of the National Preventive Group of the Office without the participation of the Ombudsman also visited the temporary detention facility of Lerik District Police Department.
        """
        #expect(Support.doneDates(text) == ["monitoring 2024-03-19 2024-03-19"], "\(Support.doneDates(text))")
    }

    @Test("'Having met the Chairman on 15 April, Aliyeva inspected the prison on Wednesday': two acts, each on its own day")
    func perfectParticiple() {
        let text = """
         date 2025-04-17 (Trend)
        Azerbaijani Ombudsman in Nakhchivan

        Having met with the Chairman of the Supreme Majlis on 15 April, Ombudsman Sabina Aliyeva inspected the Nakhchivan City Penitentiary Institution on Wednesday.
        """
        #expect(Support.doneDates(text) == ["meeting 2025-04-15 2025-04-15", "monitoring 2025-04-16 2025-04-16"], "\(Support.doneDates(text))")
    }

    @Test("'she is going to take the oath in the coming days' is a plan, not a visit under way")
    func goingToIsFuture() {
        let text = """
         date 2019-11-06 (APA)
        Sabina Aliyeva elected Ombudsman

        Sabina Aliyeva was previously a member of the Milli Majlis, and she is going to take the oath and start her activity in the coming days.
        """
        #expect(Support.done(text).isEmpty, "\(Support.done(text))")
    }

    @Test("'a report on the attack on Barda of 28 October 2020 was presented … on the following day': the day after; 'the early morning of 23 January' stays that day")
    func dateNamingAThing() {
        let text = """
         date 2020-11-10 (Report.az)
        Ombudsman's reports on the war

        One of those documents, a report on the Armenian missile attack on Barda of 28 October 2020, was presented by Aliyeva to foreign diplomats accredited in Baku on the following day.
        """
        #expect(Support.doneDates(text) == ["report 2020-10-29 2020-10-29"], "\(Support.doneDates(text))")
        let morning = """
         date 2020-02-14 (Report.az)
        Ombudsman at the pre-trial detention facility

        In the early morning of 23 January, Sabina Aliyeva took part in an unannounced visit to the Baku Pre-trial Detention Facility, the first time in several years that the head of the institution had joined such a visit.
        """
        #expect(Support.doneDates(morning) == ["monitoring 2020-01-23 2020-01-23"], "\(Support.doneDates(morning))")
    }
}
