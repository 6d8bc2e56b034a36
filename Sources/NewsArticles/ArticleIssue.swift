/// A problem met while reading an article, naming the file and, where it helps, the line or byte.
///
/// Warnings leave the article usable; errors (``ArticleIssue/Severity/error``) mean the file was
/// not read as an article. The CLI prints them as `file:line: warning: message`.
///
/// ```swift
/// let issue = ArticleIssue(.warning, file: "a.txt", line: 1, "no ' date YYYY-MM-DD (OUTLET)' header")
/// print(issue)   // a.txt:1: warning: no ' date YYYY-MM-DD (OUTLET)' header
/// ```
public struct ArticleIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case warning, error }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var byteOffset: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, byteOffset: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        var text = "\(place): \(severity.rawValue): \(message)"
        if let byteOffset, line == nil { text += " (byte \(byteOffset))" }
        return text
    }
}
