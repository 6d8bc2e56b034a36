import TimelineModel

/// "Representatives of national preventive mechanisms met in Vienna on 22 and 23 November … The
/// Commissioner for Human Rights of Azerbaijan, Sabina Aliyeva, described how unannounced visits
/// are carried out": in the story of a gathering without her, what she told is her contribution to
/// it — a speech, on its days (or the one of them it names).
extension ArticleReading {
    mutating func toldAtGathering(_ s: SentenceScan) -> Int? {
        guard !drafts.contains(where: { $0.sentence.range == s.sentence.range }), s.quoted.isEmpty,
              // Her name opening the sentence (after a title of hers that may read as another's).
              let m = s.mentions.first(where: { who($0, in: s) == .subject }),
              (0..<m.range.lowerBound).allSatisfy({ k in !s.t[k].isWord || s.t[k].isCapitalized || s.mentionOf[k] >= 0 || s.t[k].norm.isOne(of: "the", "of", "for") }),
              let v = Self.verbAfterSubject(s, from: m.range.upperBound), Self.contributionVerbs.contains(s.t[v].norm),
              // No day of its own (one inside the apposition — "whose office has served as the NPM since
              // 2009" — is about her office).
              !s.times.contains(where: { $0.tokens.lowerBound >= v || $0.tokens.lowerBound < m.range.lowerBound }),
              // The gathering told last, in the story so far (others' speeches may fill several
              // paragraphs), with its days and without her yet.
              let f = frames.indices.last, order - frames[f].named <= 8, frames[f].draft == nil,
              // (Not a training: explaining there is teaching it.)
              [.conference, .meeting].contains(frames[f].kind),
              let date = frames[f].date, [.day, .range].contains(date.precision), isNews(date), !date.isFuture,
              noOtherDaySince(frames[f].named, within: date),
              // (Nothing of hers told before: after her training, "The session, held on Thursday, … Aliyeva
              // explained to the participants …" tells that training again.)
              drafts.isEmpty else { return nil }
        // ("spoke on the first day about …": that day of the gathering; so after "The second day was
        // devoted to …".)
        var own = dayOfRange(s, clause: Array(0..<s.count), within: date)
        if own == nil, let sc = sceneDay, sc.order == order - 1, let first = date.start, first <= sc.day, sc.day <= date.end { own = dayChoice(sc.day) }
        let draft = Draft(kind: .speech, date: own ?? date, location: frames[f].location, counterparts: [],
                          title: fields.title(in: s, from: v, tokens: Array(v..<s.count)), sentence: s.sentence,
                          anchor: s.t[v].start, status: .done)
        return add(draft, heads: [])
    }

    /// The verb of the clause her mention opens: right after it, or after an apposition set off by
    /// commas ("Sabina Aliyeva, whose office has served as the NPM since 2009, described …").
    /// (Several may follow: "The Commissioner for Human Rights of Azerbaijan, Sabina Aliyeva, whose office …, described".)
    static func verbAfterSubject(_ s: SentenceScan, from start: Int) -> Int? {
        var j = start
        for _ in 0..<3 {
            guard j < s.count else { return nil }
            guard s.t[j].norm == "," else { return s.t[j].isWord && !s.t[j].isCapitalized ? j : nil }
            var k = j + 1
            while k < s.count, s.t[k].norm != "," { k += 1 }
            let next = k + 1
            if next < s.count, s.t[next].isWord, !s.t[next].isCapitalized, !s.t[next].norm.isOne(of: "who", "whose", "which", "a", "an", "the") { return next }
            j = k
        }
        return nil
    }

    /// What a participant does at a gathering when she takes the floor.
    static let contributionVerbs: Set<String> = ["described", "explained", "outlined", "shared", "presented", "spoke", "informed", "briefed"]
}
