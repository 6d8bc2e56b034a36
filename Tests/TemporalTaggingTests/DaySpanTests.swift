import Foundation
import NewsArticles
import Testing
@testable import TemporalTagging

/// The days each resolved date covers — what activity extraction reads.
@Suite struct DaySpanTests {
    static let reference = CalendarDay(iso: "2023-10-12")!

    static func span(_ sentence: String, _ text: String) -> DaySpan? {
        TemporalTagger.shared.tag(sentence, reference: reference).first { $0.text == text }?.span
    }

    static func days(_ a: String, _ b: String, _ g: DaySpan.Granularity) -> DaySpan {
        DaySpan(first: CalendarDay(iso: a)!, last: CalendarDay(iso: b)!, granularity: g)
    }

    @Test(arguments: [
        ("On October 10-11, she visited Vienna.", "October 10-11", "2023-10-10", "2023-10-11", DaySpan.Granularity.range),
        ("On 10-11 October she was in Vienna.", "10-11 October", "2023-10-10", "2023-10-11", .range),
        ("The forum ran from 3 to 5 May.", "3 to 5 May", "2023-05-03", "2023-05-05", .range),
        ("It ran from September 30 to October 2.", "September 30 to October 2", "2023-09-30", "2023-10-02", .range),
        ("She spoke on October 10, 2023.", "October 10, 2023", "2023-10-10", "2023-10-10", .day),
        ("Yesterday she spoke.", "Yesterday", "2023-10-11", "2023-10-11", .day),
        ("The plan was adopted in February 2024.", "February 2024", "2024-02-01", "2024-02-29", .month),
        ("Last week she visited Ganja.", "Last week", "2023-10-02", "2023-10-08", .week),
        ("The office opened in 2001.", "2001", "2001-01-01", "2001-12-31", .year),
        ("In the 1990s many fled.", "the 1990s", "1990-01-01", "1999-12-31", .decade),
        ("The camp opened in summer 2022.", "summer 2022", "2022-06-01", "2022-08-31", .season),
        ("Sales rose in the third quarter.", "the third quarter", "2023-07-01", "2023-09-30", .quarter),
        ("Complaints fell in the first half of 2023.", "the first half of 2023", "2023-01-01", "2023-06-30", .half),
        ("Earlier this month, she visited Nakhchivan.", "Earlier this month", "2023-10-01", "2023-10-31", .month),
        ("On Monday, the Ombudsman met the delegation.", "Monday", "2023-10-09", "2023-10-09", .day),
        ("She arrived on October 9; the day before she met him.", "the day before", "2023-10-08", "2023-10-08", .day),
    ])
    func spans(_ sentence: String, _ text: String, _ first: String, _ last: String, _ g: DaySpan.Granularity) {
        #expect(Self.span(sentence, text) == Self.days(first, last, g), "\(sentence)")
    }

    @Test func noSpanForDurationsSetsAndReferences() {
        let found = TemporalTagger.shared.tag("For nearly 30 years, every year, the office has now grown.", reference: Self.reference)
        #expect(found.map(\.value) == ["P30Y", "P1Y", "PRESENT_REF"])
        #expect(found.allSatisfy { $0.span == nil })
    }

    @Test func twoDaysJoinedByAndAreTwoExpressions() {
        let found = TemporalTagger.shared.tag("She met them on April 24 and 25.", reference: Self.reference)
        #expect(found.map(\.text) == ["April 24", "25"])
        #expect(found.map(\.value) == ["2023-04-24", "2023-04-25"])
        let counts = TemporalTagger.shared.tag("On April 24, 25 people came and 30 days passed.", reference: Self.reference)
        #expect(counts.map(\.text) == ["April 24", "30 days"])
        let both = TemporalTagger.shared.tag("She met them on April 24 and April 25.", reference: Self.reference)
        #expect(both.map(\.value) == ["2023-04-24", "2023-04-25"])
        // The day-first order: the bare day before "and" takes the month after it.
        let dayFirst = TemporalTagger.shared.tag("They met in Vienna on 17 and 18 September; 5 and 30 May were quiet.", reference: Self.reference)
        #expect(dayFirst.map(\.text) == ["17", "18 September", "5", "30 May"])
        #expect(dayFirst.map(\.value) == ["2023-09-17", "2023-09-18", "2023-05-05", "2023-05-30"])
        let amounts = TemporalTagger.shared.tag("Between 1,200 and 18 September nothing; 40 and 18 May.", reference: Self.reference)
        #expect(amounts.map(\.text) == ["18 September", "18 May"])
    }
}
