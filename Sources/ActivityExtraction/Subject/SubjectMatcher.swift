/// Who a stretch of tokens names: the subject, her office, someone else, or a pronoun.
public struct Mention: Sendable, Hashable {
    public enum Who: Sendable, Hashable { case subject, office, other, pronoun }
    /// WordToken indices, end exclusive.
    public var range: Range<Int>
    public var who: Who
}

/// What the matcher remembers across the sentences of one article: who last held each role word,
/// and who was last acting (for "she").
public struct CoreferenceState: Sendable {
    /// Role head word ("ombudsman", "commissioner") → whether its last holder was the subject.
    var roleHolder: [String: Bool] = [:]
    /// Whether the last full name with her surname was hers ("Mehriban Aliyeva" resets it).
    var surnameIsHers = true
    /// Whether the last sentence agent was the subject.
    public var lastAgentIsSubject = false
    /// Sentence number of her last mention (as agent or not), and of the last woman named who is
    /// not her ("Ms. Gaviria"): "she" after her mention in the previous sentence is hers unless
    /// another woman came in between.
    public var lastSubjectSentence = -10
    public var lastOtherWomanSentence = -10
    /// Sentence number of the last act of someone else who could be "she" (a person named or titled,
    /// not "the delegation" or "the participants"): "she" a few sentences after her mention, with
    /// only groups acting between, is still hers.
    public var lastOtherPersonSentence = -10
    /// Whether "a delegation led by" her was told: "the delegation", "the Azerbaijani delegation",
    /// "the guests" are her party from then on.
    var ledDelegation = false
    public init() {}
}

/// Finds mentions of the subject in tokens: her name (tolerating one-letter slips and Cyrillic
/// look-alikes), her roles unless qualified as someone else's, her office, and pronouns.
///
/// ```swift
/// let matcher = SubjectMatcher(profile: .bundledDefault(), cues: cues, places: places)
/// var state = CoreferenceState()
/// matcher.mentions(in: WordTokenizer.tokens(of: Array("The UN High Commissioner for Refugees met Ombudsman Sabina Aliyeva".unicodeScalars)), state: &state)
/// // [other 3..<4 ("Commissioner", someone else), subject 7..<10 ("Ombudsman Sabina Aliyeva")]
/// ```
public struct SubjectMatcher: Sendable {
    let profile: SubjectProfile
    let cues: LanguageCues
    let places: Gazetteer
    let fullNames: [[String]]
    let surnames: Set<String>
    let givenNames: Set<String>
    let loneSurnames: Set<String>
    let roles: PhraseSet<Set<String>>
    /// Heads of roles that are hers only with a qualifier of her country: "the Azerbaijani guest",
    /// "the guest from Azerbaijan" (a bare "the guest" is as often her host's visitor).
    let qualifiedOnly: Set<String>
    let roleHeads: Set<String>
    let home: PhraseSet<Bool>
    let homeWords: WordSet
    let officeWords: WordSet
    let pronouns: WordSet
    /// Her one-word roles in the plural ("ombudsmen", "commissioners"): a group she may belong to.
    let pluralRoles: WordSet
    /// First bytes of her names' words, and of her surnames alone: a word starting otherwise can be
    /// none of them, slips included (`similar` keeps the first letter), so most words skip the name
    /// checks.
    let nameStarts: [Bool]
    let surnameStarts: [Bool]

