import TimelineModel

/// Location, counterparts and title of an activity, read from the tokens of its clause.
/// A class: the readers' mutating methods copy what they use, and a copy of this is one retain
/// rather than one per rule table.
final class ClauseFields: Sendable {
    let rules: ExtractionRules
    /// Places that say nothing about where an activity was (the subject's own country).
    let ignoredPlaces: Set<String>

    init(rules: ExtractionRules, ignoredPlaces: Set<String>) {
        self.rules = rules
        self.ignoredPlaces = ignoredPlaces
    }

    // MARK: location

    /// The place the clause says the activity happened in: "in Vienna", "visited Ganja", "to Geneva";
    /// places inside names ("the OSCE Office in Baku", "the Ombudsman of Georgia", "the 8th Vienna
    /// Migration Conference") do not count; cities outrank countries.
    func location(in s: SentenceScan, tokens: [Int], near: Int? = nil) -> String? { place(in: s, tokens: tokens, near: near)?.name }

    /// The place with whether a preposition or a visit verb introduced it ("in Vienna") rather than
    /// a bare mention ("the Istanbul principles").
    func place(in s: SentenceScan, tokens: [Int], near: Int? = nil) -> (name: String, strong: Bool)? {
        var best: (score: Int, distance: Int, name: String)?
        let set = TokenMask(tokens, count: s.count)
        for q in tokens where s.mentionOf[q] < 0 && s.timeOf[q] < 0 {
            guard let m = rules.places.match(in: s.t, at: q), (q..<m.end).allSatisfy({ set.contains($0) }),
                  !ignoredPlaces.contains(m.place.name.lowercased()) else { continue }
            let prev = q > 0 ? s.t[q - 1].norm : ""
            var score = 1
            // "residents of Aghjabadi and Beylagan districts": a later place of a list after "of" is
            // whose, like the first.
            // ("citizens of Mingachevir and the neighbouring Yevlakh and Samukh districts" too.)
            var lead = q - 1
            while lead > 0, Self.listQualifiers.contains(s.t[lead].norm) { lead -= 1 }
            if lead >= 0, s.t[lead].norm.isOne(of: "and", ","), listFollowsOf(s, before: lead) { continue }
            // "the landmines planted by Armenia", "the aggression against Azerbaijan": who, not where.
            if prev == "by" || prev == "against" { continue }
            // "the anniversary of the Khojaly genocide": an event's name.
            if m.end < s.count, rules.cues.placeEvents.contains(s.t[m.end]) { continue }
            // "the detention facility of the Khankendi City Police Department": a local body's venue.
            let localBody = m.end + 1 < s.count && !m.place.isCountry && rules.cues.localUnits.contains(s.t[m.end])
                && s.t[m.end + 1].isCapitalized && s.t[m.end + 1].isWord
            if localBody && (prev == "of" || (prev == "the" && q >= 2 && s.t[q - 2].norm == "of")) {
                score = 1
            } else if prev == "of" {
                let cityOf = q >= 2 && s.t[q - 2].norm.isOne(of: "city", "town", "region", "district", "village", "capital", "settlement", "outskirts", "suburbs")
                // "a working visit to the Republic of Uzbekistan", "in the State of Qatar" (not "the
                // Ombudsman of the Republic of Kazakhstan": whose).
                let stateOf = q >= 4 && m.place.isCountry && s.t[q - 2].norm.isOne(of: "republic", "state", "kingdom", "emirate", "sultanate")
                    && s.t[q - 3].norm == "the" && rules.cues.placeCues.contains(s.t[q - 4])
                if !cityOf && !stateOf { continue }
                score = 2
            } else if rules.cues.placeCues.contains(prev) {
                if q >= 2, s.t[q - 2].isCapitalized, rules.cues.nameHeads.contains(s.t[q - 2]), s.mentionOf[q - 2] < 0,
                   !isVenue(s, nameEnd: q - 2) { continue }
                // ("the Ambassador to Azerbaijan": where accredited; not "the visit of … Aliyeva to Geneva",
                // "her trip on Wednesday to Aghdam district".)
                if q >= 2, prev == "to", s.t[q - 2].isCapitalized, rules.places.match(in: s.t, at: q - 2) == nil,
                   !s.t[q - 2].norm.hasSuffix("ed"), s.timeOf[q - 2] < 0, s.mention(at: q - 2)?.who != .subject { continue }
                score = prev == "from" ? 1 : 2
            } else if q >= 1, s.t[q - 1].isCapitalized, s.t[q - 1].isWord, !rules.cues.functionWords.contains(prev) {
                continue
            }
            // "met Kazakhstan's Human Rights Commissioner": the country whose official she met, not where.
            if m.end + 1 < s.count, s.t[m.end].norm.isOne(of: "'s", "’s"),
               (m.end + 1..<min(s.count, m.end + 5)).contains(where: { rules.cues.personTitles.contains(s.t[$0]) }) { continue }
            if m.end < s.count, s.t[m.end].isCapitalized, s.t[m.end].isWord, !rules.cues.functionWords.contains(s.t[m.end]) {
                // A venue named after its city ("at Baku State University") is in that city; other
                // names ("the Baku Declaration", "the Vienna Migration Conference") say nothing.
                // ("at the Aghjabadi District Olympic Sports Complex" too.)
                // ("inspected the Lankaran Pre-trial Detention Facility": the institution the act is at.)
                // ("made a visit to the Baku Pre-Trial Detention Facility" too.)
                let atVenue = localBody || ["at", "in", "to"].contains(prev)
                    || (prev == "the" && q >= 2 && (s.t[q - 2].norm.isOne(of: "at", "in", "to") || q - 2 == near))
                guard atVenue, !m.place.isCountry, localBody || venueName(s, from: m.end) else { continue }
                score = 1
            }
            let total = score * 2 + (m.place.isCountry ? 0 : 1)
            // Among equals, the place nearest after the trigger ("visited Ganja and … received
            // citizens in Shaki": the reception was in Shaki).
            let distance = near.map { q >= $0 ? q - $0 : 1000 + $0 - q } ?? q
            if total > (best?.score ?? 0) || (total == best?.score && distance < best!.distance) { best = (total, distance, m.place.name) }
        }
        return best.map { ($0.name, $0.score >= 4) }
    }

