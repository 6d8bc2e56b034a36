import NewsArticles

/// The publication date in an article's first line, ` date YYYY-MM-DD (OUTLET)`, if there is one.
///
/// ```swift
/// ArticleHeaderDate.find(in: " date 2023-10-12 (AzerNews)\n\nText")?.iso   // "2023-10-12"
/// ```
public enum ArticleHeaderDate {
    public static func find(in text: String) -> CalendarDay? {
        var line = Substring(text.prefix(200))
        if let nl = line.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) { line = line[..<nl] }
        if line.first == "\u{FEFF}" { line = line.dropFirst() }
        line = line.drop(while: { $0 == " " || $0 == "\t" })
        guard line.hasPrefix("date ") else { return nil }
        line = line.dropFirst(5).drop(while: { $0 == " " })
        return CalendarDay(iso: line.prefix(10))
    }
}
