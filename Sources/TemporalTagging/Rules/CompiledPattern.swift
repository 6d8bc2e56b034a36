/// Rule patterns compiled to plain integers for the hot loop: literals become vocabulary ids,
/// classes become class ids, so matching compares integers and never touches a string.
struct CompiledPatterns: Sendable {
    /// One alternative of an element: a literal word (vocabulary id) or a class (class id).
    struct Atom: Sendable {
        var isLiteral: Bool
        var id: Int32
    }

    /// A pattern position: atoms `first..<first+count` of ``atoms``, possibly optional.
    struct Element: Sendable {
        var first: Int32
        var count: Int32
        var optional: Bool
    }

    var atoms: [Atom] = []
    var elements: [Element] = []
    /// Per rule: its elements `start..<end` in ``elements``.
    var ruleStart: [Int32] = []
    var ruleEnd: [Int32] = []

    /// Built-in classes, recognised by the matcher itself.
    enum BuiltIn: Int32, CaseIterable {
        case num = 0, digits, day, ordnum, monthnum, hour, minute, year, yy, decade
        var name: String {
            switch self {
            case .num: return "NUM"
            case .digits: return "DIGITS"
            case .day: return "DAY"
            case .ordnum: return "ORDNUM"
            case .monthnum: return "MONTHNUM"
            case .hour: return "HOUR"
            case .minute: return "MINUTE"
            case .year: return "YEAR"
            case .yy: return "YY"
            case .decade: return "DECADE"
            }
        }
    }

    /// Lexicon classes are numbered after the built-ins.
    static let firstLexiconClass: Int32 = 16

    init() {}

    init(rules: [Rule], vocabulary: [String: Int32], classIDs: [String: Int32]) {
        for rule in rules {
            ruleStart.append(Int32(elements.count))
            for element in rule.pattern {
                var optional = false
                var body = element
                if case .optional(let inner) = element { optional = true; body = inner }
                let first = Int32(atoms.count)
                func add(_ e: PatternElement) {
                    switch e {
                    case .literal(let w): atoms.append(Atom(isLiteral: true, id: vocabulary[w] ?? -2))
                    case .wordClass(let c): atoms.append(Atom(isLiteral: false, id: classIDs[c] ?? -2))
                    case .any(let list): list.forEach(add)
                    case .optional(let inner): add(inner)
                    }
                }
                add(body)
                elements.append(Element(first: first, count: Int32(atoms.count) - first, optional: optional))
            }
            ruleEnd.append(Int32(elements.count))
        }
    }
}