    public init(profile: SubjectProfile, cues: LanguageCues, places: Gazetteer) {
        self.profile = profile
        self.cues = cues
        self.places = places
        var full: [[String]] = []
        var lone: Set<String> = []
        for n in [profile.name] + profile.aliases {
            let w = PhraseSet<Bool>.words(of: n).filter { $0 != "." }
            if w.count >= 2 { full.append(w) } else if let one = w.first { lone.insert(one) }
        }
        fullNames = full
        surnames = Set(full.compactMap(\.last))
        givenNames = Set(full.compactMap(\.first))
        loneSurnames = lone
        func starts<S: Sequence<String>>(_ words: S) -> [Bool] {
            var table = [Bool](repeating: false, count: 256)
            for w in words { if let b = w.utf8.first { table[Int(b)] = true } }
            return table
        }
        surnameStarts = starts(surnames.union(lone))
        nameStarts = starts(full.flatMap { $0 } + Array(lone))
        var roleSet = PhraseSet<Set<String>>()
        var heads: Set<String> = []
        let singleRoles = profile.roles.map { PhraseSet<Bool>.words(of: $0) }.filter { $0.count == 1 }.map { $0[0] }
        heads.formUnion(singleRoles)
        for r in profile.roles {
            var words = PhraseSet<Bool>.words(of: r)
            if words.first == "the" { words.removeFirst() }
            let h = Set(words).intersection(heads.isEmpty ? Set(words) : heads)
            roleSet.insert(words.joined(separator: " "), value: h.isEmpty ? Set([words.last ?? ""]) : h)
        }
        roles = roleSet
        roleHeads = heads
        // A role written in lower case in the profile ("guest") is hers only when qualified as hers.
        qualifiedOnly = Set(profile.roles.filter { $0.first?.isLowercase ?? false }.flatMap { PhraseSet<Bool>.words(of: $0) })
        var homeSet = PhraseSet<Bool>()
        var homeW: Set<String> = []
        for h in profile.home {
            homeSet.insert(h, value: true)
            homeSet.insert("the " + h, value: true)
            homeW.formUnion(PhraseSet<Bool>.words(of: h))
        }
        home = homeSet
        homeWords = WordSet(homeW)
        officeWords = WordSet(profile.officeWords.flatMap { PhraseSet<Bool>.words(of: $0) })
        pronouns = WordSet(profile.pronouns.map { $0.lowercased() })
        pluralRoles = WordSet(heads.flatMap { h in h.hasSuffix("man") ? [String(h.dropLast(3)) + "men", h + "s"] : [h + "s"] })
    }

