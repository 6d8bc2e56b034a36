import Foundation

/// The vocabulary and sentence templates of the synthetic corpus, read from a sectioned text
/// file (`Resources/templates.txt`): `[section]` lines, then one entry per line.
///
/// ```swift
/// let templates = try CorpusTemplates.bundled()
/// templates.entries("places")        // ["Baku", "Ganja", …]
/// templates.kinds                    // ["conference", "meeting", …] in file order
/// ```
public struct CorpusTemplates: Sendable {
    /// Entries by section name, in file order.
    public private(set) var sections: [String: [String]]
    /// Activity kinds, from the `[kind NAME]` sections, in file order.
    public private(set) var kinds: [String]

    public struct FormatError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): error: \(message)" }
    }

    static let required = ["outlets", "subjects", "shorts", "places", "topics", "counterparts", "others",
                           "lengths", "when", "follow-ups", "distractors"]

    /// Parses the template text; `file` names it in errors.
    public init(text: String, file: String = "templates.txt") throws {
        var sections: [String: [String]] = [:]
        var kinds: [String] = []
        var current: String?
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw FormatError(file: file, line: number + 1, message: "section header without ']'")
                }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("kind ") {
                    let kind = String(name.dropFirst(5)).trimmingCharacters(in: .whitespaces)
                    if !kinds.contains(kind) { kinds.append(kind) }
                }
                current = name
                sections[name, default: []] += []
                continue
            }
            guard let current else {
                throw FormatError(file: file, line: number + 1, message: "entry before the first [section]")
            }
            sections[current, default: []].append(line)
        }
        for name in Self.required where (sections[name] ?? []).isEmpty {
            throw FormatError(file: file, line: 1, message: "section [\(name)] is missing or empty")
        }
        guard !kinds.isEmpty else { throw FormatError(file: file, line: 1, message: "no [kind NAME] section") }
        self.sections = sections
        self.kinds = kinds
    }

    /// The templates shipped with Chronicle.
    public static func bundled() throws -> CorpusTemplates {
        guard let url = Bundle.module.url(forResource: "templates", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "templates", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw FormatError(file: "templates.txt", line: 0, message: "not found in the CorpusGeneration bundle")
        }
        return try CorpusTemplates(text: text, file: url.path)
    }

    public func entries(_ section: String) -> [String] { sections[section] ?? [] }

    /// Sentences reporting an activity of `kind`.
    public func sentences(kind: String) -> [String] { entries("kind " + kind) }

    /// The `[when]` rules as (rule, template) pairs.
    public var whenRules: [(rule: String, template: String)] {
        entries("when").map { line in
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let rule = parts[0].trimmingCharacters(in: .whitespaces)
            let template = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            return (rule, template)
        }
    }
}
