/// A message for the user about one input: a file (and line or key), a severity and what happened.
///
/// Libraries collect these instead of printing; the CLI prints them to stderr as
/// `file:line: error: message` and decides the exit code.
///
/// ```swift
/// let d = Diagnostic(.error, file: "report.yml", key: "theme.margin", "expected a number")
/// print(d)   // report.yml: error: theme.margin: expected a number
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case warning, error }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, key: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        let subject = key.map { "\($0): " } ?? ""
        return "\(place): \(severity.rawValue): \(subject)\(message)"
    }
}

/// Errors and warnings gathered over a run.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    /// Files that could not be processed at all.
    public private(set) var failedFiles: Set<String> = []

    public init() {}

    public mutating func add(_ d: Diagnostic) {
        items.append(d)
        if d.severity == .error { failedFiles.insert(d.file) }
    }

    public mutating func add(contentsOf other: Diagnostics) {
        for d in other.items { add(d) }
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}
