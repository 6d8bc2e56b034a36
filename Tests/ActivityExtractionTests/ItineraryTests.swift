import ActivityExtraction
import Testing

/// Trips told as itineraries: a journey and what she did there, acts joined by "and then", days
/// named by an international day.
@Suite("itineraries and named days")
struct ItineraryTests {
    @Test("'travelled to Marneuli, where she met …': one meeting there, not a visit and a meeting")
    func journeyThenAct() {
        let text = """
         date 2023-07-14 (Caliber.az)
        Azerbaijani Ombudsman in Georgia

        On Thursday, the Ombudsman Sabina Aliyeva travelled to Marneuli, where she met representatives of the Azerbaijani community and listened to their problems.
        """
        #expect(Support.done(text) == ["meeting 2023-07-13 @Marneuli"], "\(Support.done(text))")
        // (Visiting a place is an act of its own: "visited the Palais des Nations, where she had talks …".)
        let visited = """
         date 2026-02-20 (News.az)
        Ombudsman in Geneva

        On February 18, Ombudsman Sabina Aliyeva visited the Palais des Nations in Geneva, where she had talks with the UN High Commissioner for Human Rights.
        """
        #expect(Support.done(visited) == ["meeting 2026-02-18 @Geneva", "visit 2026-02-18 @Geneva"], "\(Support.done(visited))")
    }

    @Test("'met with the head of the district and then received citizens': two acts of the day")
    func andThen() {
        let text = """
         date 2025-09-12 (AzerNews)
        Ombudsman in Barda

        On 9 September, the Ombudsman Sabina Aliyeva met with the head of Barda District Executive Power and then received citizens from Barda, Tartar and Yevlakh at the Barda Heydar Aliyev Centre.
        """
        #expect(Support.done(text) == ["meeting 2025-09-09 @Barda", "reception 2025-09-09 @Barda"], "\(Support.done(text))")
    }

    @Test("an event held 'on the International Day of Persons with Disabilities' is on 3 December")
    func internationalDay() {
        let text = """
         date 2021-12-06 (AzerNews)
        Ombudsman attends event for war veterans

        Ombudsman Sabina Aliyeva attended an event held at the Mingachevir Rehabilitation Centre on the International Day of Persons with Disabilities.
        """
        // ("An event" is of kind other, as in the development set.)
        #expect(Support.done(text) == ["other 2021-12-03 @Mingachevir"], "\(Support.done(text))")
    }

    @Test("a named day inside the clause of an act ('her address dated 4 April, the International Day for Mine Awareness …') reads without a crash")
    func namedDayAfterNoun() {
        let text = """
         date 2021-06-10 (Report.az)
        Ombudsman on mine maps

        It was noted that the Ombudsman had raised this issue in her address dated 4 April, the International Day for Mine Awareness and Assistance in Mine Action, in which she called on the international community to act.
        """
        _ = Support.done(text)
    }
}
