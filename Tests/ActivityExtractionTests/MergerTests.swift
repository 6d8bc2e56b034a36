import ActivityExtraction
import NewsArticles
import Testing
import TimelineModel

@Suite("merging across articles")
struct MergerTests {
    func activity(_ file: String, _ start: String?, _ end: String, _ precision: DatePrecision, kind: ActivityKind = .meeting,
                  title: String = "Met with the UNICEF Representative", location: String? = "Baku", with: [String] = []) -> Activity {
        Activity(id: file, start: start.flatMap { CalendarDay(iso: $0) }, end: CalendarDay(iso: end)!, precision: precision,
                 kind: kind, title: title, location: location, counterparts: with,
                 sources: [Source(file: file, published: CalendarDay(iso: end), outlet: nil, sentence: title)])
    }

    @Test("same event, three outlets, one undated: one activity with three sources")
    func threeOutlets() {
        let a = activity("a.txt", "2023-11-20", "2023-11-20", .day)
        let b = activity("b.txt", "2023-11-20", "2023-11-20", .day)
        let c = activity("c.txt", nil, "2023-11-22", .onOrBefore)
        let (merged, count) = ActivityMerger().merge([c, b, a])
        #expect(merged.count == 1 && count == 2)
        #expect(merged[0].sources.count == 3 && merged[0].precision == .day && merged[0].start?.iso == "2023-11-20")
    }

    @Test("two meetings on one day with different people stay apart")
    func differentPeople() {
        let a = activity("a.txt", "2023-11-20", "2023-11-20", .day, with: ["UNICEF Representative"])
        let b = activity("b.txt", "2023-11-20", "2023-11-20", .day, title: "Met with the Ambassador of France", with: ["Ambassador of France"])
        #expect(ActivityMerger().merge([a, b]).mergedCount == 0)
    }

    @Test("different kind, place, or far dates stay apart; an old event is not what an undated report tells")
    func apart() {
        let a = activity("a.txt", "2023-11-20", "2023-11-20", .day)
        #expect(ActivityMerger().merge([a, activity("b.txt", "2023-11-20", "2023-11-20", .day, kind: .visit)]).mergedCount == 0)
        #expect(ActivityMerger().merge([a, activity("b.txt", "2023-11-20", "2023-11-20", .day, location: "Ganja")]).mergedCount == 0)
        #expect(ActivityMerger().merge([a, activity("b.txt", "2023-11-25", "2023-11-25", .day)]).mergedCount == 0)
        #expect(ActivityMerger().merge([a, activity("b.txt", nil, "2023-12-20", .onOrBefore)]).mergedCount == 0)
        #expect(ActivityMerger().merge([a, activity("b.txt", nil, "2023-11-19", .onOrBefore)]).mergedCount == 0, "before cannot precede the event")
    }

    @Test("activities of one article are never merged with each other")
    func sameArticle() {
        let a = activity("a.txt", "2023-11-20", "2023-11-20", .day)
        var b = activity("a.txt", "2023-11-20", "2023-11-20", .day)
        b.id = "other"
        #expect(ActivityMerger().merge([a, b]).mergedCount == 0)
    }
}

@Suite("merging across articles: places")
struct MergerPlaceTests {
    @Test("an outlet naming no place joins the same-day report that names one")
    func placeOnOneSide() {
        let a = MergerTests().activity("a.txt", "2023-11-20", "2023-11-20", .day, location: "Baku")
        let b = MergerTests().activity("b.txt", "2023-11-20", "2023-11-20", .day, location: nil)
        let (merged, count) = ActivityMerger().merge([a, b])
        #expect(count == 1 && merged[0].location == "Baku")
        let c = MergerTests().activity("c.txt", nil, "2023-11-21", .onOrBefore, location: nil)
        #expect(ActivityMerger().merge([a, c]).mergedCount == 0, "an undated report without a place is too vague")
    }

    @Test("two outlets' meetings on the very day at the same place, neither naming whom she met, are one whatever their titles")
    func bareMeetingsOfOneDay() {
        let a = MergerTests().activity("a.txt", "2023-11-06", "2023-11-06", .day, title: "Held a meeting at the Ombudsman's Office")
        let b = MergerTests().activity("b.txt", "2023-11-06", "2023-11-06", .day, title: "Held talks in Baku")
        #expect(ActivityMerger().merge([a, b]).mergedCount == 1)
        #expect(ActivityMerger().sameEvent(a, b))
        // (Not another day, a vaguer date, or when one names whom she met and the titles differ.)
        #expect(ActivityMerger().merge([a, MergerTests().activity("b.txt", "2023-11-07", "2023-11-07", .day, title: "Held talks in Baku")]).mergedCount == 0)
        #expect(ActivityMerger().merge([a, MergerTests().activity("b.txt", "2023-11-06", "2023-11-12", .week, title: "Held talks in Baku")]).mergedCount == 0)
        let named = MergerTests().activity("b.txt", "2023-11-06", "2023-11-06", .day, title: "Met with the Ambassador of France", with: ["Ambassador of France"])
        #expect(ActivityMerger().merge([a, named]).mergedCount == 0)
    }
}

