import Dispatch
import NewsArticles
import TimelineModel

/// Joins the mentions of one event told by several outlets (or on several days) into one activity
/// with several sources.
///
/// Two activities are the same event when they come from different articles and have the same
/// kind, the same place (or one names none and the exact dates are equal), compatible dates and
/// similar titles or shared counterparts:
/// - dated spans overlap;
/// - exact dates (day, day range) overlap, or vague ones (week, month, year) are the same period;
/// - an "on or before" date is compatible with a dated one ending on or before it, within
///   ``recentDays`` (an undated news item reports a recent event), and two undated ones published
///   within ``recentDays`` of each other;
/// - counterparts, when both name some, must share one: two meetings on one day with different
///   people stay apart.
///
/// The merged activity keeps the most precise date (for two undated ones, the earlier bound), the
/// id and title of its earliest source, every source, and the union of counterparts.
///
/// ```swift
/// let (merged, folded) = ActivityMerger().merge(activities)
/// // folded == activities.count - merged.count
/// ```
public struct ActivityMerger: Sendable {
    /// How far back an undated report may refer to a dated one.
    public var recentDays: Int
    /// Minimum share of title words in common (when counterparts do not decide).
    public var titleSimilarity: Double

    public init(recentDays: Int = 3, titleSimilarity: Double = 0.34) {
        self.recentDays = recentDays
        self.titleSimilarity = titleSimilarity
    }

    /// The merged activities and how many mentions were folded into others.
    ///
    /// Candidates are looked up by kind, place and the week of their end, so merging stays close
    /// to linear in the number of activities.
    public func merge(_ activities: [Activity]) -> (activities: [Activity], mergedCount: Int) {
        merge(activities, byWindow: false)
    }

    /// ``merge(_:)``, or with `byWindow` the reference way of comparing every group nearby (tests).
    func merge(_ activities: [Activity], byWindow: Bool) -> (activities: [Activity], mergedCount: Int) {
        let ordered = Self.ordered(activities)
        // Only activities of one kind can be the same event: each kind is merged on its own (on
        // every core), and the groups are put back in the order of their first mention, which is
        // the order one pass over all activities gives.
        var byKind: [ActivityKind: [Int]] = [:]
        for (i, a) in ordered.enumerated() { byKind[a.kind, default: []].append(i) }
        let lists = byKind.values.sorted { $0.count > $1.count }  // the longest start first
        if lists.count < 2 {
            let one = byWindow ? mergeKindByWindow(ordered, lists.first ?? []) : mergeKind(ordered, lists.first ?? [])
            return (one.groups, one.folded)
        }
        let slots = UnsafeMutableBufferPointer<KindResult?>.allocate(capacity: lists.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let box = ResultSlots(slots)
        DispatchQueue.concurrentPerform(iterations: lists.count) { k in
            box.slots[k] = byWindow ? mergeKindByWindow(ordered, lists[k]) : mergeKind(ordered, lists[k])
        }
        // Put back in the order of first mentions, sorting positions (each activity is copied once).
        var all: [(first: Int, kind: Int, group: Int)] = []
        all.reserveCapacity(slots.reduce(0) { $0 + $1!.groups.count })
        var folded = 0
        for (k, result) in slots.enumerated() {
            for (g, first) in result!.firsts.enumerated() { all.append((first, k, g)) }
            folded += result!.folded
        }
        all.sort { $0.first < $1.first }
        return (all.map { slots[$0.kind]!.groups[$0.group] }, folded)
    }

    /// `activities` sorted by ``precedes(_:_:)`` (the same stable sort, done on indices with the
    /// keys read once, so the activities themselves are moved once).
    static func ordered(_ activities: [Activity]) -> [Activity] {
        let keys = activities.map { a in
            (published: a.sources.first?.published?.ordinal ?? Int.min, file: a.sources.first?.file ?? "",
             offset: a.sources.first?.offset ?? 0)
        }
        let order = activities.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.published != b.published { return a.published < b.published }
            if a.file != b.file { return a.file < b.file }
            if a.offset != b.offset { return a.offset < b.offset }
            return activities[i].id < activities[j].id
        }
        return order.map { activities[$0] }
    }

    /// The groups of one kind, the index of each group's first mention, and how many were folded.
    typealias KindResult = (groups: [Activity], firsts: [Int], folded: Int)