    /// Whether the name ending at `nameEnd` ("Office" in "at the Public Defender's Office in
    /// Tbilisi") is where something happened, after "at": then the place after it counts, unlike
    /// in a title ("the head of the OSCE Office in Baku").
    func isVenue(_ s: SentenceScan, nameEnd: Int) -> Bool {
        var j = nameEnd
        // (Or "at her Office in Baku".)
        while j > 0, nameEnd - j < 6, s.t[j].isCapitalized || s.t[j].norm.isOne(of: "'s", "’s", "the", "her", "his", "its", "their") {
            if s.t[j].norm.isOne(of: "the", "her", "his", "its", "their") { return s.t[j - 1].norm == "at" }
            j -= 1
        }
        return false
    }

    /// Whether the list of places that `k` ("and" or ",") continues started right after "of".
    /// Words that may stand before a place in a list ("of Mingachevir and the neighbouring Yevlakh").
    static let listQualifiers: Set<String> = ["the", "neighbouring", "neighboring", "nearby", "adjacent"]

    func listFollowsOf(_ s: SentenceScan, before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j < 12 {
            let w = s.t[j].norm
            if w == "of" { return true }
            guard s.t[j].isCapitalized || w == "," || w == "and" || Self.listQualifiers.contains(w) else { return false }
            j -= 1
        }
        return false
    }

    /// Whether the capitalised words from `k` end in a venue word ("State University", "Congress Center").
    func venueName(_ s: SentenceScan, from k: Int) -> Bool {
        var j = k
        while j < s.count, j - k < 5, s.t[j].isWord, s.t[j].isCapitalized {
            if rules.cues.venueWords.contains(s.t[j]) { return true }
            j += 1
        }
        return false
    }

