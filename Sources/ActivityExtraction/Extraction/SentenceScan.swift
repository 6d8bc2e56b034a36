import NewsArticles
import TemporalTagging

/// One sentence read for extraction: tokens, who each token names, which date expression it
/// belongs to, and which clause it is in.
struct SentenceScan {
    let sentence: Sentence
    let t: [WordToken]
    let mentions: [Mention]
    /// Per token: index into `mentions`, or -1.
    let mentionOf: [Int]
    /// Date expressions of the sentence with the tokens they cover.
    let times: [(tokens: Range<Int>, expr: TimeExpression)]
    /// Per token: index into `times`, or -1.
    let timeOf: [Int]
    /// Whether token `k` stands inside quotation marks.
    func isQuoted(_ k: Int) -> Bool { !quoted.isEmpty && k < quoted.count && quoted[k] }

    /// Per token: clause number. Relative clauses (", who …,") get their own number.
    let clause: [Int]
    /// The scalars of the whole article (for writing titles from the original text).
    let scalars: [Unicode.Scalar]
    /// Per token, whether it stands inside quotation marks (straight or curly; a quotation left open
    /// runs to the end); empty when the sentence has none.
    let quoted: [Bool]

    init(sentence: Sentence, scalars: [Unicode.Scalar], times allTimes: [TimeExpression], matcher: borrowing SubjectMatcher,
         cues: borrowing LanguageCues, state: inout CoreferenceState) {
        self.sentence = sentence
        self.scalars = scalars
        let t = WordTokenizer.tokens(of: scalars, in: sentence.range)
        self.t = t
        var inQuotes: [Bool] = []
        if t.contains(where: { !$0.isWord && ["\"", "“", "”", "«", "»"].contains($0.norm) }) {
            inQuotes = [Bool](repeating: false, count: t.count)
            var inside = false
            for k in t.indices {
                switch t[k].norm {
                case "\"": inside.toggle()
                case "“", "«": inside = true
                case "”", "»": inside = false
                default: inQuotes[k] = inside
                }
            }
        }
        self.quoted = inQuotes
        let mentions = matcher.mentions(in: t, state: &state)
        self.mentions = mentions
        var mentionOf = [Int](repeating: -1, count: t.count)
        for (k, m) in mentions.enumerated() { for i in m.range { mentionOf[i] = k } }
        self.mentionOf = mentionOf
        var times: [(tokens: Range<Int>, expr: TimeExpression)] = []
        var timeOf = [Int](repeating: -1, count: t.count)
        for e in allTimes where e.start < sentence.range.upperBound && e.end > sentence.range.lowerBound {
            var lo = -1, hi = -1
            for (i, tok) in t.enumerated() where tok.start < e.end && tok.end > e.start {
                if lo < 0 { lo = i }
                hi = i + 1
            }
            guard lo >= 0 else { continue }
            for i in lo..<hi where mentionOf[i] < 0 { timeOf[i] = times.count }
            times.append((lo..<hi, e))
        }
        // "from 30 September to 11 October", "between 3 and 5 May": TimeML writes two expressions;
        // the event lasts from the first to the second.
        var k = times.count - 2
        while k >= 0 {
            let a = times[k], b = times[k + 1]
            // ("14.06.2022-15.06.2022": one word with both dates, a dash between them and no token.)
            let dashInWord = b.0.lowerBound < a.0.upperBound && b.1.start - a.1.end == 1 && a.1.end < scalars.count
                && (scalars[a.1.end] == "-" || scalars[a.1.end] == "–")
            if let sa = a.1.span, let sb = b.1.span, sa.granularity == .day, sb.granularity == .day || sb.granularity == .range,
               sb.last > sa.first, sb.last.ordinal - sa.first.ordinal <= 62, b.0.lowerBound - a.0.upperBound == 1 || dashInWord {
                let link = dashInWord ? "-" : t[a.0.upperBound].norm
                let opener = a.0.lowerBound > 0 ? t[a.0.lowerBound - 1].norm : ""
                if link.isOne(of: "to", "-", "until", "till", "through", "thru") || (link == "and" && opener == "between") {
                    var e = a.1
                    e.end = b.1.end
                    e.text = String(String.UnicodeScalarView(scalars[a.1.start..<b.1.end]))
                    e.span = DaySpan(first: sa.first, last: sb.last, granularity: .range)
                    Self.join(k, as: e, times: &times, timeOf: &timeOf, mentionOf: mentionOf)
                }
            }
            k -= 1
        }
        var clause = [Int](repeating: 0, count: t.count)
        var id = 0, next = 1
        var outer: [Int] = []
        // Quoted names ("Inclusive Society: Equal Opportunities for All") do not break clauses.
        var quoted = false
        let quotes = t.reduce(0) { $0 + ($1.norm == "\"" ? 1 : 0) }
        for i in 0..<t.count {
            // Clauses change only at punctuation.
            if t[i].isWord {
                clause[i] = id
                continue
            }
            let w = t[i].norm
            if w == "\"" && quotes % 2 == 0 { quoted.toggle() }
            if quoted {
                clause[i] = id
                continue
            }
            if w == ";" || w == ":" {
                outer.removeAll()
                id = next; next += 1
            } else if w == "," || w == "(" || w == "-" {
                let after = i + 1 < t.count ? t[i + 1].norm : ""
                let afterNext = i + 2 < t.count ? t[i + 2].norm : ""
                // ", during which", ", at which": a relative clause opened by a preposition.
                let prepositional = ["during", "at", "in", "after", "on", "following"].contains(after) && (afterNext == "which" || afterNext == "whom")
                // (A comma between names of a list stays in the relative clause: ", who received
                // residents of Lankaran, Astara and Lerik districts in Lankaran on Friday, …".)
                let listed = w == "," && i > 0 && t[i - 1].isCapitalized && i + 1 < t.count && t[i + 1].isCapitalized && t[i + 1].isWord
                if (cues.relative.contains(after) || prepositional) && w == "," {
                    outer.append(id)
                    id = next; next += 1
                } else if !listed || outer.isEmpty, let back = outer.popLast() {
                    id = back
                    if cues.clauseBreaks.contains(after) { id = next; next += 1 }
                } else if cues.clauseBreaks.contains(after) && w == ",", !(after == "and" && Self.joinsPhrase(t, from: i + 2, cues: cues)) {
                    id = next; next += 1
                }
            }
            clause[i] = id
        }
        self.clause = clause
        // "Last week, on March 12-13, …", "Earlier this month, on the 3rd, …": a coarse date made precise
        // by the one set beside it is that one date.
        k = times.count - 2
        while k >= 0 {
            let a = times[k], b = times[k + 1]
            let gap = b.0.lowerBound - a.0.upperBound
            if let sa = a.1.span, let sb = b.1.span, sa.granularity != .day, sa.granularity != .range,
               sb.granularity == .day || sb.granularity == .range, sa.first <= sb.first, sb.last <= sa.last,
               gap >= 1, gap <= 2, t[a.0.upperBound].norm == ",", clause[a.0.lowerBound] == clause[b.0.lowerBound],
               // (A calendar date, or one after "on"/"in": "who is in Geneva this week, yesterday addressed …"
               // tells two dates of two acts.)
               gap == 2 ? t[a.0.upperBound + 1].norm.isOne(of: "on", "in") : b.1.text.first?.isNumber == true || t[b.0.lowerBound].isCapitalized {
                Self.join(k, as: b.1, times: &times, timeOf: &timeOf, mentionOf: mentionOf)
            }
            k -= 1
        }
        self.times = times
        self.timeOf = timeOf
    }

