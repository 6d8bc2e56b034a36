import NewsArticles
import Testing
import TimelineModel
@testable import TimelineLayout

@Suite("Time scale and tick table")
struct ScaleAndTickTests {
    let style = TextStyle(size: 7)

    func axis(_ from: String, _ to: String, width: Double = 700) -> Axis {
        let scale = TimeScale(window: CalendarDay(iso: from)!...CalendarDay(iso: to)!, x0: 0, width: width)
        return Axis.choose(for: scale, table: .standard, measurer: FixedMeasurer(), style: style, spacing: 6)
    }

    @Test("the bundled table parses, finest interval first")
    func table() {
        let rules = TickTable.standard.rules
        #expect(rules.first?.unit == .day && rules.first?.step == 1)
        #expect(rules.last?.unit == .year)
    }

    @Test("a bad table line is an error naming the line")
    func badTable() {
        #expect(throws: TickTable.ParseError.self) { try TickTable.parse("day 1 d month 1 MMM\nfortnight 1 d - 0 -\n") }
    }

    @Test("three weeks: every day, month and year shown once (concise labels)")
    func days() {
        let a = axis("2023-10-09", "2023-10-29")
        #expect(a.rule.unit == .day && a.rule.step == 1)
        #expect(a.ticks.first?.minor == "9")
        #expect(a.leadingMajor == "October 2023")
    }

    @Test("a year: months, the year only at January")
    func year() {
        let a = axis("2023-01-01", "2023-12-31", width: 1100)
        #expect(a.rule.unit == .month)
        #expect(a.ticks.first?.minor == "Jan" && a.leadingMajor == "2023")
        #expect(a.ticks.allSatisfy { $0.major == nil })
    }

    @Test("weeks in a half year: the month is named at the first week of each month")
    func weeks() {
        let a = axis("2023-01-01", "2023-06-30", width: 742)
        #expect(a.rule.unit == .week)
        #expect(a.leadingMajor == "January 2023" || a.leadingMajor == "Jan 2023")
        let majors = a.ticks.compactMap(\.major)
        #expect(majors.count == 5, "\(majors)")   // February … June
        #expect(majors.first?.hasPrefix("Feb") == true)
    }

    @Test("thirty years: year ticks, no month names")
    func decades() {
        let a = axis("1995-01-01", "2024-12-31")
        #expect(a.rule.unit == .year)
        #expect(a.ticks.allSatisfy { Int($0.minor) != nil })
    }

    @Test("one day: a single day tick")
    func oneDay() {
        let a = axis("2023-10-10", "2023-10-10")
        #expect(a.ticks.count == 1 && a.ticks[0].minor == "10")
    }

    @Test("labels of chosen ticks never collide", arguments: [7, 31, 90, 365, 800, 3_650, 11_000])
    func noCollision(days: Int) {
        let start = CalendarDay(iso: "2020-03-05")!
        let a = axis(start.iso, start.adding(days: days - 1).iso, width: 500)
        let m = FixedMeasurer()
        for (x, y) in zip(a.ticks, a.ticks.dropFirst()) {
            #expect(y.x - x.x >= m.measure(x.minor, style: style, wrapWidth: nil).width + 6)
        }
    }

    @Test("the scale maps day edges linearly")
    func scale() {
        let s = TimeScale(window: CalendarDay(iso: "2023-10-01")!...CalendarDay(iso: "2023-10-10")!, x0: 100, width: 500)
        #expect(s.x(CalendarDay(iso: "2023-10-01")!) == 100)
        #expect(s.xEnd(CalendarDay(iso: "2023-10-10")!) == 600)
        #expect(s.center(of: CalendarDay(iso: "2023-10-01")!) == 125)
    }
}
