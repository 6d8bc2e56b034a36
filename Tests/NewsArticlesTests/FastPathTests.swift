import Foundation
@testable import NewsArticles
import Testing

/// The fast paths of the reader give what the general code gives.
@Suite("reader fast paths")
struct FastPathTests {
    @Test("trimming spaces: the same as Foundation's whitespace trimming", arguments: [
        " date 2023-10-12 (Report.az)", "date 2023-10-12", "\t date\t", "   ", "", "x", " \u{00A0}Baku\u{2003} ",
        "\u{3000}date", "date\u{200A}", " é ", " a\u{301} ", "\t(APA) ", " \u{0085}x",
    ])
    func trimming(_ text: String) {
        #expect(ArticleReader.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
        #expect(ArticleReader.trimmingSpaces(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("abbreviations ruled out by shape: the same sentences as testing every word")
    func abbreviationShapes() {
        let text = "Mr. Smith met Gen. Lee in the U.S. on 10 Oct. 2023. They talked. Dr. Who left at 5 p.m. Then etc. More. Approx. 5 people came. Vs. them. NO. 5 was there. J. Smith spoke."
        let scalars = Array(text.unicodeScalars)
        let splitter = SentenceSplitter()
        var plain = SentenceSplitter(abbreviations: [])
        plain.abbreviations = SentenceSplitter.defaultAbbreviations  // set after init: the shapes follow
        #expect(splitter.split(scalars) == plain.split(scalars))
        #expect(splitter.split(scalars).count == 7)
        var none = SentenceSplitter()
        none.abbreviations = []
        #expect(none.split(scalars).count > splitter.split(scalars).count)
    }

    @Test("the scalars the reader keeps are the text's, with Windows line endings too; a changed text is read afresh")
    func scalarsKept() {
        for raw in [" date 2023-10-12 (APA)\n\nOmbudsman Sabina Aliyeva met Ms. Doe.\n", "date 2023-10-12\r\n\r\nÇ\u{301}ağrı — Bakı.\r\n", ""] {
            var article = ArticleReader().parse(text: raw, path: "a.txt")
            #expect(article.scalars == Array(article.text.unicodeScalars))
            article.text = "changed"
            #expect(article.scalars == Array("changed".unicodeScalars))
        }
    }

    @Test("file names and headers: the fast ways give what the general ways give")
    func namesAndHeaders() {
        for path in ["a/b/c.txt", "c.txt", "/x/y/", "///", "", "a//b", "dir/é/ü.txt", "/\u{301}a/b"] {
            #expect(ArticleReader.lastComponent(path) == (path.split(separator: "/").last.map(String.init) ?? path))
        }
        for line in [" date 2023-10-12 (Report.az)", "Date: 2023-10-12 (APA )", "date\t2023-10-12", "date 2023-10-12 Trend",
                     "dated 2023", "date (x)", "date 12.10.2023 ( Azertag ) ", "DATE 2023-10-12 (a) (b)", "date 2023-10-12 (",
                     "date 2023-13-45 (X)", "date", " da", "date 2023-10-12 (Ağ)", "date 2023-10-12\u{0B}(X)\u{0B}"] {
            let scalars = Array(line.unicodeScalars)
            let fast = ArticleReader.parseASCIIHeader(scalars[...])
            let general = ArticleReader.parseHeader(ArticleReader.trimmingSpaces(line))
            if let fast {
                #expect(fast?.rawDate == general?.rawDate && fast?.day == general?.day && fast?.outlet == general?.outlet, "\(line)")
            }
        }
        #expect(ArticleReader.parseASCIIHeader(Array(" date 2023-10-12 (APA)".unicodeScalars)[...]) != nil)
    }

    @Test("ISO days written and read directly: the same as padding and splitting")
    func isoDays() {
        func slowISO(_ d: CalendarDay) -> String {
            func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s }
            return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
        }
        for ordinal in stride(from: -800_000, through: 3_000_000, by: 997) + [-719_162, -1, 0, 1, 10_956, 2_932_896] {
            let day = CalendarDay(ordinal: ordinal)
            #expect(day.iso == slowISO(day))
            if (1...9999).contains(day.year) { #expect(CalendarDay(iso: day.iso) == day) }
        }
        for text in ["2023-02-29", "2024-02-29", "2023-13-01", "0000-01-01", "+123-01-01", "2023-1-01", "2023/01/01", "２０２３-01-01", "9999-12-31"] {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            var slow: CalendarDay?
            if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
               let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) { slow = CalendarDay(year: y, month: m, day: d) }
            #expect(CalendarDay(iso: text) == slow, "\(text)")
        }
    }
}
