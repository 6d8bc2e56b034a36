import NewsArticles
import TemporalTagging

/// The day of a dispatch's dateline when it is the publication date or a few days before it: a
/// reprint published on the 16th of "Baku, March 15, AZERTAC – Today, the Ombudsman …" tells what
/// happened on the 15th, so "today" and "yesterday" count from the dateline; and a lead with no date
/// of its own under "Baku, February 25, AZERTAC" tells that day's news.
///
/// ```swift
/// // published 2023-03-16: "Baku, March 15, AZERTAC. Today, the Ombudsman presented …"
/// Dateline.day(in: article, scalars: article.scalars, times: times, captions: false)   // 2023-03-15
/// ```
enum Dateline {
    /// How far before publication a dateline may be and still be the dispatch's day.
    static let maxDaysBefore = 7

    static func day(in article: Article, scalars: [Unicode.Scalar], times: [TimeExpression], captions: Bool) -> CalendarDay? {
        guard let published = article.published, !captions else { return nil }
        // The headline and the first paragraph of the body.
        for paragraph in article.paragraphs.prefix(3) where paragraph.range.lowerBound >= article.bodyStart {
            guard let time = times.first(where: { paragraph.range.contains($0.start) }) else { continue }
            guard let span = time.span, span.granularity == .day, span.first == span.last,
                  span.first <= published, published.ordinal - span.first.ordinal <= maxDaysBefore,
                  opensWithPlaceAndDate(paragraph.range, time: time, scalars: scalars) else { continue }
            return span.first
        }
        return nil
    }

    /// Whether several paragraphs open with a place and a day, as photo captions do ("Baku, 7 March
    /// 2024. The Ombudsman with …", "Ganja, 8 March 2024. …"): each day dates its own paragraph.
    static func areCaptions(_ article: Article, scalars: [Unicode.Scalar], times: [TimeExpression]) -> Bool {
        var count = 0
        var next = times.startIndex
        for p in article.paragraphs where p.range.lowerBound >= article.bodyStart {
            while next < times.endIndex, times[next].start < p.range.lowerBound { next += 1 }
            guard next < times.endIndex, p.range.contains(times[next].start) else { continue }
            if opensWithPlaceAndDate(p.range, time: times[next], scalars: scalars) { count += 1 }
            if count >= 2 { return true }
        }
        return false
    }

    static func opensWithPlaceAndDate(_ paragraph: Range<Int>, time: TimeExpression, scalars: [Unicode.Scalar]) -> Bool {
        isPlaceLead(scalars[paragraph.lowerBound..<time.start]) && endsDateline(scalars, after: time.end, limit: paragraph.upperBound)
    }

    /// "Baku, ", "BAKU, Azerbaijan, ", "Nakhchivan, ": capitalised words and commas, ending in a comma.
    static func isPlaceLead(_ lead: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = lead.filter { $0 != " " }
        guard let first = text.first, first.properties.isUppercase, text.count <= 40, text.last == "," else { return false }
        return text.allSatisfy { $0.properties.isAlphabetic || $0 == "," || $0 == "." || $0 == "-" }
    }

    /// What follows the date in a dateline: a comma and the outlet, a dash, a bracket or a full stop.
    static func endsDateline(_ scalars: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
        var k = end
        while k < limit, scalars[k] == " " { k += 1 }
        guard k < limit else { return true }
        return [",", "(", "–", "—", "-", ".", "/", "|"].contains(scalars[k])
    }
}
