import NewsArticles
import TemporalTagging
import TimelineModel

/// Events listed as bullets under a lead that names her: "… a number of events with the participation
/// of the Commissioner Sabina Aliyeva were held this week in an online format:" followed by "– a video
/// conference with the Chief Ombudsman of Türkiye (1 June), at which …;" and so on.
extension ArticleReading {
    static let bullets: Set<String> = ["–", "-", "—", "•", "*", "·"]

    /// Whether the sentence leads into a list of her events: it names her (or her office) and ends
    /// with a colon.
    func leadsIntoList(_ s: SentenceScan) -> Bool {
        guard s.count > 3, s.t[s.count - 1].norm == ":" else { return false }
        return s.mentions.contains { counts(who($0, in: s)) }
    }

    /// The kind of event a lead names for items that name only a place ("unannounced visits were paid
    /// by the Ombudsman … to the following institutions:" then "– Ganja City Psychoneurological
    /// Hospital (5 May)").
    func leadKind(_ s: SentenceScan) -> ActivityKind? {
        for k in 0..<s.count { if let m = kinds.nouns.longestMatch(in: s.t, at: k) { return m.value } }
        return nil
    }

    /// The event a bullet of such a list names, with the day it gives: "– an online reception of
    /// citizens through the video system of the Office (3 June), during which …".
    mutating func bulletEvent(_ s: SentenceScan, leadKind: ActivityKind?) -> Int? {
        guard s.count > 3, Self.bullets.contains(s.t[0].norm) else { return nil }
        var k = 1
        while k < s.count, s.t[k].norm.isOne(of: "a", "an", "the") { k += 1 }
        // The event noun, maybe after a word or two that qualify it ("an online meeting").
        var found: (kind: ActivityKind, at: Int, end: Int)?
        for q in k..<min(s.count, k + 4) {
            guard s.t[q].isWord, s.timeOf[q] < 0 else { break }
            if let m = kinds.nouns.longestMatch(in: s.t, at: q) { found = (m.value, q, m.end); break }
        }
        let item = Array(0..<s.count)
        // An item naming only the place of the lead's event: a visit there (a monitoring visit to a
        // place of detention).
        var placeOnly = false
        if found == nil, let lead = leadKind, [.visit, .monitoring].contains(lead), s.t[k].isCapitalized {
            found = (visitsDetention(s, from: k, clause: item) ? .monitoring : lead, k, k)
            placeOnly = true
        }
        guard let n = found else { return nil }
        guard let date = dateFor(s, trigger: n.at, clause: item, pastTense: true), !date.isFuture else { return nil }
        // "a video conference with the Chief Ombudsman": talks with someone, whatever the medium.
        var kind = n.kind
        if kind == .conference, n.end < s.count, s.t[n.end].norm == "with" { kind = .meeting }
        let end = (n.end..<s.count).first { s.timeOf[$0] >= 0 || s.t[$0].norm.isOne(of: ",", ";", "(") } ?? s.count
        let named = fields.title(in: s, from: k, tokens: Array(k..<end), maxWords: 12, capitalize: false)
        let title = ClauseFields.capitalized(placeOnly ? "visited " + named : named)
        return add(Draft(kind: kind, date: date, location: fields.location(in: s, tokens: item, near: n.at),
                         counterparts: fields.counterparts(in: s, tokens: Array(k..<end), from: n.end),
                         title: title, sentence: s.sentence, anchor: s.t[0].start, status: .done),
                   heads: eventHeads(s, clause: item))
    }
}
