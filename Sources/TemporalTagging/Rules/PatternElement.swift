/// One position of a token pattern in a rule file.
///
/// - `word` (lower case) or a punctuation mark: that literal token;
/// - `CLASS`: a lexicon class (`MONTH`, `UNIT` …) or a built-in one (`NUM`, `DAY`, `YEAR`,
///   `MONTHNUM`, `HOUR`, `MINUTE`, `ORDNUM`);
/// - `(a|b|C)`: any of the alternatives; a final `?` makes the element optional.
///
/// ```swift
/// let e = try PatternElement.parse("(last|past)?", file: "x", line: 1)
/// // .optional(.any([.literal("last"), .literal("past")]))
/// ```
public indirect enum PatternElement: Sendable, Hashable {
    case literal(String)
    case wordClass(String)
    case any([PatternElement])
    case optional(PatternElement)

    static let builtIns: Set<String> = ["NUM", "DAY", "YEAR", "MONTHNUM", "HOUR", "MINUTE", "ORDNUM", "DIGITS", "DECADE", "YY"]

    public static func parse(_ text: String, file: String, line: Int) throws -> PatternElement {
        var body = Substring(text)
        var optional = false
        if body.count > 1, body.hasSuffix("?") { optional = true; body = body.dropLast() }
        let element: PatternElement
        if body.count > 2, body.hasPrefix("("), body.hasSuffix(")") {
            let parts = body.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            element = .any(try parts.map { try parse(String($0), file: file, line: line) })
        } else if body.isEmpty {
            throw RuleError(file: file, line: line, message: "empty pattern element")
        } else if body.count > 1, body.contains("(") || body.contains(")") || body.contains("|") {
            // "(ahead|to come)": alternatives hold single tokens, without spaces.
            throw RuleError(file: file, line: line, message: "malformed alternatives '\(text)' (one token per alternative, no spaces)")
        } else if body.first!.isUppercase {
            element = .wordClass(String(body))
        } else {
            element = .literal(body.lowercased())
        }
        return optional ? .optional(element) : element
    }

    /// The tokens this element can start with, as index keys: literals, and `CLASS` names.
    var firstKeys: [String] {
        switch self {
        case .literal(let w): return [w]
        case .wordClass(let c): return ["@" + c]
        case .any(let list): return list.flatMap(\.firstKeys)
        case .optional(let e): return e.firstKeys
        }
    }

    var isOptional: Bool { if case .optional = self { return true } else { return false } }
}
