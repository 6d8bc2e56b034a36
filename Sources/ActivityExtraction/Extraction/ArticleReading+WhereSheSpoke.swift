import TimelineModel

/// "attended an international conference in Doha …, where she spoke about the fate of missing
/// Azerbaijanis": what she said there is a speech of hers at the gathering, on its days.
extension ArticleReading {
    mutating func speechWhereShe(_ s: SentenceScan) {
        // The gathering this sentence told (a conference or training of hers, done) and no speech yet.
        var gathering: Int?
        for k in drafts.indices where drafts[k].sentence.range == s.sentence.range && drafts[k].status == .done {
            if drafts[k].kind == .speech { return }
            if drafts[k].kind == .conference || drafts[k].kind == .training { gathering = k }
        }
        guard let g = gathering else { return }
        for k in 1..<max(1, s.count - 2) where s.t[k].norm == "where" && s.t[k - 1].norm == "," {
            // "where she spoke", "where Aliyeva presented information on …".
            var v = k + 1
            if let m = s.mention(at: v), who(m, in: s) == .subject { v = m.range.upperBound } else { continue }
            guard v < s.count, Self.speakingVerbs.contains(s.t[v].norm), !s.isQuoted(v) else { continue }
            // (Not an act the clause already told: "where she presented the annual report".)
            var told = false
            for d in drafts.indices where drafts[d].sentence.range == s.sentence.range && drafts[d].anchor >= s.t[k].start { told = true }
            if told { return }
            var speech = drafts[g]
            speech.kind = .speech
            speech.title = fields.title(in: s, from: v, tokens: Array(v..<s.count))
            speech.anchor = s.t[v].start
            speech.counterparts = []
            _ = add(speech, heads: [])
            return
        }
    }

    /// Verbs of what she told the gathering ("where she informed her foreign colleagues about …").
    /// (Not "where she noted that …": a remark, which writers seldom count as a speech.)
    static let speakingVerbs: Set<String> = ["spoke", "presented", "addressed", "lectured", "delivered", "made", "gave", "shared", "told",
                                             "informed", "briefed"]
}