    // MARK: counterparts

    /// People and organisations met or co-organising: the phrases after "met with", "together with",
    /// "at the invitation of" …, split into list items, without the subject herself.
    func counterparts(in s: SentenceScan, tokens: [Int], from start: Int) -> [String] {
        let set = TokenMask(tokens, count: s.count)
        var result: [String] = []
        var i = start
        while i < s.count {
            guard set.contains(i), let cue = rules.cues.counterpartCues.longestMatch(in: s.t, at: i) else { i += 1; continue }
            var j = cue.end
            var phrase: [Int] = []
            while j < s.count, set.contains(j) {
                if s.timeOf[j] >= 0 { break }
                let w = s.t[j].norm
                if w == "." || w == ";" || w == ":" { break }
                let namePart = (w == "of" || w == "for") && j + 1 < s.count
                    && (s.t[j + 1].isCapitalized || (s.t[j + 1].norm == "the" && j + 2 < s.count && s.t[j + 2].isCapitalized))
                // "Ambassador of France to Azerbaijan": the post's country is part of the name.
                let post = w == "to" && j + 1 < s.count && s.t[j + 1].isCapitalized && rules.places.match(in: s.t, at: j + 1) != nil
                    && phrase.contains { s.t[$0].norm.isOne(of: "ambassador", "envoy", "representative", "coordinator", "consul", "mission", "embassy") }
                if post { phrase.append(j); j += 1; continue }
                if !phrase.isEmpty, rules.cues.counterpartStops.matches(s.t, at: j), !namePart {
                    if w == "in" || w == "at" {
                        if rules.places.match(in: s.t, at: j + 1) != nil || (j + 1 < s.count && !s.t[j + 1].isCapitalized) { break }
                        if j + 2 < s.count, rules.places.match(in: s.t, at: j + 2) != nil { break }
                    } else { break }
                }
                if w == "to" || w == "and" && j + 1 < s.count && !s.t[j + 1].isCapitalized && s.t[j + 1].norm != "the" { break }
                // The verb of the clause ends the phrase: "the meeting with X took place".
                if !phrase.isEmpty, !s.t[j].isCapitalized, rules.cues.finiteVerbs.contains(w) || w == "took" { break }
                phrase.append(j)
                j += 1
            }
            // "received in her office the Ambassador": the place phrase is not a counterpart.
            if let first = phrase.first, s.t[first].norm.isOne(of: "in", "at"),
               let k = phrase.firstIndex(where: { $0 != first && (s.t[$0].norm == "the" || s.t[$0].isCapitalized) }) {
                phrase.removeFirst(k)
            }
            result.append(contentsOf: split(s, phrase))
            i = max(j, i + 1)
        }
        // A place alone is where, not whom ("met in Istanbul").
        var seen = Set<String>()
        return result.filter { name in
            let words = WordTokenizer.tokens(of: Array(name.unicodeScalars))
            let from = words.first?.norm == "the" ? 1 : 0
            if from < words.count, let place = rules.places.match(in: words, at: from), place.end == words.count { return false }
            return seen.insert(name.lowercased()).inserted
        }
    }

