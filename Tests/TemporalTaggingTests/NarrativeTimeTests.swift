import NewsArticles
import Testing
@testable import TemporalTagging

/// Times and days of a story told about an earlier day: apposed weekdays, "that night", clock
/// times on parts of days and clock times of every day.
@Suite("narrative times")
struct NarrativeTimeTests {
    static let tagger = TemporalTagger.shared

    func tag(_ text: String, _ dct: String) -> [(text: String, type: String, value: String)] {
        Self.tagger.tag(text, reference: CalendarDay(iso: dct)).map { ($0.text, $0.type.rawValue, $0.value) }
    }

    func find(_ text: String, _ dct: String, _ span: String) -> (type: String, value: String)? {
        tag(text, dct).first { $0.text == span }.map { ($0.type, $0.value) }
    }

    @Test func apposedWeekdayIsTheDayJustNamed() {
        let text = "Katrina came ashore on Aug. 29, a Monday. The water began rising shortly after 7 a.m."
        #expect(find(text, "2005-10-10", "a Monday")?.value == "2005-08-29")
        // The clock time after it stays on that day (the apposition does not move the story to the DCT's week).
        #expect(find(text, "2005-10-10", "7 a.m.")?.value == "2005-08-29T07:00")
        // A weekday that is not the day's own is left to the bare weekday's reading.
        let other = tag("The plant closed on Aug. 29, a Friday.", "2005-10-10")
        #expect(other.contains { $0.text == "Friday" })
        #expect(!other.contains { $0.text == "a Friday" })
        // Without a day told before, "a Monday" is no apposition.
        #expect(find("He was hired on a Monday.", "2005-10-10", "a Monday") == nil)
    }