    /// Makes expressions `k` and `k + 1` one, `expr`, over both their tokens.
    static func join(_ k: Int, as expr: TimeExpression, times: inout [(tokens: Range<Int>, expr: TimeExpression)],
                     timeOf: inout [Int], mentionOf: [Int]) {
        times[k] = (times[k].tokens.lowerBound..<times[k + 1].tokens.upperBound, expr)
        times.remove(at: k + 1)
        for i in times[k].tokens where mentionOf[i] < 0 { timeOf[i] = k }
        for i in 0..<timeOf.count where timeOf[i] > k + 1 { timeOf[i] -= 1 }
    }

    var count: Int { t.count }

    func mention(at i: Int) -> Mention? { i >= 0 && i < t.count && mentionOf[i] >= 0 ? mentions[mentionOf[i]] : nil }

    /// The original text of tokens `range`, spacing as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var bytes: [UInt8] = []
        Self.append(scalars[t[range.lowerBound].start..<t[range.upperBound - 1].end], to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-8 of scalars, appended to a byte buffer (far cheaper than growing a String scalar by scalar).
    @inline(__always) static func append(_ run: ArraySlice<Unicode.Scalar>, to bytes: inout [UInt8]) {
        for c in run {
            if c.value < 0x80 { bytes.append(UInt8(truncatingIfNeeded: c.value)) } else { UTF8.encode(c) { bytes.append($0) } }
        }
    }

    /// The original text of the listed tokens, joined with single spaces where the text had space.
    func text(tokens indices: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(indices.count * 8)
        var previous: Int?
        for i in indices {
            if let p = previous, t[i].start > t[p].end || (p + 1 != i && t[i].isWord) { out.append(0x20) }
            Self.append(scalars[t[i].start..<t[i].end], to: &out)
            previous = i
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether what follows ", and" up to the next mark joins a phrase to the clause instead of
    /// opening one: a possessive and nouns with no verb ("received Ms. Aliyeva, and her accompanying
    /// delegation at the headquarters … on 12 May"), so the clause keeps its date and place.
    static func joinsPhrase(_ t: [WordToken], from k: Int, cues: LanguageCues) -> Bool {
        guard k < t.count, t[k].norm.isOne(of: "her", "his", "their") else { return false }
        var q = k + 1
        while q < t.count, t[q].isWord || t[q].norm == "'s" {
            if cues.looksFinite(t[q]) || cues.clauseBreaks.contains(t[q]) { return false }
            q += 1
        }
        return q > k + 1
    }

    /// WordToken range of the clause holding token `i` (relative clauses excluded for the main clause).
    func clauseTokens(of i: Int) -> [Int] {
        let c = clause[i]
        return (0..<t.count).filter { clause[$0] == c }
    }
}
