/// One recognition rule: a token pattern and how to normalise what it matches.
///
/// In a rule file: `PATTERN => TYPE action arg…`, for example
/// `MONTH DAY ,? YEAR => DATE date` or `NUM UNIT ago => DATE shift UNIT -NUM`.
public struct Rule: Sendable, Hashable {
    public var pattern: [PatternElement]
    public var type: TimexType
    public var action: String
    public var arguments: [String]
    /// Rule file (family) and line, for error messages and tests.
    public var file: String
    public var line: Int
    /// Position in the rule book: earlier rules win ties.
    public var order: Int

    /// Parses `PATTERN => TYPE action args`.
    public static func parse(_ line: String, file: String, lineNumber: Int, order: Int) throws -> Rule {
        let halves = line.parts(separatedBy: "=>")
        guard halves.count == 2 else {
            throw RuleError(file: file, line: lineNumber, message: "expected 'PATTERN => TYPE action args'")
        }
        let pattern = try halves[0].split(separator: " ").map {
            try PatternElement.parse(String($0), file: file, line: lineNumber)
        }
        guard !pattern.isEmpty else { throw RuleError(file: file, line: lineNumber, message: "empty pattern") }
        guard pattern.contains(where: { !$0.isOptional }) else {
            throw RuleError(file: file, line: lineNumber, message: "a pattern needs one element that is not optional")
        }
        let right = halves[1].split(separator: " ").map(String.init)
        guard right.count >= 2, let type = TimexType(rawValue: right[0]) else {
            throw RuleError(file: file, line: lineNumber, message: "expected 'TYPE action' after '=>' (TYPE: DATE, TIME, DURATION, SET)")
        }
        guard Resolver.actions.contains(right[1]) else {
            throw RuleError(file: file, line: lineNumber, message: "unknown action '\(right[1])'; known: \(Resolver.actions.sorted().joined(separator: ", "))")
        }
        return Rule(pattern: pattern, type: type, action: right[1], arguments: Array(right.dropFirst(2)),
                    file: file, line: lineNumber, order: order)
    }
}

/// A worked example next to the rules: `> sentence | dct | span | TYPE | value`.
///
/// A span of `-` means the sentence holds no temporal expression at all.
public struct RuleExample: Sendable, Hashable {
    public var sentence: String
    public var reference: String
    public var span: String
    public var type: String
    public var value: String
    public var file: String
    public var line: Int

    static func parse(_ text: String, file: String, line: Int) throws -> RuleExample {
        let parts = text.parts(separatedBy: "|").map { $0.trimmingSpaces() }
        guard parts.count == 5 else {
            throw RuleError(file: file, line: line, message: "an example needs 5 fields: sentence | dct | span | TYPE | value")
        }
        return RuleExample(sentence: parts[0], reference: parts[1], span: parts[2], type: parts[3], value: parts[4],
                           file: file, line: line)
    }
}