    /// Mentions in one sentence's tokens, in order; updates the role holders in `state`.
    public func mentions(in t: [WordToken], state: inout CoreferenceState) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < t.count {
            if let m = mention(at: i, t, &state) {
                // "a delegation led by the Commissioner … Sabina Aliyeva".
                let by = i >= 1 && t[i - 1].norm == "the" ? i - 2 : i - 1
                if m.who == .subject, by >= 2, t[by].norm == "by", t[by - 1].norm.isOne(of: "led", "headed"),
                   t[by - 2].norm.isOne(of: "delegation", "delegations") {
                    state.ledDelegation = true
                }
                result.append(m)
                i = max(m.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    private func mention(at i: Int, _ t: [WordToken], _ state: inout CoreferenceState) -> Mention? {
        let tok = t[i]
        guard tok.isWord else { return nil }
        if pronouns.contains(tok) { return Mention(range: i..<i + 1, who: .pronoun) }
        // "Office of the Ombudsman"
        if tok.isCapitalized, officeWords.contains(tok), i + 2 < t.count, t[i + 1].norm == "of" {
            var j = i + 2
            if j < t.count, t[j].norm == "the" { j += 1 }
            if let role = roleMention(at: j, t, &state, allowName: false) {
                return Mention(range: i..<role.range.upperBound, who: role.who == .subject ? .office : .other)
            }
        }
        if let name = nameMention(at: i, t, &state) {
            // Named again, she is whom a bare "the Ombudsman" means from here on.
            if name.who == .subject { for h in roleHeads { state.roleHolder[h] = true } }
            return name
        }
        if let group = pluralRoleMention(at: i, t) { return group }
        // "the guests", "the Azerbaijani delegation" after "a delegation led by" her: her party.
        if state.ledDelegation, tok.norm == "the" {
            var k = i + 1
            if k < t.count, homeWords.contains(t[k]) { k += 1 }
            if k < t.count, t[k].norm.isOne(of: "delegation", "guests") { return Mention(range: i..<k + 1, who: .subject) }
        }
        // "hosted his Azerbaijani counterpart": the host's opposite number from her country is she.
        // ("held bilateral meetings with his Azerbaijani and Kyrgyz counterparts": she is among them.)
        if homeWords.contains(tok), i >= 1, t[i - 1].norm.isOne(of: "his", "her", "their", "the", "'s", "’s") {
            var k = i + 1
            while k < min(t.count, i + 6), !cues.counterparts.contains(t[k]),
                  t[k].norm == "and" || t[k].norm == "," || (t[k].isCapitalized && t[k].isWord) { k += 1 }
            if k < t.count, cues.counterparts.contains(t[k]) {
                return Mention(range: i - (t[i - 1].norm == "the" ? 1 : 0)..<k + 1, who: .subject)
            }
        }
        if let role = roleMention(at: i, t, &state, allowName: true) { return role }
        // Someone else named with an honorific: "Ms. Paula Gaviria", "Mr Horlemann".
        if tok.isCapitalized, cues.honorifics.contains(tok) {
            var n = i + 1
            if n < t.count, t[n].norm == "." { n += 1 }
            if n < t.count, t[n].isCapitalized, t[n].isWord {
                var probe = CoreferenceState()
                if nameMention(at: n, t, &probe)?.who == .subject { return nil }
                var end = n
                while end < t.count, t[end].isCapitalized, t[end].isWord, !cues.functionWords.contains(t[end].norm) { end += 1 }
                if end > n { return Mention(range: i..<end, who: .other) }
            }
        }
        return nil
    }

    /// "The Ombudsmen of Azerbaijan, Georgia and Türkiye held a meeting": her role in the plural,
    /// with her country among those listed, is a group she belongs to; so are "the two ombudsmen".
    private func pluralRoleMention(at i: Int, _ t: [WordToken]) -> Mention? {
        // "the heads of ombudsman institutions of Azerbaijan, Kazakhstan and Türkiye": the holders of
        // her role, named by their offices.
        // ("heads and representatives of the ombudsman institutions of …" too.)
        if t[i].norm == "heads", case let of = i + 3 < t.count && t[i + 1].norm == "and"
            && t[i + 2].norm.isOne(of: "representatives", "members", "deputies") ? i + 3 : i + 1,
           of + 3 < t.count, t[of].norm == "of" {
            var k = of + 1
            if t[k].norm == "the" { k += 1 }
            if k + 2 < t.count, roleHeads.contains(t[k].norm), t[k + 1].norm.isOne(of: "institutions", "offices"),
               let group = listIncludingHome(from: k + 2, t), group > k + 3 {
                return Mention(range: i..<group, who: .subject)
            }
            return nil
        }
        guard pluralRoles.contains(t[i]) else { return nil }
        // "the two ombudsmen", "both commissioners": she and the one named with her.
        if i >= 1, t[i - 1].norm.isOne(of: "two", "both") {
            let start = i >= 2 && t[i - 2].norm == "the" ? i - 2 : i - 1
            return Mention(range: start..<i + 1, who: .subject)
        }
        // "the Ombudsmen of the two countries", "the ombudspersons of both states".
        if i + 3 < t.count, t[i + 1].norm == "of", case let k = t[i + 2].norm == "the" ? i + 3 : i + 2, k + 1 < t.count,
           t[k].norm.isOne(of: "two", "both"), t[k + 1].norm.isOne(of: "countries", "states", "republics") {
            return Mention(range: i..<k + 2, who: .subject)
        }
        guard let j = listIncludingHome(from: i + 1, t), j > i + 3 else { return nil }
        return Mention(range: i..<j, who: .subject)
    }

    /// "of Azerbaijan, Georgia and Türkiye" from `k` ("of"): where a list of countries with hers
    /// among them ends, or nil.
    private func listIncludingHome(from k: Int, _ t: [WordToken]) -> Int? {
        guard k + 1 < t.count, t[k].norm == "of" else { return nil }
        var j = k + 1
        var hers = false
        while j < t.count, j - k < 13 {
            let q = t[j]
            if q.norm == "," || q.norm == "and" || q.norm == "the" { j += 1; continue }
            guard q.isWord, q.isCapitalized else { break }
            if home.matches(t, at: j) || homeWords.contains(q) { hers = true }
            j += 1
        }
        return hers ? j : nil
    }

    // MARK: names

    private func nameMention(at i: Int, _ t: [WordToken], _ state: inout CoreferenceState) -> Mention? {
        let tok = t[i]
        guard tok.isCapitalized else { return nil }
        let here = tok.norm.utf8.first.map { nameStarts[Int($0)] } ?? false
        let surnameNext = i + 1 < t.count && (t[i + 1].norm.utf8.first.map { surnameStarts[Int($0)] } ?? false)
        guard here || surnameNext else { return nil }
        // Full name, allowing one slip in either part ("Sabina Aliyev").
        for name in fullNames where i + name.count <= t.count {
            var ok = true
            for (k, w) in name.enumerated() where !similar(t[i + k].norm, w) { ok = false; break }
            if ok {
                // "Sabina Aliyeva-Hasanova, the head of an NGO": a double-barrelled surname is someone else's.
                if Self.hyphenatedOn(at: i + name.count, t) { return Mention(range: i..<i + name.count + 2, who: .other) }
                state.surnameIsHers = true
                return Mention(range: i..<i + name.count, who: .subject)
            }
        }
        // Initial + surname: "S. Aliyeva" (with a slip too: "S. Alieva").
        if i + 2 < t.count, t[i + 1].norm == ".", Self.isOneCharacter(tok.norm),
           surnames.contains(where: { similar(t[i + 2].norm, $0) }) || loneSurnames.contains(where: { similar(t[i + 2].norm, $0) }),
           givenNames.contains(where: { $0.hasPrefix(tok.norm) }) {
            return Mention(range: i..<i + 3, who: .subject)
        }
        // Someone else with her surname: "Mehriban Aliyeva", "Ilham Aliyev".
        if i + 1 < t.count, t[i + 1].isCapitalized,
           surnames.contains(where: { similar(t[i + 1].norm, $0) }) || loneSurnames.contains(where: { similar(t[i + 1].norm, $0) }),
           !cues.functionWords.contains(tok.norm), !cues.honorifics.contains(tok.norm),
           !roles.matches(t, at: i), places.match(in: t, at: i) == nil {
            if !givenNames.contains(where: { similar(tok.norm, $0) }) {
                // (Only her surname exactly, "Mehriban Aliyeva", makes a later bare "Aliyeva" doubtful;
                // a man's "Ziyaddin Aliyev" does not.)
                if loneSurnames.contains(t[i + 1].norm) { state.surnameIsHers = false }
                return Mention(range: i..<i + 2, who: .other)
            }
        }
        // Surname alone.
        if loneSurnames.contains(tok.norm) {
            if Self.hyphenatedOn(at: i + 1, t) { return Mention(range: i..<i + 3, who: .other) }
            return Mention(range: i..<i + 1, who: state.surnameIsHers ? .subject : .other)
        }
        return nil
    }

    /// A hyphen joined on both sides to a capitalised word at `j`: the name before it goes on ("Aliyeva-Hasanova").
    static func hyphenatedOn(at j: Int, _ t: [WordToken]) -> Bool {
        j + 1 < t.count && t[j].norm == "-" && t[j].start == t[j - 1].end && t[j + 1].start == t[j].end && t[j + 1].isCapitalized
    }

    /// `word.count == 1` without counting all of a long word's characters.
    static func isOneCharacter(_ word: String) -> Bool {
        !word.isEmpty && word.index(after: word.startIndex) == word.endIndex
    }

    /// Equal, or one edit apart for words of five letters or more.
    func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // Cheap filters first: lengths, and the first letter (slips there are rare).
        let la = a.utf8.count, lb = b.utf8.count
        guard min(la, lb) >= 5, abs(la - lb) <= 1, a.utf8.first == b.utf8.first else { return false }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count { return Array(x[(i + 1)...]) == Array(y[(i + 1)...]) }
        if x.count > y.count { return Array(x[(i + 1)...]) == Array(y[i...]) }
        return Array(x[i...]) == Array(y[(i + 1)...])
    }

    // MARK: roles

    private func roleMention(at i: Int, _ t: [WordToken], _ state: inout CoreferenceState, allowName: Bool) -> Mention? {
        guard let match = roles.longestMatch(in: t, at: i) else { return nil }
        var end = match.end
        let heads = match.value
        var qualifiedHome = false
        var foreign = false
        // "(Ombudsman)" after the role.
        if end + 2 < t.count, t[end].norm == "(", roles.matches(t, at: end + 1) {
            if let inner = roles.longestMatch(in: t, at: end + 1), inner.end < t.count, t[inner.end].norm == ")" { end = inner.end + 1 }
        }
        // "of (the) Republic of Azerbaijan" / "of Azerbaijan".
        if end < t.count, t[end].norm == "of", let h = home.longestMatch(in: t, at: end + 1) {
            end = h.end
            qualifiedHome = true
        }
        // Indefinite or plural use is generic: "a commissioner".
        if i > 0, t[i - 1].norm == "a" || t[i - 1].norm == "an" { return nil }
        // "(Ombudsman)" renaming a title before it that is not hers (hers takes it in: "Commissioner for
        // Human Rights (Ombudsman)"): "The Public Defender (Ombudsman) of Georgia Nino Lomjaria".
        if i >= 2, t[i - 1].norm == "(", t[i - 2].isCapitalized, t[i - 2].isWord, match.end < t.count, t[match.end].norm == ")" {
            // (Opening the sentence, as the one acting, the other holds the role for a later bare "the
            // Ombudsman"; not "at the invitation of the Authorized Person … (Ombudsman)".)
            var p = i - 2
            while p >= 0, t[p].norm.isOne(of: "the", "'s", "’s", "of", "for") || t[p].isCapitalized { p -= 1 }
            if p < 0 || t[p].norm == "," { mark(match.value, false, &state) }
            return Mention(range: i..<match.end, who: .other)
        }
        // What stands before the role: "Azerbaijan's Ombudsman" keeps it hers, "UN High Commissioner",
        // "Council of Europe Commissioner", "the former Ombudsman" make it someone else's.
        var j = i - 1
        if j >= 0, cues.foreignRoleModifiers.contains(t[j].norm) { foreign = true }
        while j >= 0 {
            let w = t[j]
            if w.norm == "'s" { j -= 1; continue }
            guard w.isWord, w.isCapitalized, !cues.functionWords.contains(w.norm) else { break }
            if homeWords.contains(w.norm) { qualifiedHome = true } else if !cues.roleWords.contains(w.norm) { foreign = true }
            j -= 1
        }
        if !qualifiedOnly.isEmpty, heads.isSubset(of: qualifiedOnly) {
            if !qualifiedHome, end + 1 < t.count, t[end].norm == "from", let h = home.longestMatch(in: t, at: end + 1) {
                end = h.end
                qualifiedHome = true
            }
            guard qualifiedHome, !foreign else { return nil }
        }
        // What follows: her office, her name, someone else's name, or "of Georgia" / "for Refugees".
        var k = end
        if k < t.count, t[k].norm == "'s" { k += 1 }
        if k < t.count, officeWords.contains(t[k].norm) {
            // "the Ombudsman Institution of Türkiye" is another country's office.
            var q = k + 1
            if q < t.count, t[q].norm == "of" {
                q += 1
                if q < t.count, t[q].norm == "the" { q += 1 }
                if q < t.count, t[q].isCapitalized, home.longestMatch(in: t, at: q) == nil { foreign = true }
            }
            let mine = !foreign
            if mine { mark(heads, true, &state) }
            var last = k + 1
            if last < t.count, t[last].norm == "of", let h = home.longestMatch(in: t, at: last + 1) { last = h.end }
            return Mention(range: i..<last, who: mine ? .office : .other)
        }
        if k < t.count, (t[k].norm == "of" || t[k].norm == "for" || t[k].norm == "to"), k + 1 < t.count {
            var q = k + 1
            if t[q].norm == "the" { q += 1 }
            if q < t.count, t[q].isCapitalized, home.longestMatch(in: t, at: q) == nil { foreign = true }
        }
        // "the Organisation of Islamic Cooperation Ombudsman Association": an organisation, nobody's role.
        // So are plural bodies, "regional ombudsman associations", "heads of ombudsman institutions".
        if end < t.count, isBodyHead(t[end].norm) { return nil }
        // A title of its own ("UN High Commissioner … Volker Türk" is "the High Commissioner" later):
        // a later bare "the Commissioner" is not its holder.
        let distinct = i >= 1 && cues.distinctTitles.contains(t[i - 1])
        var n = end
        while n < t.count, cues.honorifics.contains(t[n].norm) || t[n].norm == "." { n += 1 }
        if allowName, n < t.count, t[n].isCapitalized, t[n].isWord {
            var probe = CoreferenceState()
            if let name = nameMention(at: n, t, &probe), name.who == .subject {
                if !foreign {
                    mark(heads, true, &state)
                    state.surnameIsHers = true
                    return Mention(range: i..<name.range.upperBound, who: .subject)
                }
                return Mention(range: i..<end, who: .other)
            }
            // Another person's name after the role: "Public Defender Levan Ioseliani".
            if !cues.functionWords.contains(t[n].norm), places.match(in: t, at: n) == nil,
               n + 1 < t.count, t[n + 1].isCapitalized, t[n + 1].isWord, !cues.functionWords.contains(t[n + 1].norm) {
                // (Not someone else's title met as the object, like the role alone below: "held talks
                // with Council of Europe Commissioner Dunja Mijatović".)
                if !distinct, !(foreign && Self.isObject(at: i, t)) { mark(heads, false, &state) }
                return Mention(range: i..<n + 2, who: .other)
            }
            // An organisation named after the role: "International Ombudsman Institute".
            if !cues.functionWords.contains(t[n].norm), places.match(in: t, at: n) == nil, !foreign {
                return nil
            }
        }
        if foreign {
            // Someone else holding the role as the one she meets or writes to ("met with the Ombudsman
            // of Nakhchivan") does not make a later bare "the Ombudsman" his: only as the one acting.
            let p = Self.leaderBefore(i, t)
            // (Nor one named in an office's name: "the Representative of the Office of the UN High
            // Commissioner for Refugees".)
            let inOfficeName = p >= 1 && t[p].norm == "of" && officeWords.contains(t[p - 1].norm)
            // (Nor one further down a list of addressees — "sent to the UN …, the OSCE …, the Council of
            // Europe Commissioner for Human Rights": after "and", or after a comma with another item
            // before or after it, back to "to"/"with".)
            var r = p
            while r >= 0, t[r].norm.isOne(of: "the", "'s", "of", "for") || t[r].isCapitalized { r -= 1 }
            var q = r
            var commas = 0
            if q >= 0, t[q].norm.isOne(of: ",", "and") {
                q -= 1
                while q >= 0, !Self.objectLeaders.contains(t[q].norm), !cues.finiteVerbs.contains(t[q]), t[q].norm != "." {
                    if t[q].norm == "," { commas += 1 }
                    q -= 1
                }
            }
            let more = end + 1 < t.count && t[end].norm.isOne(of: ",", "and") && t[end + 1].norm == "the"
            let listed = q != r && q >= 0 && Self.objectLeaders.contains(t[q].norm) && (t[r].norm == "and" || commas > 0 || more)
            if p < 0 || !(Self.objectLeaders.contains(t[p].norm) || inOfficeName || distinct || listed) { mark(heads, false, &state) }
            return Mention(range: i..<end, who: .other)
        }
        if qualifiedHome || end - i > 1 {
            mark(heads, true, &state)
            return Mention(range: i..<end, who: .subject)
        }
        // A bare role is hers unless the last holder of that role in the article was someone else.
        let hers = heads.allSatisfy { state.roleHolder[$0] ?? true }
        return Mention(range: i..<end, who: hers ? .subject : .other)
    }

    /// "association", "associations", "institutions": a body named by the role, not a holder of it.
    private func isBodyHead(_ w: String) -> Bool {
        if cues.organisationHeads.contains(w) { return true }
        guard w.count > 3, w.hasSuffix("s") else { return false }
        let one = String(w.dropLast())
        return cues.organisationHeads.contains(one) || officeWords.contains(one)
    }

    /// Where the words before a title at `i` ("the", capitalised words, "'s"; with `bodyNames`, also
    /// "of"/"for" inside a body's name: "Council of Europe") end: the word that tells how it stands in
    /// the sentence (-1 at the start).
    static func leaderBefore(_ i: Int, _ t: [WordToken], bodyNames: Bool = false) -> Int {
        var p = i - 1
        while p >= 0, t[p].norm == "the" || t[p].isCapitalized || t[p].norm == "'s" || bodyNames && (t[p].norm == "of" || t[p].norm == "for") { p -= 1 }
        return p
    }

    /// Whether the title at `i` is an object ("met with the …", "held talks with Council of Europe …").
    static func isObject(at i: Int, _ t: [WordToken]) -> Bool {
        let p = leaderBefore(i, t, bodyNames: true)
        return p >= 0 && objectLeaders.contains(t[p].norm)
    }

    /// Words before a mention that make it an object, not the one acting.
    static let objectLeaders: Set<String> = ["with", "to", "by", "from", "between", "met", "received", "visited", "invited", "thanked"]

    private func mark(_ heads: Set<String>, _ hers: Bool, _ state: inout CoreferenceState) {
        for h in heads { state.roleHolder[h] = hers }
        if hers { for h in roleHeads { state.roleHolder[h] = true } }
    }
}
