import ActivityExtraction
import Testing

/// Her speech at a gathering she took part in: an act of its own on the gathering's days (its
/// first or last day for an opening or closing), while "addressed the round table" alone stays one.
@Suite("speeches at gatherings")
struct SpeechAtGatheringTests {
    @Test("'took part in the forum … and delivered a speech': the forum and the speech, on the forum's days")
    func participationAndSpeech() {
        let text = """
         date 2024-04-12 (Azernews)
        Ombudsman in Astana

        On 10-11 April, Sabina Aliyeva took part in an international forum on human rights in Astana and delivered a speech on the protection of migrant workers.
        """
        #expect(Support.done(text) == ["conference 2024-04-10..2024-04-11 @Astana", "speech 2024-04-10..2024-04-11 @Astana"], "\(Support.done(text))")
        // (A participle between the two verbs — "a round table held at Ankara University" — does not break them.)
        let held = """
         date 2024-02-28 (Anadolu Agency)
        Round table in Ankara

        On Monday, Sabina Aliyeva took part in a round table held at Ankara University to mark the anniversary and delivered a speech about the victims.
        """
        #expect(Support.done(held) == ["conference 2024-02-26 @Ankara", "speech 2024-02-26 @Ankara"], "\(Support.done(held))")
    }

    @Test("a course her office organised, then 'Addressing the closing ceremony, Aliyeva …': the course and a speech on its last day")
    func closingSpeech() {
        let text = """
         date 2025-03-10 (Report.az)
        Course for prison staff

        A three-day course on the prevention of torture, organised by the Ombudsman's Office, ended in Ganja on 7 March.

        Addressing the closing ceremony, Ombudsman Sabina Aliyeva handed certificates to the participants.
        """
        #expect(Support.done(text) == ["speech 2025-03-07 @Ganja", "training 2025-03-05..2025-03-07 @Ganja"], "\(Support.done(text))")
    }

    @Test("'On the sidelines of the conference' after her speech at its opening session: the conference's days, not the speech's")
    func sidelinesAfterSpeech() {
        let text = """
         date 2024-06-14 (Trend)
        Ombudsman in Tashkent

        Sabina Aliyeva participated in the international conference on the rights of older persons, held in Tashkent on 12-13 June.

        Addressing the opening session of the conference, the Ombudsman spoke about pension reform.

        On the sidelines of the conference, Aliyeva met with her Uzbek counterpart.
        """
        let done = Support.done(text)
        #expect(done.contains("speech 2024-06-12 @Tashkent"), "\(done)")
        #expect(done.contains("meeting 2024-06-12..2024-06-13 @Tashkent"), "\(done)")
    }

    @Test("'addressed a round table' alone is one act; feasts a round table is dedicated to are not its days")
    func oneActAlone() {
        let text = """
         date 2019-12-10 (Report.az)
        Round table

        On Monday, Sabina Aliyeva addressed a round table at ADA University in Baku dedicated to Human Rights Day and International Anti-Corruption Day.
        """
        #expect(Support.done(text) == ["speech 2019-12-09 @Baku"], "\(Support.done(text))")
    }

    @Test("'Organised by … Aliyeva together with the Youth Foundation, the school brought together …' after the summer school told: hers, on its days; its closing ceremony on its last day")
    func organisedByHerOpening() {
        let text = """
         date 2022-08-22 (Azernews)
        Summer school in Guba

        The International Summer School on Human Rights took place in Guba on 15-19 August.

        Organised by Human Rights Commissioner Sabina Aliyeva together with the Youth Foundation, the school brought together 50 students from Azerbaijan and Türkiye.

        At the closing ceremony, the Ombudsman handed certificates to the graduates.
        """
        #expect(Support.done(text) == ["other 2022-08-19 @Guba", "training 2022-08-15..2022-08-19 @Guba"], "\(Support.done(text))")
        let office = """
         date 2022-08-22 (Report.az)
        Training for police officers

        Organised by the Ombudsman's Office, the training on 18 August brought together 50 police officers in Guba.
        """
        #expect(Support.done(office) == ["training 2022-08-18 @Guba"], "\(Support.done(office))")
    }

    @Test("'attended an international conference in Doha …, where she spoke about the fate of missing Azerbaijanis': her speech there, on its days")
    func whereSheSpoke() {
        let text = """
         date 2024-02-23 (Trend)
        Ombudsman in Doha

        On 20 February, the Ombudsman attended an international conference in Doha organised by the National Human Rights Committee of Qatar, where she spoke about the fate of missing Azerbaijanis.
        """
        #expect(Support.done(text) == ["conference 2024-02-20 @Doha", "speech 2024-02-20 @Doha"], "\(Support.done(text))")
    }
}

