import Foundation

/// Reads news articles in the archive format: a header line ` date YYYY-MM-DD (OUTLET)`, blank
/// lines, then paragraphs separated by blank lines.
///
/// A file without the header is still read: its publication date is unknown and an
/// ``ArticleIssue`` warning says so. Only files that are not text at all throw.
///
/// ```swift
/// let reader = ArticleReader()
/// let article = try reader.read(fileAt: "Reports/sample/articles/2023-01-vienna.txt")
/// for sentence in article.sentences { print(sentence.line, sentence.text) }
/// ```
public struct ArticleReader: Sendable {
    public var splitter: SentenceSplitter
    /// Articles larger than this are refused rather than read into memory.
    public var maximumBytes: Int

    public init(splitter: SentenceSplitter = SentenceSplitter(), maximumBytes: Int = 256 << 20) {
        self.splitter = splitter
        self.maximumBytes = maximumBytes
    }

    /// Reads and parses one file. Throws an ``ArticleIssue`` (severity error) when the file cannot
    /// be read or is not text.
    public func read(fileAt path: String) throws -> Article {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumBytes {
                throw ArticleIssue(.error, file: path, "file is \(size) bytes, more than the \(maximumBytes)-byte limit")
            }
            data = try Data(contentsOf: url)
        } catch let issue as ArticleIssue {
            throw issue
        } catch {
            throw ArticleIssue(.error, file: path, "cannot read: \(Self.reason(error))")
        }
        return try parse(bytes: [UInt8](data), path: path)
    }

    /// Parses the bytes of an article; `path` names it in issues and sources.
    public func parse(bytes: [UInt8], path: String) throws -> Article {
        let decoded = try TextDecoding.decode(bytes, file: path)
        var article = parse(text: decoded.text, path: path)
        article.issues.insert(contentsOf: decoded.issues, at: 0)
        return article
    }

    /// Parses already-decoded text.
    public func parse(text rawText: String, path: String) -> Article {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        var scalars = Array(rawText.unicodeScalars)
        // Normalise line endings: CRLF and lone CR become LF.
        if scalars.contains("\r") {
            var normalised: [Unicode.Scalar] = []
            normalised.reserveCapacity(scalars.count)
            var i = 0
            while i < scalars.count {
                if scalars[i] == "\r" {
                    normalised.append("\n")
                    if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                } else {
                    normalised.append(scalars[i])
                }
                i += 1
            }
            scalars = normalised
        }
        let text = String(String.UnicodeScalarView(scalars))
        var issues: [ArticleIssue] = []

        // Lines: (range, number).
        var lines: [(Range<Int>, Int)] = []
        var lineStart = 0, number = 1
        for (i, c) in scalars.enumerated() where c == "\n" {
            lines.append((lineStart..<i, number))
            lineStart = i + 1
            number += 1
        }
        lines.append((lineStart..<scalars.count, number))

        // Header: the first non-blank line, if it reads `date YYYY-MM-DD (OUTLET)`.
        var published: CalendarDay?
        var outlet: String?
        var bodyLineIndex = 0
        if let first = lines.firstIndex(where: { !Self.isBlank(scalars, $0.0) }) {
            let (range, lineNumber) = lines[first]
            let line = String(String.UnicodeScalarView(scalars[range])).trimmingCharacters(in: .whitespaces)
            if let header = Self.parseHeader(line) {
                bodyLineIndex = first + 1
                outlet = header.outlet
                if let day = header.day {
                    published = day
                } else {
                    issues.append(ArticleIssue(.warning, file: path, line: lineNumber,
                                               "malformed publication date '\(header.rawDate)'; publication date unknown"))
                }
            } else {
                issues.append(ArticleIssue(.warning, file: path, line: lineNumber,
                                           "no ' date YYYY-MM-DD (OUTLET)' header; publication date unknown"))
                bodyLineIndex = first
            }
        } else {
            issues.append(ArticleIssue(.warning, file: path, line: 1, "empty article"))
            bodyLineIndex = lines.count
        }

        // Paragraphs: runs of non-blank lines.
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var index = bodyLineIndex
        while index < lines.count {
            while index < lines.count, Self.isBlank(scalars, lines[index].0) { index += 1 }
            guard index < lines.count else { break }
            let firstLine = lines[index]
            var last = index
            while last + 1 < lines.count, !Self.isBlank(scalars, lines[last + 1].0) { last += 1 }
            let range = firstLine.0.lowerBound..<lines[last].0.upperBound
            let firstSentence = sentences.count
            for piece in splitter.split(scalars, in: range) {
                let lineOfPiece = firstLine.1 + scalars[range.lowerBound..<piece.lowerBound].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
                let raw = String(String.UnicodeScalarView(scalars[piece]))
                sentences.append(Sentence(text: raw.contains("\n") ? raw.replacingOccurrences(of: "\n", with: " ") : raw,
                                          range: piece, paragraph: paragraphs.count, line: lineOfPiece))
            }
            paragraphs.append(Paragraph(range: range, sentences: firstSentence..<sentences.count, line: firstLine.1))
            index = last + 1
        }
        let bodyStart = bodyLineIndex < lines.count ? lines[bodyLineIndex].0.lowerBound : scalars.count
        if paragraphs.isEmpty, !issues.contains(where: { $0.message == "empty article" }) {
            issues.append(ArticleIssue(.warning, file: path, "article has no body text"))
        }
        return Article(path: path, fileName: fileName, published: published, outlet: outlet, text: text,
                       bodyStart: bodyStart, paragraphs: paragraphs, sentences: sentences, issues: issues)
    }

    /// The header fields of a line like `date 2023-10-12 (MENAFN- AzerNews)`, or `nil`.
    static func parseHeader(_ line: String) -> (rawDate: String, day: CalendarDay?, outlet: String?)? {
        guard line.lowercased().hasPrefix("date") else { return nil }
        var rest = line.dropFirst(4)
        guard let firstAfter = rest.first, firstAfter == " " || firstAfter == "\t" || firstAfter == ":" else { return nil }
        rest = rest.drop(while: { $0 == " " || $0 == "\t" || $0 == ":" })
        let rawDate = String(rest.prefix(while: { !$0.isWhitespace && $0 != "(" }))
        guard !rawDate.isEmpty, rawDate.first!.isNumber else { return nil }
        rest = rest.dropFirst(rawDate.count).drop(while: { $0.isWhitespace })
        var outlet: String?
        if rest.first == "(" {
            let inner = rest.dropFirst()
            let close = inner.lastIndex(of: ")") ?? inner.endIndex
            let name = inner[..<close].trimmingCharacters(in: .whitespaces)
            outlet = name.isEmpty ? nil : name
        } else if !rest.isEmpty {
            outlet = rest.trimmingCharacters(in: .whitespaces)
        }
        return (rawDate, CalendarDay(iso: rawDate), outlet)
    }

    private static func isBlank(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        s[r].allSatisfy { $0.properties.isWhitespace }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return ns.localizedDescription
    }
}
