import NewsArticles
import TimelineLayout
import TimelineModel

/// A measurer with fixed advances: every character is 0.55 em wide, lines 1.2 em tall; wrapping
/// breaks at spaces like Pango does.
struct FixedMeasurer: TextMeasuring {
    func measure(_ text: String, style: TextStyle, wrapWidth: Double?) -> TextSize {
        let advance = style.size * 0.55, lineH = style.size * 1.2
        guard let wrapWidth else { return TextSize(width: Double(text.count) * advance, height: lineH, baseline: style.size) }
        var lines = 1, current = 0.0, widest = 0.0
        for word in text.split(separator: " ") {
            let w = Double(word.count) * advance
            if current > 0 && current + advance + w > wrapWidth { lines += 1; widest = max(widest, current); current = w } else {
                current += (current > 0 ? advance : 0) + w
            }
        }
        widest = max(widest, current)
        return TextSize(width: min(widest, wrapWidth), height: Double(lines) * lineH, baseline: style.size)
    }
}

/// SplitMix64: small, seeded, the same on every machine.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Fixtures {
    static let titles = ["Met the ambassador of France", "Visited the penitentiary in Ganja", "Took part in a conference on children’s rights",
                         "Received citizens in Şəki", "Встреча с делегацией Совета Европы", "ترأس اجتماعاً مع وفد من قطر",
                         "Presented the annual report to the Milli Məclis", "Opened a two-day training for police officers"]
    static let places: [String?] = ["Baku", "Vienna", "Geneva", "Ganja", nil, "Strasbourg"]

    /// `count` hand-made activities spread over `days` days from 2023-01-01, all precisions.
    static func timeline(count: Int, days: Int, seed: UInt64) -> Timeline {
        var rng = SeededRandom(seed: seed)
        let base = CalendarDay(iso: "2023-01-01")!
        var list: [Activity] = []
        for i in 0..<count {
            let d = base.adding(days: Int.random(in: 0..<max(1, days), using: &rng))
            let roll = Int.random(in: 0..<100, using: &rng)
            var start: CalendarDay? = d, end = d
            let precision: DatePrecision
            switch roll {
            case 0..<55: precision = .day
            case 55..<72: precision = .range; end = d.adding(days: Int.random(in: 1...6, using: &rng))
            case 72..<78: precision = .month; start = CalendarDay.firstOf(month: d.month, year: d.year); end = CalendarDay.lastOf(month: d.month, year: d.year)!
            case 78..<82: precision = .week; start = d.adding(days: -(d.weekday - 1)); end = start!.adding(days: 6)
            case 82..<84: precision = .year; start = CalendarDay(year: d.year, month: 1, day: 1); end = CalendarDay(year: d.year, month: 12, day: 31)!
            default: precision = .onOrBefore; start = nil
            }
            let kind = ActivityKind.allCases.randomElement(using: &rng)!
            let title = titles.randomElement(using: &rng)!
            list.append(Activity(id: "a\(i)", start: start, end: end, precision: precision, kind: kind, title: title,
                                 location: places.randomElement(using: &rng)!, counterparts: i % 3 == 0 ? ["UNICEF"] : [],
                                 sources: [Source(file: "\(i % 97).txt", published: end, outlet: "Azertac", sentence: "The Ombudsman said: \(title).")]))
        }
        return Timeline(subject: "Sabina Aliyeva", activities: list)
    }

    static func sameDay(count: Int) -> Timeline {
        let d = CalendarDay(iso: "2023-10-10")!
        return Timeline(subject: "Sabina Aliyeva", activities: (0..<count).map { i in
            Activity(id: "s\(i)", start: d, end: d, precision: .day, kind: i % 2 == 0 ? .meeting : .visit, title: "Meeting number \(i)")
        })
    }

    static let info = ReportInfo(title: "Activities of the Commissioner", subject: "Sabina Aliyeva", generated: CalendarDay(iso: "2024-01-05")!)
}

/// Checks of the layout invariants on one page; returns the problems found.
enum Invariants {
    static func labels(_ page: LaidOutPage) -> [Rect] {
        page.items.compactMap { if case .text(let t) = $0, t.role == .label { return t.frame }; return nil }
    }

    static func marks(_ page: LaidOutPage) -> [Rect] {
        page.items.compactMap { item -> Rect? in
            switch item {
            case .circle(let c) where c.role == .mark: return c.bounds
            case .rect(let r) where r.role == .mark: return r.frame
            case .path(let p) where p.role == .mark: return p.bounds
            case .line(let l) where l.role == .mark: return item.bounds
            default: return nil
            }
        }
    }

    /// Pairs of intersecting rectangles between `a` and `b` (or within `a` when `b` is nil), by a sweep over x.
    static func overlaps(_ a: [Rect], _ b: [Rect]? = nil) -> [(Rect, Rect)] {
        var events = a.map { ($0, 0) } + (b ?? []).map { ($0, 1) }
        events.sort { $0.0.x < $1.0.x }
        var active: [(Rect, Int)] = []
        var found: [(Rect, Rect)] = []
        for (r, side) in events {
            active.removeAll { $0.0.maxX <= r.x }
            for (o, oside) in active where o.intersects(r) && (b == nil || oside != side) {
                found.append((o, r))
                if found.count > 5 { return found }
            }
            active.append((r, side))
        }
        return found
    }

    static func problems(_ page: LaidOutPage) -> [String] {
        var out: [String] = []
        let bounds = Rect(x: 0, y: 0, width: page.width, height: page.height)
        let labels = labels(page)
        for l in labels where !bounds.contains(l) { out.append("label outside page: \(l)") }
        for item in page.items {
            if case .text(let t) = item, !bounds.contains(t.frame) { out.append("text outside page: \(t.text) \(t.frame)") }
        }
        for (a, b) in overlaps(labels) { out.append("labels intersect: \(a) \(b)") }
        for (a, b) in overlaps(labels, marks(page)) { out.append("label covers a mark: \(a) \(b)") }
        return out
    }
}
