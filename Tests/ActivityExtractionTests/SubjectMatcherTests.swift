import ActivityExtraction
import Testing

@Suite("subject mentions")
struct SubjectMatcherTests {
    let matcher = SubjectMatcher(profile: .bundledDefault(), cues: ExtractionRules.bundled.cues, places: ExtractionRules.bundled.places)

    func kinds(_ text: String) -> [Mention.Who] {
        var state = CoreferenceState()
        return matcher.mentions(in: WordTokenizer.tokens(of: Array(text.unicodeScalars)), state: &state).map(\.who)
    }

    @Test("her names, a misspelling and a Cyrillic letter", arguments: [
        "Sabina Aliyeva", "Sabina Aliyev", "Sabina Aliyevа", "Ombudsman Sabina Aliyeva", "Əliyeva",
        "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan", "Azerbaijan's Ombudsman",
        "the Human Rights Commissioner",
    ])
    func hers(_ text: String) {
        #expect(kinds(text) == [.subject], "\(text)")
    }

    @Test("other officials with similar titles", arguments: [
        "the UN High Commissioner for Refugees", "the Council of Europe Commissioner for Human Rights",
        "the Ombudsman of Georgia", "the Chief Ombudsman of Turkiye", "the Commissioner for Human Rights of Kazakhstan",
        "Georgian Ombudsman", "President Ilham Aliyev", "Mehriban Aliyeva", "the former Ombudsman",
    ])
    func others(_ text: String) {
        #expect(!kinds(text).contains(.subject), "\(text)")
    }

    @Test("her office")
    func office() {
        #expect(kinds("the Ombudsman Office") == [.office])
        #expect(kinds("the Office of the Commissioner for Human Rights") == [.office])
        #expect(kinds("the Human Rights Commissioner (Ombudsman) Office of the Azerbaijan Republic") == [.office])
    }

    @Test("a bare role after another holder of it is not hers")
    func roleHolder() {
        var state = CoreferenceState()
        let first = WordTokenizer.tokens(of: Array("The Council of Europe Commissioner for Human Rights visited Baku.".unicodeScalars))
        _ = matcher.mentions(in: first, state: &state)
        let second = WordTokenizer.tokens(of: Array("The Commissioner met the minister.".unicodeScalars))
        #expect(matcher.mentions(in: second, state: &state).map(\.who) == [.other])
        // Named among the addressees of her statement, he holds no role for later: "the Commissioner" is she.
        var listed = CoreferenceState()
        let addressees = WordTokenizer.tokens(of: Array("The statement was sent to the OSCE, the Council of Europe Commissioner for Human Rights and the UN.".unicodeScalars))
        _ = matcher.mentions(in: addressees, state: &listed)
        #expect(matcher.mentions(in: second, state: &listed).map(\.who) == [.subject])
        // One acting after a date and a comma does hold it.
        var acting = CoreferenceState()
        let opening = WordTokenizer.tokens(of: Array("Opening a session devoted to the rights of NHRIs on 29 September, the Polish Commissioner for Human Rights recalled the Paris Principles.".unicodeScalars))
        _ = matcher.mentions(in: opening, state: &acting)
        #expect(matcher.mentions(in: second, state: &acting).map(\.who) == [.other])
        // Met by name as her counterpart, he holds no role for later either; named acting, he does.
        var met = CoreferenceState()
        let talks = WordTokenizer.tokens(of: Array("Aliyeva held talks with Council of Europe Commissioner Dunja Mijatović.".unicodeScalars))
        _ = matcher.mentions(in: talks, state: &met)
        #expect(matcher.mentions(in: second, state: &met).map(\.who) == [.subject])
        var named = CoreferenceState()
        let speaking = WordTokenizer.tokens(of: Array("Council of Europe Commissioner Dunja Mijatović visited Baku.".unicodeScalars))
        _ = matcher.mentions(in: speaking, state: &named)
        #expect(matcher.mentions(in: second, state: &named).map(\.who) == [.other])
    }
}