    private func split(_ s: SentenceScan, _ phrase: [Int]) -> [String] {
        var items: [[Int]] = [[]]
        for i in phrase {
            if s.t[i].norm == "," { items.append([]); continue }
            items[items.count - 1].append(i)
        }
        items = items.filter { !$0.isEmpty }
        // Appositions stay with the name before them: "Michael Spindelegger, Director General of ICMPD".
        var merged: [[Int]] = []
        for item in items {
            let head = item.first { s.t[$0].norm != "the" }
            let titled = { (x: [Int]) in x.contains { self.rules.cues.personTitles.contains(s.t[$0]) } }
            // "Anne Boillon" after "the Ambassador of France to Azerbaijan": the name of the post holder.
            let name = item.count <= 4 && item.allSatisfy { s.t[$0].isCapitalized && s.t[$0].isWord && rules.places.match(in: s.t, at: $0) == nil }
                && !item.contains { rules.cues.personTitles.contains(s.t[$0]) || rules.cues.nameHeads.contains(s.t[$0]) }
            if let first = head, !merged.isEmpty,
               (rules.cues.personTitles.contains(s.t[first]) && s.t[first].isCapitalized) || (name && titled(merged[merged.count - 1])) {
                // Keep the comma of the apposition: "Michael Spindelegger, Director General of ICMPD".
                if let c = merged[merged.count - 1].last.map({ $0 + 1 }), c < s.count, s.t[c].norm == "," { merged[merged.count - 1].append(c) }
                merged[merged.count - 1].append(contentsOf: item)
            } else { merged.append(item) }
        }
        if merged.count > 1, var last = merged.popLast() {
            if last.first.map({ s.t[$0].norm == "and" }) == true { last.removeFirst() }
            if let k = last.firstIndex(where: { s.t[$0].norm == "and" }), k > 0, k + 1 < last.count {
                merged.append(Array(last[..<k]))
                merged.append(Array(last[(k + 1)...]))
            } else { merged.append(last) }
        }
        // "the State Migration Service and the UN Children's Fund": two organisations.
        merged = merged.flatMap { item -> [[Int]] in
            var parts: [[Int]] = [[]]
            for (n, i) in item.enumerated() {
                if s.t[i].norm == "and", n + 1 < item.count, s.t[item[n + 1]].norm == "the", !parts[parts.count - 1].isEmpty {
                    parts.append([])
                    continue
                }
                parts[parts.count - 1].append(i)
            }
            return parts.filter { !$0.isEmpty }
        }
        return merged.compactMap { item in
            var item = item
            if item.contains(where: { s.mentionOf[$0] >= 0 && [.subject, .office].contains(s.mentions[s.mentionOf[$0]].who) }) { return nil }
            while let f = item.first, s.t[f].norm.isOne(of: "the", "a", "an", "and", "with", "by") { item.removeFirst() }
            // "the support of the IOM" → "IOM".
            if item.count > 2, s.t[item[0]].norm.isOne(of: "support", "organization", "organisation", "participation", "assistance", "initiative",
                                "invitation", "auspices", "partnership"), s.t[item[1]].norm == "of" {
                item.removeFirst(2)
                while let f = item.first, s.t[f].norm.isOne(of: "the", "a", "an") { item.removeFirst() }
            }
            while let l = item.last, !s.t[l].isWord && s.t[l].norm != ")" { item.removeLast() }
            guard let last = item.last, item.count <= 24, s.t[last].isCapitalized || s.t[last].norm == ")"
                    || rules.cues.personTitles.contains(s.t[last]) || Int(s.t[last].norm) != nil else { return nil }
            return s.text(tokens: item)
        }
    }

    // MARK: title

