import NewsArticles
import Testing

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test("ISO round trip, weekday and arithmetic across month, year and leap boundaries")
    func arithmetic() throws {
        let day = try #require(CalendarDay(iso: "2023-10-10"))
        #expect(day.iso == "2023-10-10")
        #expect(day.weekday == 2)  // a Tuesday
        #expect(day.adding(days: 22).iso == "2023-11-01")
        #expect(CalendarDay(iso: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(CalendarDay(iso: "2023-12-31")!.adding(days: 1).iso == "2024-01-01")
        #expect(CalendarDay(iso: "2024-01-31")!.adding(months: 1).iso == "2024-02-29")
        #expect(CalendarDay(iso: "0001-01-01")!.iso == "0001-01-01")
    }

    @Test("days that do not exist are refused", arguments: ["2023-02-29", "2023-13-01", "2023-00-10", "2023-1-10", "20231010", "", "2023-10-32"])
    func invalid(_ text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }
}
