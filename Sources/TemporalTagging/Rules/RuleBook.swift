import Foundation

/// All rules and the lexicon, read from the module's `Resources/` and compiled once: rules are
/// indexed by the tokens they can start with, so a text is scanned once, left to right.
///
/// ```swift
/// let book = try RuleBook.bundled()
/// book.rules.count      // every rule of Resources/rules/*.rules
/// book.examples.count   // the worked examples beside them
/// ```
public struct RuleBook: Sendable {
    public let lexicon: Lexicon
    public let rules: [Rule]
    public let examples: [RuleExample]
    /// First-token key (`word`, `@CLASS`) → rule indices, in rule order.
    let index: [String: [Int]]

    public init(lexicon: Lexicon, ruleFiles: [(name: String, text: String)]) throws {
        self.lexicon = lexicon
        var rules: [Rule] = []
        var examples: [RuleExample] = []
        for (name, text) in ruleFiles {
            var lineNumber = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                let line = raw.trimmingSpaces()
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix(">") {
                    examples.append(try RuleExample.parse(String(line.dropFirst()), file: name, line: lineNumber))
                } else {
                    rules.append(try Rule.parse(line, file: name, lineNumber: lineNumber, order: rules.count))
                }
            }
        }
        var index: [String: [Int]] = [:]
        for (n, rule) in rules.enumerated() {
            var keys = Set<String>()
            for element in rule.pattern {
                keys.formUnion(element.firstKeys)
                if !element.isOptional { break }
            }
            for key in keys { index[key, default: []].append(n) }
        }
        for key in index.keys { index[key]!.sort() }
        self.rules = rules
        self.examples = examples
        self.index = index
    }

    /// The rules and lexicon shipped with the module.
    public static func bundled() throws -> RuleBook {
        guard let base = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw RuleError(file: "Resources", line: 0, message: "the TemporalTagging resources are missing")
        }
        let lexiconURL = base.appendingPathComponent("lexicon.txt")
        let lexicon = try Lexicon(parsing: try String(contentsOf: lexiconURL, encoding: .utf8), file: "lexicon.txt")
        let rulesDir = base.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: rulesDir.path)
            .filter { $0.hasSuffix(".rules") }.sorted()
        let files = try names.map { name in
            (name: name, text: try String(contentsOf: rulesDir.appendingPathComponent(name), encoding: .utf8))
        }
        return try RuleBook(lexicon: lexicon, ruleFiles: files)
    }
}