    /// A short title from the words of the clause, starting at the trigger: dates dropped, cut at
    /// the first comma or at a framing phrase, at most `maxWords` words.
    func title(in s: SentenceScan, from start: Int, tokens: [Int], maxWords: Int = 14, prefix: String? = nil, capitalize: Bool = true) -> String {
        let set = TokenMask(tokens, count: s.count)
        var picked: [Int] = []
        var i = start
        var words = 0
        var quoted = false
        while i < s.count, set.contains(i) {
            let w = s.t[i].norm
            // A length told as an adjective stays: "for a three-day official visit".
            if s.timeOf[i] >= 0, s.times[s.timeOf[i]].expr.type == .duration, s.t[i].norm.hasSuffix("-day") || s.t[i].norm.hasSuffix("-week"),
               let last = picked.last, s.t[last].norm.isOne(of: "a", "an", "the", "her", "his", "its") {
                if s.t[i].isWord { words += 1 }
                picked.append(i)
                i += 1
                continue
            }
            if s.timeOf[i] >= 0 {
                // "at Tuesday's plenary session": the possessive goes with the date; the preposition stays.
                if i + 1 < s.count, s.timeOf[i + 1] < 0, s.t[i + 1].norm.isOne(of: "'s", "’s") {
                    i += 2
                    continue
                }
                if let last = picked.last, s.t[last].norm.isOne(of: "on", "in", "from", "at", "during", "between", "until", "till") { picked.removeLast() }
                i += 1
                continue
            }
            if w == "\"" { quoted.toggle() }
            if !quoted, w == "," || w == ";" || w == ":" { break }
            if w == ".", i + 1 < s.count, s.t[i + 1].isWord, s.t[i + 1].isCapitalized { break }
            if !picked.isEmpty, rules.cues.framing.matches(s.t, at: i), w != "at" && w != "during" { break }
            if !picked.isEmpty, ["within", "which", "who", "where"].contains(w) { break }
            // "the conference "…" held in Tashkent": the participle tells when and where, not what.
            if !quoted, picked.count > 1, ["held", "hosted", "convened"].contains(w), !s.t[i - 1].norm.isOne(of: "was", "were", "be", "been", "being") { break }
            // ("… on migrant workers, being held in Doha": the participle ends the name too.)
            if !quoted, picked.count > 1, w == "being", i + 1 < s.count, s.t[i + 1].norm.isOne(of: "held", "hosted", "convened", "organized", "organised") { break }
            if !picked.isEmpty, w == "and", i + 1 < s.count,
               (!s.t[i + 1].isCapitalized && s.t[i + 1].norm.hasSuffix("ed")) || s.mentionOf[i + 1] >= 0 || s.timeOf[i + 1] >= 0
                || (i + 2 < s.count && s.timeOf[i + 2] >= 0) { break }
            if s.t[i].isWord { words += 1 }
            if words > maxWords { break }
            picked.append(i)
            i += 1
        }
        // Brackets left empty by a date taken out ("in Kars on Monday (March 3)").
        for (k, q) in picked.enumerated().reversed() where s.t[q].norm == "(" && k + 1 < picked.count && s.t[picked[k + 1]].norm == ")" {
            picked.remove(at: k + 1)
            picked.remove(at: k)
        }
        while let l = picked.last, ["on", "in", "at", "to", "of", "the", "a", "an", "and", "with", "for", "by", "from", "(", ".", "\"",
                                    "-", "–", "—", "dedicated", "devoted"].contains(s.t[l].norm) {
            // A closing quote stays when it closes a name.
            if s.t[l].norm == "\"", picked.filter({ s.t[$0].norm == "\"" }).count % 2 == 0 { break }
            picked.removeLast()
        }
        if picked.filter({ s.t[$0].norm == "\"" }).count % 2 == 1, let q = picked.lastIndex(where: { s.t[$0].norm == "\"" }) {
            // A name cut short: leave the quote out rather than open.
            if q == picked.count - 1 { picked.removeLast() } else if let next = picked.last.map({ $0 + 1 }), next < s.count, s.t[next].norm == "\"" { picked.append(next) }
        }
        var text = s.text(tokens: picked)
        if let prefix { text = prefix + " " + text }
        // A title opening with a participle reads in the past ("Speaking at …" → "Addressed …"); a name
        // (capitalize: false, inside another title) keeps its words ("the opening ceremony").
        if capitalize, let f = picked.first, rules.cues.titleVerbFirsts.contains(s.t[f]) { text = Self.pastOpening(text, rules.cues.titleVerbs) }
        return capitalize ? Self.capitalized(text) : text
    }

    /// "Speaking at the forum on …" → "Addressed the forum on …".
    static func pastOpening(_ text: String, _ verbs: [(from: String, to: String)]) -> String {
        let lower = text.lowercased()
        for v in verbs where lower.hasPrefix(v.from) {
            let rest = text.unicodeScalars.dropFirst(v.from.unicodeScalars.count)
            guard rest.isEmpty || rest.first == " " else { continue }
            return v.to + String(String.UnicodeScalarView(rest))
        }
        return text
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }
}