    /// Lets the per-kind merges write their own slot of one buffer.
    struct ResultSlots: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<KindResult?>
        init(_ slots: UnsafeMutableBufferPointer<KindResult?>) { self.slots = slots }
    }

    /// Merges the activities `ordered[indices]` (one kind, in merge order); each group comes with
    /// the index of its first mention.
    ///
    /// A mention joins the first group (in order of creation) that tells the same event among those
    /// whose end lies in the weeks around its own (``slot(_:)`` windows). Instead of comparing every
    /// group of those weeks, only the groups whose dates and place can be compatible are looked up
    /// (``CandidateIndex``), in creation order, and the first that tells the same event wins: the
    /// same result as comparing them all (``mergeKindByWindow(_:_:)``), in time linear in the
    /// number of mentions for a corpus of any size.
    func mergeKind(_ ordered: [Activity], _ indices: [Int]) -> KindResult {
        var firsts: [Int] = []
        var groups: [Activity] = []
        var briefs: [Brief] = []
        // Words, people and files of a group are worked out only when a mention is compared with
        // it (most never are); until then the group keeps the titles it has absorbed.
        var facts: [Facts?] = []
        var titles: [[String]] = []
        var sourcesSorted: [Bool] = []
        var index = CandidateIndex()
        var locations = Locations()
        var texts = TextCache()
        var candidates: [Int] = []
        var folded = 0
        let reach = max(recentDays, 40)
        for i in indices {
            let a = ordered[i]
            let aBrief = Brief(a, location: locations.id(a.location))
            var aFacts: Facts?
            // The ends a group may have to be compared: the slots around the mention's end.
            let window = (Self.slot(a.end.ordinal - reach) * 16)...(Self.slot(a.end.ordinal + reach) * 16 + 15)
            candidates.removeAll(keepingCapacity: true)
            index.candidates(for: aBrief, within: window, recentDays: recentDays, into: &candidates)
            candidates.sort()
            var found: Int?
            var previous = -1
            for g in candidates where g != previous {
                previous = g
                guard window.contains(briefs[g].end.ordinal), mayMatch(briefs[g], aBrief) else { continue }
                if facts[g] == nil { facts[g] = Facts(groups[g], titles: titles[g], texts: &texts) }
                if aFacts == nil { aFacts = Facts(a, titles: [a.title], texts: &texts) }
                if sameEvent(briefs[g], aBrief, facts[g]!, aFacts!) { found = g; break }
            }
            if let g = found {
                let before = groups[g].counterparts.count
                index.remove(g, briefs[g])
                groups[g] = combine(groups[g], a, sourcesSorted: sourcesSorted[g])
                sourcesSorted[g] = true
                facts[g]!.absorb(words: aFacts!.words, merged: groups[g], counterpartsBefore: before, sources: a.sources, texts: &texts)
                briefs[g] = Brief(groups[g], location: locations.id(groups[g].location))
                index.add(g, briefs[g])
                folded += 1
            } else {
                groups.append(a)
                firsts.append(i)
                briefs.append(aBrief)
                facts.append(aFacts)
                titles.append(aFacts == nil ? [a.title] : [])
                sourcesSorted.append(a.sources.count <= 1)
                index.add(groups.count - 1, aBrief)
            }
        }
        return (groups, firsts, folded)
    }

    /// The first way of merging, kept as the reference the indexed ``mergeKind(_:_:)`` must agree
    /// with (tests): every group whose end lies in the weeks around the new mention is compared.
    func mergeKindByWindow(_ ordered: [Activity], _ indices: [Int]) -> KindResult {
        var firsts: [Int] = []
        var groups: [Activity] = []
        var infos: [Facts] = []
        var briefs: [Brief] = []
        var sourcesSorted: [Bool] = []
        // Groups by kind and week of their end (a place is compared in `sameEvent`).
        var buckets: [BucketKey: [Int]] = [:]
        var locations = Locations()
        var folded = 0
        let reach = max(recentDays, 40)
        for index in indices {
            let a = ordered[index]
            let aInfo = Facts(a)
            let aBrief = Brief(a, location: locations.id(a.location))
            var found: Int?
            for slot in Self.slot(a.end.ordinal - reach)...Self.slot(a.end.ordinal + reach) {
                guard let candidates = buckets[BucketKey(kind: a.kind, slot: slot)] else { continue }
                for g in candidates where found.map({ g < $0 }) ?? true {
                    if mayMatch(briefs[g], aBrief), sameEvent(briefs[g], aBrief, infos[g], aInfo) { found = g }
                }
            }
            if let g = found {
                let oldSlot = Self.slot(groups[g].end.ordinal)
                let before = groups[g].counterparts.count
                groups[g] = combine(groups[g], a, sourcesSorted: sourcesSorted[g])
                sourcesSorted[g] = true
                infos[g].absorb(aInfo.words, merged: groups[g], counterpartsBefore: before, sources: a.sources)
                briefs[g] = Brief(groups[g], location: locations.id(groups[g].location))
                let newSlot = Self.slot(groups[g].end.ordinal)
                if newSlot != oldSlot {
                    buckets[BucketKey(kind: a.kind, slot: oldSlot)]?.removeAll { $0 == g }
                    buckets[BucketKey(kind: a.kind, slot: newSlot), default: []].append(g)
                }
                folded += 1
            } else {
                groups.append(a)
                firsts.append(index)
                infos.append(aInfo)
                briefs.append(aBrief)
                sourcesSorted.append(a.sources.count <= 1)
                buckets[BucketKey(kind: a.kind, slot: Self.slot(a.end.ordinal)), default: []].append(groups.count - 1)
            }
        }
        return (groups, firsts, folded)
    }

    /// What `sameEvent` compares beyond the plain values: title words, people, source files.
    struct Facts {
        var words: Set<Substring>
        var keys: Set<String>
        var files: Set<String>

        /// The facts of `a`, a group whose members had `titles` (words and keys of texts seen
        /// before taken from `texts`).
        init(_ a: Activity, titles: [String], texts: inout TextCache) {
            words = titles.count == 1 ? texts.words(titles[0]) : []
            if titles.count > 1 { for t in titles { words.formUnion(texts.words(t)) } }
            keys = []
            for c in a.counterparts { keys.insert(texts.key(c)) }
            files = a.sources.count == 1 ? [a.sources[0].file] : Set(a.sources.map(\.file))
        }

        init(_ a: Activity) {
            words = ActivityMerger.words(a.title)
            keys = Set(a.counterparts.map(ActivityMerger.key))
            files = Set(a.sources.map(\.file))
        }

        /// ``absorb(words:merged:counterpartsBefore:sources:texts:)`` working every key out afresh (the reference).
        mutating func absorb(_ more: Set<Substring>, merged: Activity, counterpartsBefore: Int, sources: [Source]) {
            words.formUnion(more)
            for c in merged.counterparts[counterpartsBefore...] { keys.insert(ActivityMerger.key(c)) }
            for source in sources { files.insert(source.file) }
        }

        /// The facts of `merged`, the group after a mention with title `words` and `sources` was
        /// combined into it.
        mutating func absorb(words more: Set<Substring>, merged: Activity, counterpartsBefore: Int, sources: [Source],
                             texts: inout TextCache) {
            words.formUnion(more)
            for c in merged.counterparts[counterpartsBefore...] { keys.insert(texts.key(c)) }
            for source in sources { files.insert(source.file) }
        }
    }

    /// Title words and counterpart keys by text, for texts that come again (most do).
    struct TextCache {
        private var wordSets: [String: Set<Substring>] = [:]
        private var keys: [String: String] = [:]

        mutating func words(_ title: String) -> Set<Substring> {
            if let known = wordSets[title] { return known }
            let words = ActivityMerger.words(title)
            wordSets[title] = words
            return words
        }

        mutating func key(_ text: String) -> String {
            if let known = keys[text] { return known }
            let key = ActivityMerger.key(text)
            keys[text] = key
            return key
        }
    }

    /// The plain-value parts of an activity that `sameEvent` compares (no reference counting).
    struct Brief {
        var kind: ActivityKind
        var status: ActivityStatus
        var start: CalendarDay?
        var end: CalendarDay
        var precision: DatePrecision
        var hasLocation: Bool
        /// The place's number (``Locations``), or -1.
        var location: Int32

        init(_ a: Activity, location: Int32 = -1) {
            kind = a.kind; status = a.status; start = a.start; end = a.end; precision = a.precision
            hasLocation = a.location != nil
            self.location = location
        }

        var isExact: Bool { precision == .day || precision == .range }
    }

    /// The first tests of `sameEvent`: kind, status, dates, and exact dates when only one names a place.
    func mayMatch(_ a: Brief, _ b: Brief) -> Bool {
        guard a.kind == b.kind, a.status == b.status, datesCompatible(a, b) else { return false }
        if a.hasLocation != b.hasLocation {
            return a.isExact && b.isExact && a.start == b.start && a.end == b.end
        }
        return true
    }

    /// ``sameEvent(_:_:)`` with the facts of both sides worked out beforehand.
    func sameEvent(_ a: Brief, _ b: Brief, _ fa: Facts, _ fb: Facts) -> Bool {
        guard mayMatch(a, b) else { return false }
        let placeKnownOnOneSide = a.hasLocation != b.hasLocation
        if !placeKnownOnOneSide && a.location != b.location { return false }
        guard fa.files.isDisjoint(with: fb.files) else { return false }
        let ca = fa.keys, cb = fb.keys
        if !ca.isEmpty && !cb.isEmpty {
            return !ca.isDisjoint(with: cb) || Self.overlapping(ca, cb)
        }
        if Self.sameBareMeeting(kind: a.kind, bothUnnamed: ca.isEmpty && cb.isEmpty, placed: a.hasLocation && b.hasLocation,
                                a.precision, a.start, a.end, b.precision, b.start, b.end) { return true }
        // Jaccard of the title words, counted without building the union and intersection sets.
        let (small, large) = fa.words.count <= fb.words.count ? (fa.words, fb.words) : (fb.words, fa.words)
        var common = 0
        for w in small where large.contains(w) { common += 1 }
        let union = small.count + large.count - common
        let similarity = union == 0 ? 1 : Double(common) / Double(union)
        if (a.kind == .meeting && (ca.isEmpty != cb.isEmpty)) || placeKnownOnOneSide { return similarity >= 0.5 }
        return similarity >= titleSimilarity
    }

    struct BucketKey: Hashable {
        var kind: ActivityKind
        var slot: Int
    }

    static func slot(_ ordinal: Int) -> Int { ordinal >= 0 ? ordinal / 16 : (ordinal - 15) / 16 }

    /// Content words of a title, lower-cased (ASCII letters folded; other letters kept as written).
    static func words(_ title: String) -> Set<Substring> {
        var result = Set<Substring>()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        func flush() {
            if !bytes.isEmpty {
                let word = String(decoding: bytes, as: UTF8.self)
                if !stopWords.contains(word) { result.insert(Substring(word)) }
                bytes.removeAll(keepingCapacity: true)
            }
        }
        for b in title.utf8 {
            switch b {
            case 0x41...0x5A: bytes.append(b + 32)
            case 0x61...0x7A, 0x30...0x39, 0x80...: bytes.append(b)
            default: flush()
            }
        }
        flush()
        return result
    }

    func sameEvent(_ a: Activity, _ b: Activity, _ wa: Set<Substring>, _ wb: Set<Substring>) -> Bool {
        guard a.kind == b.kind, a.status == b.status, datesCompatible(a, b) else { return false }
        // The same place; an outlet that names no place may tell the same event only with the
        // very same exact dates ("met the UNICEF Representative on 20 November" in Baku).
        let placeKnownOnOneSide = (a.location == nil) != (b.location == nil)
        if placeKnownOnOneSide {
            guard Self.isExact(a), Self.isExact(b), a.start == b.start, a.end == b.end else { return false }
        } else if (a.location ?? "").lowercased() != (b.location ?? "").lowercased() {
            return false
        }
        guard !a.sources.contains(where: { sa in b.sources.contains { $0.file == sa.file } }) else { return false }
        let ca = Set(a.counterparts.map(Self.key)), cb = Set(b.counterparts.map(Self.key))
        if !ca.isEmpty && !cb.isEmpty {
            return !ca.isDisjoint(with: cb) || Self.overlapping(ca, cb)
        }
        if Self.sameBareMeeting(kind: a.kind, bothUnnamed: ca.isEmpty && cb.isEmpty, placed: a.location != nil && b.location != nil,
                                a.precision, a.start, a.end, b.precision, b.start, b.end) { return true }
        let union = wa.union(wb).count
        let similarity = union == 0 ? 1 : Double(wa.intersection(wb).count) / Double(union)
        if (a.kind == .meeting && (ca.isEmpty != cb.isEmpty)) || placeKnownOnOneSide { return similarity >= 0.5 }
        return similarity >= titleSimilarity
    }

    /// Whether two activities tell the same event.
    public func sameEvent(_ a: Activity, _ b: Activity) -> Bool {
        sameEvent(a, b, Self.words(a.title), Self.words(b.title))
    }

    func datesCompatible(_ a: Activity, _ b: Activity) -> Bool { datesCompatible(Brief(a), Brief(b)) }

    func datesCompatible(_ a: Brief, _ b: Brief) -> Bool {
        switch (a.start, b.start) {
        case let (sa?, sb?):
            // Exact dates (days, day ranges) must overlap; a vague period (week, month, year) only
            // identifies an event together with the same period.
            if a.isExact && b.isExact { return sa <= b.end && sb <= a.end }
            return a.precision == b.precision && sa == sb && a.end == b.end
        case (nil, _?):
            return b.end <= a.end && b.end.ordinal >= a.end.ordinal - recentDays
        case (_?, nil):
            return a.end <= b.end && a.end.ordinal >= b.end.ordinal - recentDays
        case (nil, nil):
            return abs(a.end.ordinal - b.end.ordinal) <= recentDays
        }
    }

    static func isExact(_ a: Activity) -> Bool { a.precision == .day || a.precision == .range }

    /// Meetings of hers on the very same day at the same place, neither side naming whom she met:
    /// one meeting told by two outlets in their own words ("held a meeting at the Ombudsman's
    /// Office", "held talks in Baku"), whatever their titles.
    static func sameBareMeeting(kind: ActivityKind, bothUnnamed: Bool, placed: Bool, _ pa: DatePrecision, _ sa: CalendarDay?,
                                _ ea: CalendarDay, _ pb: DatePrecision, _ sb: CalendarDay?, _ eb: CalendarDay) -> Bool {
        kind == .meeting && bothUnnamed && placed && pa == .day && pb == .day && sa == sb && ea == eb
    }

    func combine(_ a: Activity, _ b: Activity, sourcesSorted: Bool = false) -> Activity {
        var merged = a
        if merged.location == nil { merged.location = b.location }
        let better = Self.precisionRank(b) < Self.precisionRank(a) ? b : a
        merged.start = better.start
        merged.end = better.end
        merged.precision = better.precision
        if a.start == nil && b.start == nil { merged.end = min(a.end, b.end) }
        if sourcesSorted && b.sources.count == 1 {
            // The stable sort below, done as one insertion after the last source not after it.
            let s = b.sources[0]
            var low = 0, high = a.sources.count
            while low < high {
                let mid = (low + high) / 2
                if Self.sourceOrder(s, a.sources[mid]) { high = mid } else { low = mid + 1 }
            }
            merged.sources.insert(s, at: low)
        } else {
            merged.sources = (a.sources + b.sources).sorted(by: Self.sourceOrder)
        }
        // Counterparts told in other words ("Dunja Mijatović" in "the Commissioner … Dunja Mijatović") once.
        var seen = a.counterparts.map(Self.key)
        for c in b.counterparts {
            let k = Self.key(c)
            if seen.contains(where: { $0.contains(k) || k.contains($0) }) { continue }
            seen.append(k)
            merged.counterparts.append(c)
        }
        return merged
    }

    static func sourceOrder(_ x: Source, _ y: Source) -> Bool {
        (x.published?.ordinal ?? Int.min, x.file, x.offset ?? 0) < (y.published?.ordinal ?? Int.min, y.file, y.offset ?? 0)
    }

    static func precisionRank(_ a: Activity) -> Int {
        switch a.precision {
        case .day: return 0
        case .range: return 1
        case .week: return 2
        case .month: return 3
        case .year: return 4
        case .onOrBefore: return 5
        }
    }

    static func precedes(_ a: Activity, _ b: Activity) -> Bool {
        let pa = a.sources.first?.published?.ordinal ?? Int.min, pb = b.sources.first?.published?.ordinal ?? Int.min
        if pa != pb { return pa < pb }
        let fa = a.sources.first?.file ?? "", fb = b.sources.first?.file ?? ""
        if fa != fb { return fa < fb }
        let oa = a.sources.first?.offset ?? 0, ob = b.sources.first?.offset ?? 0
        if oa != ob { return oa < ob }
        return a.id < b.id
    }

    static func key(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " }.map(Character.init))
            .split(separator: " ").filter { !stopWords.contains(String($0)) }.joined(separator: " ")
    }

    static func overlapping(_ a: Set<String>, _ b: Set<String>) -> Bool {
        for x in a { for y in b where !x.isEmpty && !y.isEmpty && (x.contains(y) || y.contains(x)) { return true } }
        return false
    }

    static let stopWords: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "with", "by", "from", "her"]

    /// Share of content words in common (Jaccard).
    static func similarity(_ a: String, _ b: String) -> Double {
        let wa = Set(key(a).split(separator: " ")), wb = Set(key(b).split(separator: " "))
        let union = wa.union(wb).count
        return union == 0 ? 1 : Double(wa.intersection(wb).count) / Double(union)
    }
}
