import ActivityExtraction
import Testing

/// The nominal style of translated official copy: her acts named as nouns ("the reception of
/// citizens by the Commissioner was held", "the meeting of the Ombudsman with … took place").
@Suite("nominal style")
struct NominalStyleTests {
    @Test("'The reception of citizens by the Commissioner … was held in Shaki city on 14.05.2024' is her reception")
    func nominalReceptionBy() {
        let text = """
         date 2024-05-15 (Trend)
        Receptions in the regions

        The reception of citizens by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Sabina Aliyeva was held in Shaki city on 14.05.2024.
        """
        #expect(Support.done(text) == ["reception 2024-05-14 @Shaki"], "\(Support.done(text))")
        // (Not a visit by her that someone criticised in a clause far from the verb.)
        let criticised = """
         date 2026-03-20 (Trend)
        Families criticise visit

        The families of detained journalists have criticised a visit by Commissioner for Human Rights Sabina Aliyeva to the Baku Pre-trial Detention Facility, saying it did nothing, according to interviews conducted by a watchdog.
        """
        #expect(Support.done(criticised).isEmpty, "\(Support.done(criticised))")
    }

    @Test("'Within the framework of the event, the meeting of the Ombudsman with the UNICEF Representative took place' is a meeting of its own")
    func meetingWithinEvent() {
        let text = """
         date 2024-05-31 (MENAFN- Azertac)
        Festive event for International Children's Day

        A festive event was held in Baku today, which was attended by the Ombudsman Sabina Aliyeva.

        Within the framework of the event, the meeting of the Ombudsman with the UNICEF Representative in Azerbaijan took place.
        """
        #expect(Support.done(text) == ["meeting 2024-05-31 @Baku", "other 2024-05-31 @Baku"], "\(Support.done(text))")
    }
}