    @Test func thatPartOfTheDayPointsBack() {
        #expect(find("The bomb went off on July 19. Police closed the park that night.", "1996-08-04", "that night")?.value
                == "1996-07-19TNI")
        // With no day told, the publication date.
        #expect(find("Police closed the park that night.", "1996-08-04", "that night")?.value == "1996-08-04TNI")
        #expect(find("This morning the office opened.", "1996-08-04", "This morning")?.value == "1996-08-04TMO")
    }

    @Test func clockTimesOnPartsOfDays() {
        #expect(find("Polls opened at 2:00 yesterday afternoon.", "2008-11-05", "2:00 yesterday afternoon")?.value
                == "2008-11-04T14:00")
        #expect(find("It began at 4 this morning.", "2003-02-17", "4 this morning")?.value == "2003-02-17T04:00")
        #expect(find("Polls closed at midnight last night.", "2008-11-05", "midnight last night")?.value == "2008-11-04T24:00")
        #expect(find("Crowds danced at dawn Monday.", "1998-07-13", "dawn Monday")?.value == "1998-07-13TMO")
        #expect(find("Results came at 11:00 p.m. Eastern.", "2008-11-04", "11:00 p.m. Eastern")?.value == "2008-11-04T23:00")
    }

    @Test func clockTimeOfEveryDay() {
        let morning = find("She sets her alarm for 5:15 every morning.", "2005-10-10", "5:15 every morning")
        #expect(morning?.type == "SET")
        #expect(morning?.value == "XXXX-XX-XXT05:15")
        #expect(find("Neighbours clap at 7:30 every night.", "2020-04-14", "7:30 every night")?.value == "XXXX-XX-XXT19:30")
        #expect(find("Neighbours clap at 2:30 every night.", "2020-04-14", "2:30 every night")?.value == "XXXX-XX-XXT02:30")
    }

    @Test func lengthBeforeAnEventIsADuration() {
        let found = tag("The team paraded late Monday, a day before the Bastille Day celebrations.", "1998-07-13")
        #expect(found.contains { $0.text == "a day" && $0.type == "DURATION" && $0.value == "P1D" })
        // Counted from the day just told, it is still a date.
        #expect(find("She arrived on October 9; a day earlier she met the minister.", "2023-10-12", "a day earlier")?.value
                == "2023-10-08")
        #expect(find("Profit rose in the third quarter from $5 million a year earlier.", "1989-10-26", "a year earlier")?.value
                == "1988-Q3")
    }

    @Test func thisSeasonInJanuary() {
        #expect(find("It would close 14 stores this spring.", "2023-01-10", "this spring")?.value == "2023-SP")
        #expect(find("Heating bills rose this winter.", "2023-01-10", "this winter")?.value == "2022-WI")
        #expect(find("The law will be adopted this summer.", "1998-03-22", "this summer")?.value == "1998-SU")
    }

    @Test func datelineADayBeforePublicationIsTheStorysToday() {
        let text = "MINEOLA, L.I., June 6 -- Officials failed again today to reach agreement, and the County Executive said tonight that talks would resume."
        #expect(find(text, "1991-06-07", "June 6")?.value == "1991-06-06")
        #expect(find(text, "1991-06-07", "today")?.value == "1991-06-06")
        #expect(find(text, "1991-06-07", "tonight")?.value == "1991-06-06TNI")
        // A dateline of the publication day, or far from it, changes nothing.
        #expect(find("BAKU, June 7 -- Officials met today.", "1991-06-07", "today")?.value == "1991-06-07")
        #expect(find("BAKU, May 2 -- Officials met today.", "1991-06-07", "today")?.value == "1991-06-07")
        // Not a dateline: a sentence that names a date.
        #expect(find("Officials said June 6 -- a Thursday -- was the last day today.", "1991-06-07", "today")?.value == "1991-06-07")
    }

    @Test func pastClockTimeIsNotOnADayStillToCome() {
        let text = "The board voted Wednesday night. The plan takes effect Aug. 19. The meeting, which began at 5:30 p.m., ran past 10:45 p.m."
        #expect(find(text, "2024-02-29", "5:30 p.m.")?.value == "2024-02-28T17:30")
        #expect(find(text, "2024-02-29", "10:45 p.m.")?.value == "2024-02-28T22:45")
        #expect(find("The plan takes effect Aug. 19. The first bus will leave at 5:30 p.m.", "2024-02-29", "5:30 p.m.")?.value
                == "2024-08-19T17:30")
    }

    @Test func contractedAndInfinitiveFutures() {
        // "won't" is "will not", not the past "won".
        #expect(find("\"We won't be back to normal until sometime in December,\" he said.", "1989-10-26", "December")?.value
                == "1989-12")
        #expect(find("The team won in December.", "1989-10-26", "December")?.value == "1988-12")
        // "told to plan for …": the infinitive of a plan.
        #expect(find("Hospitals have been told to plan for a second surge in the fall.", "2020-04-14", "the fall")?.value
                == "2020-FA")
    }

    @Test func tenseOfTheReportingVerbAndOfPlans() {
        // "announced in April that he would retire": the month of the announcement.
        #expect(find("Zidane, 34, announced in April that he would retire after the tournament.", "2006-07-10", "April")?.value
                == "2006-04")
        // "the WHO" is a name, not a clause of its own: "did not report" tells the past.
        #expect(find("Officials did not report it to the WHO until February.", "2003-04-28", "February")?.value == "2003-02")
        // "had been reported by Wednesday": the auxiliary tells, not the reporting verb.
        #expect(find("More than 118,000 cases had been reported worldwide by Wednesday.", "2020-03-12", "Wednesday")?.value
                == "2020-03-11")
        // "were to meet Tuesday": a plan seen from the past, the nearest Tuesday.
        #expect(find("Leaders were to meet in Bangkok Tuesday for a summit.", "2003-04-28", "Tuesday")?.value == "2003-04-29")
        // "voted to approve …, reversing its rejection … on Monday": the promise's future stays in its clause,
        // and a past verb more than 20 words back still tells.
        let long = "The report came hours before the House voted 263 to 171 to approve a $700 billion rescue of the financial system, reversing its rejection of an earlier version on Monday."
        #expect(find(long, "2008-10-03", "Monday")?.value == "2008-09-29")
        #expect(find("The House voted to approve a rescue, reversing its rejection on Monday.", "2008-10-03", "Monday")?.value
                == "2008-09-29")
        #expect(find("The union agreed to hold talks in April.", "1998-02-13", "April")?.value == "1998-04")
        // "told her on Friday that it would …": the day of the telling.
        #expect(find("Guidry's insurer told her on Friday that it would not cover the house.", "2005-10-10", "Friday")?.value
                == "2005-10-07")
        #expect(find("He said flights would leave Bombay from Aug. 6.", "1998-02-13", "Aug. 6")?.value == "1998-08-06")
        // "the storm that began Saturday": after the relative "that", a past verb.
        #expect(find("The storm that began Saturday afternoon is still going.", "2003-02-17", "Saturday afternoon")?.value
                == "2003-02-15TAF")
        // "it forecast in April": a forecast made then.
        #expect(find("Revenue fell short of the $3.1 billion it forecast in April.", "2012-07-17", "April")?.value == "2012-04")
    }

    @Test func overBeforeALengthIsMoreThan() {
        #expect(find("The tour is likely to last over a week.", "1998-03-06", "over a week")?.value == "P1W")
        #expect(find("There is just over a month to go before Election Day.", "2008-10-03", "over a month")?.value == "P1M")
        // A span something is spread over keeps "over" outside.
        #expect(find("The tournament, played over a month, drew crowds.", "2006-07-10", "a month")?.value == "P1M")
        #expect(find("The money can be used over three years.", "1989-10-26", "three years")?.value == "P3Y")
    }

    @Test func possessiveDecadeIsAnAge() {
        #expect(tag("\"I don't remember most of my twenties,\" she said.", "2019-01-02").isEmpty)
        #expect(find("Unemployment was high in the nineties.", "2019-01-02", "the nineties")?.value == "199")
    }

    @Test func aPeriodYearIsNoAnchor() {
        // "for 2022-2023" names the plan's period: "the next morning" counts from the story's Monday.
        let text = "The visit opened in Ankara on Monday with a meeting. They signed an action plan for 2022-2023. The next morning she went to the Assembly."
        #expect(find(text, "2022-04-30", "The next morning")?.value == "2022-04-26")
        // A year the story moves to stays the anchor: "In 2019 … the next day".
        let moved = "The office opened in March 2019. The next day it received its first complaint."
        #expect(find(moved, "2022-04-30", "The next day")?.value == "2019-03-XX")
    }
}
