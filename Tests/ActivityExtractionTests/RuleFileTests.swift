import ActivityExtraction
import Foundation
import NewsArticles
import Testing
import TimelineModel

/// The example lines written in the rule files are checked here, so the data and its documentation agree.
@Suite("rules as data")
struct RuleFileTests {
    static func resource(_ name: String) throws -> String {
        let url = Support.root.appendingPathComponent("Sources/ActivityExtraction/Resources/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `#   "sentence" → kind` lines of kinds.yml.
    static func kindExamples() throws -> [(String, String)] {
        try resource("kinds.yml").split(separator: "\n").compactMap { line in
            guard line.hasPrefix("#   \""), let arrow = line.range(of: "→") else { return nil }
            let sentence = line[line.index(line.startIndex, offsetBy: 5)..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            return (String(sentence.dropLast()), line[arrow.upperBound...].trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("bundled rule files load")
    func load() throws {
        let rules = try ExtractionRules.loadBundled()
        #expect(!rules.kinds.triggers.isEmpty && !rules.kinds.nouns.isEmpty)
        #expect(SubjectProfile.bundledDefault().name == "Sabina Aliyeva")
        #expect(SubjectProfile.bundledDefault().roles.contains("Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan"))
    }

    @Test("every example of kinds.yml gives its kind")
    func kindExamples() throws {
        let examples = try Self.kindExamples()
        #expect(examples.count >= 10)
        for (sentence, kind) in examples {
            let found = Support.extract(" date 2024-05-20 (Test)\n\n\(sentence)\n")
            #expect(found.map(\.kind.rawValue) == [kind], "\(sentence)")
        }
    }

    @Test("gazetteer: variants, venues, and places inside names", arguments: [
        ("Sabina Aliyeva received citizens in Sheki on 14 May.", "Shaki"),
        ("Sabina Aliyeva received citizens in Sumgayit on 14 May.", "Sumgayit"),
        ("Sabina Aliyeva received citizens in Sumgait on 14 May.", "Sumgait"),
        ("Sabina Aliyeva received citizens in Sumqayit on 14 May.", "Sumgait"),
        ("Sabina Aliyeva presented the annual report to the Milli Majlis on 14 May.", "Baku"),
        ("Sabina Aliyeva met with the Head of the OSCE Office in Baku in Ganja on 14 May.", "Ganja"),
        ("Sabina Aliyeva visited Ankara to participate in the 7th Vienna Migration Conference.", "Ankara"),
        ("Sabina Aliyeva met with the Ombudsman of Georgia on 14 May.", "-"),
        ("Sabina Aliyeva visited the temporary detention facility of the Khankendi City Police Department on 14 May.", "Khankendi"),
        ("Sabina Aliyeva made a statement on 14 May in connection with the anniversary of the Khojaly genocide.", "-"),
        ("Sabina Aliyeva sent a special report on the landmines planted by Armenia to the UN on 14 May.", "-"),
        ("On 14 May, Sabina Aliyeva arrived in the Uzbek capital for a working visit.", "Tashkent"),
        ("On 14 May, Sabina Aliyeva issued a statement on the mine blast in Kalbajar.", "-"),
    ])
    func places(_ sentence: String, _ place: String) {
        let found = Support.extract(" date 2024-05-20 (Test)\n\n\(sentence)\n")
        #expect(found.map { $0.location ?? "-" } == [place], "\(sentence)")
    }

    @Test("a place's accepted spellings: the run's most common one, so one event in two spellings merges")
    func spellings() throws {
        let places = try Gazetteer.bundled()
        let text = [
            " date 2024-05-20 (APA)\n\nSabina Aliyeva received citizens in Sumgayit on 14 May.\n",
            " date 2024-05-20 (Trend)\n\nOmbudsman Sabina Aliyeva received citizens in Sumgayit on 14 May.\n",
            " date 2024-05-21 (Azertac)\n\nSabina Aliyeva received citizens in Sumgait on 14 May.\n",
        ]
        let found = text.enumerated().flatMap { i, t in Support.extractor.extract(from: Support.article(t, name: "a\(i).txt")) }
        #expect(found.map { $0.location ?? "-" } == ["Sumgayit", "Sumgayit", "Sumgait"])
        let unified = places.unifySpellings(found)
        #expect(unified.map { $0.location ?? "-" } == ["Sumgayit", "Sumgayit", "Sumgayit"])
        #expect(ActivityMerger().merge(unified).activities.count == 1)
        // Places with one spelling are left alone.
        let baku = Support.extract(" date 2024-05-20 (APA)\n\nSabina Aliyeva received citizens in Baku on 14 May.\n")
        #expect(places.unifySpellings(baku).map(\.location) == ["Baku"])
    }

    @Test("profile YAML: unknown keys are errors naming the file")
    func profileYAML() throws {
        let p = try SubjectProfile(yaml: "name: Jane Doe\nroles: [Mayor]\noffice_counts: false", file: "jane.yml")
        #expect(p.name == "Jane Doe" && p.roles == ["Mayor"] && !p.officeCounts)
        #expect(throws: RuleFileError.self) { try SubjectProfile(yaml: "name: X\nnickname: Y", file: "x.yml") }
        #expect(try SubjectProfile(yaml: "name: X\nseat: Tbilisi", file: "x.yml").seat == "Tbilisi")
        #expect(throws: RuleFileError.self) { try SubjectProfile(yaml: "name: X\nseat: [Tbilisi]", file: "x.yml") }
    }

    @Test("the profile's seat: a meeting without a place, in an article that names Baku, was at her office there; not without the seat, nor in an article that never names it")
    func seat() {
        let dateline = """
         date 2025-04-17 (Azertac)
        Ombudsman receives Ambassador of Japan

        Baku, April 17, AZERTAC

        On Wednesday, Ombudsman Sabina Aliyeva received the Ambassador of Japan to Azerbaijan.
        """
        #expect(Support.done(dateline) == ["meeting 2025-04-16 @Baku"])
        var noSeat = SubjectProfile.bundledDefault()
        noSeat.seat = nil
        #expect(Support.extract(dateline, profile: noSeat).map(Support.summary) == ["meeting 2025-04-16 @-"])
        let unnamed = dateline.replacingOccurrences(of: "Baku, April 17, AZERTAC\n\n", with: "")
        #expect(Support.done(unnamed) == ["meeting 2025-04-16 @-"])
        // A place told for the meeting stays.
        let abroad = dateline.replacingOccurrences(of: "to Azerbaijan.", with: "to Azerbaijan in Tokyo.")
        #expect(Support.done(abroad) == ["meeting 2025-04-16 @Tokyo"])
    }
}

