import NewsArticles
import TimelineModel

/// Dates an activity's own clause does not give, read from what was told around it.
extension ArticleReading {
    /// The date (and place, when the source knows one) of an activity whose clause names no date,
    /// from the context, first rule that applies:
    /// - the date heading of a digest's paragraph ("Tuesday, 10 June. The Ombudsman received …");
    /// - taking part in an event right after a sentence that gives the day and tells no activity of
    ///   hers ("The memory of the victims was commemorated in Ganja yesterday. Aliyeva … took part in
    ///   the commemoration ceremony");
    /// - an event named with "the" that an earlier sentence dated ("The annual report … was presented
    ///   today at the plenary session. … Presenting the report, Aliyeva informed …");
    /// - words quoted just before ("'…,' Aliyeva said on Tuesday. The Ombudsman made the remarks at …");
    /// - an event without her dated in the sentence just before ("The annual report was heard at the
    ///   session of the Milli Majlis on Tuesday. The Ombudsman presented the report …").
    ///
    /// `kind` is the trigger's own kind (nil when the event it names gives it).
    func contextDate(_ s: SentenceScan, trigger i: Int, end: Int, kind: ActivityKind?, heading: DateChoice?,
                     status: ActivityStatus) -> (DateChoice, String?)? {
        if let h = heading { return (h, nil) }
        // "Before leaving, the commissioner laid flowers …" after a visit of one day: that day, there.
        if cues.spanEndOpeners.matches(s.t, at: 0), status == .done,
           let v = drafts.last(where: { [.visit, .monitoring].contains($0.kind) }), order - v.order <= 6,
           let d = v.date, d.precision == .day {
            return (d, v.location)
        }
        // "The tour continued in Agstafa on Thursday. Aliyeva met the head of the District Executive Power …".
        // (Not a statement: "June 26 is the Day in Support of Victims of Torture. The Ombudsman issued a
        // statement in connection with the day" may have come out before it.)
        if let sc = sceneDay, sc.order == order - 1, status == .done, kind != .statement, let d = dayChoice(sc.day) { return (d, sc.place) }
        if kind == nil, lastDayOrder == order - 1, !drafts.contains(where: { $0.order == order - 1 }),
           let day = lastDay, let p = article.published, day <= p, day.ordinal >= p.ordinal - 31, let d = dayChoice(day) {
            return (d, nil)
        }
        if let n = (i..<min(end + 3, s.count)).first(where: { k in k > 0 && s.t[k - 1].norm == "the" && kinds.nouns.matches(s.t, at: k) }),
           let f = latestFrame(head: s.t[n].norm), frames[f].draft == nil, let fd = frames[f].date, [.day, .range].contains(fd.precision),
           order - frames[f].order <= 4 {
            return (fd, frames[f].location)
        }
        if (i..<end).contains(where: { cues.referBack.contains(s.t[$0]) }), let day = lastDay,
           state.lastSubjectSentence >= order - 1, let d = dayChoice(day) {
            return (d, nil)
        }
        if let f = frames.last, f.draft == nil, f.order == order - 1, let fd = f.date,
           [.day, .range].contains(fd.precision), !fd.isFuture, status == .done,
           drafts.last.map({ $0.order < f.order }) ?? true {
            return (fd, f.location)
        }
        // "An international conference … was held in Samarkand on 18-19 September. … [others'
        // speeches] … Sabina Aliyeva made a presentation on …": her part in the gathering the
        // article is about, told a few sentences on with no other day named since.
        // (Her address at "a meeting of the heads of ombudsman institutions" too. Of the events of the last
        // weeks, the one named last: "… made presentations during the seminar". A day months back told
        // since — "the lessons of the earthquakes of 6 February 2023" — is background, not another day.)
        if let f = frames.filter({ f in article.published.map { p in f.date.map { $0.end.ordinal >= p.ordinal - 45 } ?? false } ?? true })
            .reversed().max(by: { $0.named < $1.named }),
           f.draft == nil, order - f.named <= 8, recentDayOrder <= f.named,
           let fd = f.date, [.day, .range].contains(fd.precision), !fd.isFuture, status == .done,
           let k = kind, f.kind == .conference ? [.speech, .meeting, .other].contains(k) : [.meeting, .training, .other].contains(f.kind) && k == .speech,
           drafts.last.map({ $0.order < f.order }) ?? true {
            return (fd, f.location)
        }
        return nil
    }
}
