/// The TempEval-3 Task A measures for TIMEX3: strict and relaxed span precision, recall and F1,
/// and value and type accuracy over the relaxed matches.
///
/// Relaxed matches pair gold and predicted expressions whose spans overlap, one to one, largest
/// overlap first (ties: earlier gold, then earlier prediction). A strict match is a relaxed match
/// with identical spans. Value F1 = value accuracy × relaxed F1, type F1 likewise.
///
/// ```swift
/// var scorer = TempEvalScorer()
/// scorer.add(gold: doc.timexes.map(TempEvalScorer.Item.init), predicted: found.map(TempEvalScorer.Item.init))
/// scorer.strictF1; scorer.relaxedF1; scorer.valueF1
/// ```
public struct TempEvalScorer: Sendable {
    public struct Item: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String

        public init(start: Int, end: Int, type: String, value: String) {
            self.start = start; self.end = end; self.type = type; self.value = value
        }
        public init(_ t: TimeMLDocument.Timex) { self.init(start: t.start, end: t.end, type: t.type, value: t.value) }
        public init(_ e: TimeExpression) { self.init(start: e.start, end: e.end, type: e.type.rawValue, value: e.value) }
    }

    public private(set) var gold = 0
    public private(set) var predicted = 0
    public private(set) var relaxed = 0
    public private(set) var strict = 0
    public private(set) var values = 0
    public private(set) var types = 0
    public private(set) var documents = 0

    public init() {}

    /// The one-to-one relaxed matching of one document: pairs of (gold index, predicted index).
    public static func match(gold: [Item], predicted: [Item]) -> [(Int, Int)] {
        var pairs: [(overlap: Int, g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() {
                let overlap = min(g.end, p.end) - max(g.start, p.start)
                if overlap > 0 { pairs.append((overlap, gi, pi)) }
            }
        }
        pairs.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.g != b.g { return a.g < b.g }
            return a.p < b.p
        }
        var usedG = Set<Int>(), usedP = Set<Int>()
        var out: [(Int, Int)] = []
        for pair in pairs where !usedG.contains(pair.g) && !usedP.contains(pair.p) {
            usedG.insert(pair.g); usedP.insert(pair.p)
            out.append((pair.g, pair.p))
        }
        return out
    }

    /// Adds one document's gold and predicted expressions; returns its matching.
    @discardableResult
    public mutating func add(gold g: [Item], predicted p: [Item]) -> [(Int, Int)] {
        let m = Self.match(gold: g, predicted: p)
        documents += 1
        gold += g.count
        predicted += p.count
        relaxed += m.count
        for (gi, pi) in m {
            if g[gi].start == p[pi].start && g[gi].end == p[pi].end { strict += 1 }
            if g[gi].value == p[pi].value { values += 1 }
            if g[gi].type == p[pi].type { types += 1 }
        }
        return m
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

    public var strictPrecision: Double { ratio(strict, predicted) }
    public var strictRecall: Double { ratio(strict, gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { ratio(relaxed, predicted) }
    public var relaxedRecall: Double { ratio(relaxed, gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    public var valueAccuracy: Double { ratio(values, relaxed) }
    public var typeAccuracy: Double { ratio(types, relaxed) }
    public var valueF1: Double { valueAccuracy * relaxedF1 }
    public var typeF1: Double { typeAccuracy * relaxedF1 }

    /// A measure with three decimals, as the reference scorer prints it.
    public static func format(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded())
        let frac = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// The summary lines, in the reference scorer's layout.
    public var report: String {
        let f = Self.format
        return """
        docs \(documents), gold \(gold), predicted \(predicted), relaxed matches \(relaxed), strict matches \(strict)
        strict P \(f(strictPrecision)) R \(f(strictRecall)) F1 \(f(strictF1)); relaxed P \(f(relaxedPrecision)) R \(f(relaxedRecall)) F1 \(f(relaxedF1))
        value accuracy \(f(valueAccuracy)), type accuracy \(f(typeAccuracy)), type F1 \(f(typeF1))
        te3 strict F1: \(f(strictF1)) relaxed F1: \(f(relaxedF1)) value F1: \(f(valueF1))
        """
    }
}
