import NewsArticles

/// One synthetic article: where it goes and what it says.
public struct GeneratedArticle: Sendable, Hashable {
    /// Path relative to the corpus folder, e.g. `012/article-012345.txt`.
    public var relativePath: String
    /// The whole file: ` date YYYY-MM-DD (OUTLET)`, blank lines, paragraphs.
    public var text: String
    public var published: CalendarDay
    /// Index of the article whose main event this one retells (another outlet), if any.
    public var duplicateOf: Int?
}

/// Writes a deterministic synthetic news corpus about the subject, for benchmarks and tests:
/// varied dates (absolute, ranges, relative, none), kinds, places, distractor sentences about
/// other people, and the same event told again by other outlets.
///
/// Article `i` depends only on the seed and `i`, so any slice can be generated on any thread.
///
/// ```swift
/// let generator = try CorpusGenerator(seed: 7)
/// let first = generator.article(0)
/// print(first.relativePath)   // 000/article-000000.txt
/// print(first.text)           // " date 2019-03-14 (MENAFN- Kura Press)\n\n\n\nOn March 2, …"
/// ```
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    public var templates: CorpusTemplates
    /// Publication years.
    public var years: ClosedRange<Int>
    /// Percentage of articles that retell an earlier article's main event for another outlet.
    public var duplicatePercent: Int
    /// Articles per sub-folder.
    public var shardSize: Int

    public init(seed: UInt64, templates: CorpusTemplates? = nil, years: ClosedRange<Int> = 2015...2025,
                duplicatePercent: Int = 25, shardSize: Int = 1000) throws {
        self.seed = seed
        self.templates = try templates ?? CorpusTemplates.bundled()
        self.years = years
        self.duplicatePercent = duplicatePercent
        self.shardSize = max(1, shardSize)
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// An event of the subject: kind, place, dates and how the text words its date.
    struct Event {
        var kind: String
        var sentence: String
        var place: String
        var topic: String
        var counterpart: String
        var length: String
        var rule: String
        var whenTemplate: String
        var first: CalendarDay
        var last: CalendarDay
        var published: CalendarDay
        var outlet: Int
    }

    public func article(_ index: Int) -> GeneratedArticle {
        var rng = SplitMix64(seed: seed, stream: UInt64(index), salt: 0)
        var duplicateOf: Int?
        var main: Event
        var outlet: Int
        let outlets = templates.entries("outlets")
        if isRetelling(index), let source = (max(0, index - 8)..<index).reversed().first(where: { !isRetelling($0) }) {
            duplicateOf = source
            main = event(source)
            main.published = main.published.adding(days: rng.below(2))
            outlet = (main.outlet + 1 + rng.below(outlets.count - 1)) % outlets.count
            main.sentence = rng.pick(templates.sentences(kind: main.kind))
            retellAbsolute(&main, rng: &rng)
        } else {
            main = event(index)
            outlet = main.outlet
        }
        let published = main.published
        var paragraphs: [[String]] = []
        var first = [render(main, rng: &rng)]
        for _ in 0..<rng.inRange(1...2) { first.append(fill(rng.pick(templates.entries("follow-ups")), main, rng: &rng)) }
        if rng.chance(50) { first.append(distractor(published, rng: &rng)) }
        paragraphs.append(first)
        for _ in 0..<rng.inRange(2...5) {
            var paragraph: [String] = []
            if rng.chance(45) {
                var secondary = Self.makeEvent(templates, published: published, rng: &rng)
                secondary.outlet = outlet
                paragraph.append(render(secondary, rng: &rng))
                paragraph.append(fill(rng.pick(templates.entries("follow-ups")), secondary, rng: &rng))
            }
            for _ in 0..<rng.inRange(2...3) { paragraph.append(distractor(published, rng: &rng)) }
            if rng.chance(30) { paragraph.shuffle(using: &rng) }
            paragraphs.append(paragraph)
        }
        let header = " date \(published.iso) (\(outlets[outlet]))"
        let body = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        let shard = String(index / shardSize)
        let name = String(index)
        let path = String(repeating: "0", count: max(0, 3 - shard.count)) + shard + "/article-"
            + String(repeating: "0", count: max(0, 6 - name.count)) + name + ".txt"
        return GeneratedArticle(relativePath: path, text: header + "\n\n\n\n" + body + "\n", published: published,
                                duplicateOf: duplicateOf)
    }

    /// Whether article `index` retells an earlier article's main event (for another outlet).
    func isRetelling(_ index: Int) -> Bool {
        var rng = SplitMix64(seed: seed, stream: UInt64(index), salt: 2)
        return index > 0 && rng.chance(duplicatePercent)
    }

    /// The main event of article `index` as its first teller wrote it.
    func event(_ index: Int) -> Event {
        var rng = SplitMix64(seed: seed, stream: UInt64(index), salt: 1)
        let firstDay = CalendarDay(year: years.lowerBound, month: 1, day: 1)!
        let lastDay = CalendarDay(year: years.upperBound, month: 12, day: 31)!
        let published = firstDay.adding(days: rng.below(lastDay.ordinal - firstDay.ordinal + 1))
        var event = Self.makeEvent(templates, published: published, rng: &rng)
        event.outlet = rng.below(templates.entries("outlets").count)
        return event
    }

    static func makeEvent(_ templates: CorpusTemplates, published: CalendarDay, rng: inout SplitMix64) -> Event {
        let kind = rng.pick(templates.kinds)
        let (rule, whenTemplate) = rng.pick(templates.whenRules)
        var first = published, last = published
        switch rule {
        case "day", "dayyear":
            first = published.adding(days: -rng.inRange(1...40)); last = first
        case "range":
            let length = rng.inRange(2...3)
            last = published.adding(days: -rng.inRange(1...40))
            first = last.adding(days: 1 - length)
            if first.month != last.month { first = CalendarDay.firstOf(month: last.month, year: last.year)!; last = first.adding(days: length - 1) }
        case "yesterday": first = published.adding(days: -1); last = first
        case "week":
            first = published.adding(days: -(published.weekday - 1) - 7 + rng.below(5)); last = first
        case "none": first = published.adding(days: -rng.inRange(0...10)); last = first
        default: break
        }
        return Event(kind: kind, sentence: rng.pick(templates.sentences(kind: kind)),
                     place: rng.pick(templates.entries("places")), topic: rng.pick(templates.entries("topics")),
                     counterpart: rng.pick(templates.entries("counterparts")), length: rng.pick(templates.entries("lengths")),
                     rule: rule, whenTemplate: whenTemplate, first: first, last: last, published: published, outlet: 0)
    }

    /// Another outlet, another day: relative phrases ("yesterday") no longer hold, so the retelling
    /// names the date, or leaves it out when the first teller did.
    private func retellAbsolute(_ event: inout Event, rng: inout SplitMix64) {
        guard event.rule != "none" else { return }
        let wanted = event.first == event.last ? ["day", "dayyear"] : ["range"]
        let choices = templates.whenRules.filter { wanted.contains($0.rule) }
        guard !choices.isEmpty else { return }
        let choice = rng.pick(choices)
        event.rule = choice.rule
        event.whenTemplate = choice.template
    }

    private func render(_ event: Event, rng: inout SplitMix64) -> String {
        fill(event.sentence, event, rng: &rng)
    }

    private func distractor(_ published: CalendarDay, rng: inout SplitMix64) -> String {
        let event = Self.makeEvent(templates, published: published, rng: &rng)
        return fill(rng.pick(templates.entries("distractors")), event, rng: &rng)
    }

    /// The date phrase of `event`, e.g. `on October 10-11`; empty for rule `none`.
    static func datePhrase(_ event: Event) -> String {
        guard !event.whenTemplate.isEmpty else { return "" }
        return substitute(event.whenTemplate) { name in
            switch name {
            case "month": return months[event.first.month - 1]
            case "day": return String(event.first.day)
            case "day2": return String(event.last.day)
            case "year": return String(event.first.year)
            default: return "{\(name)}"
            }
        }
    }

    private func fill(_ template: String, _ event: Event, rng: inout SplitMix64) -> String {
        let phrase = Self.datePhrase(event)
        var values: [String: String] = [:]
        let sentence = Self.substitute(template) { name in
            if let known = values[name] { return known }
            let value: String
            switch name.lowercased() {
            case "subject": value = rng.pick(templates.entries("subjects"))
            case "short": value = rng.pick(templates.entries("shorts"))
            case "place": value = event.place
            case "topic": value = event.topic
            case "counterpart": value = event.counterpart
            case "days": value = event.length
            case "other": value = rng.pick(templates.entries("others"))
            case "when": value = phrase.isEmpty ? "" : (name == "When" ? phrase + ", " : " " + phrase)
            default: value = "{\(name)}"
            }
            let result = name.first!.isUppercase ? Self.capitalized(value) : value
            values[name] = result
            return result
        }
        return Self.capitalized(sentence)
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Replaces each `{name}` in `template` by `value(name)`.
    static func substitute(_ template: String, _ value: (String) -> String) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += value(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
