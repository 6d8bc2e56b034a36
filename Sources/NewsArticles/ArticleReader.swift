import Foundation

/// Reads news articles in the archive format: a header line ` date YYYY-MM-DD (OUTLET)`, blank
/// lines, then paragraphs separated by blank lines.
///
/// A file without the header is still read: its publication date is unknown and an
/// ``ArticleIssue`` warning says so. Only files that are not text at all throw. Reading is linear
/// in the size of the file (a 50 MB article or a 100,000-character line are fine).
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
    /// Publication dates outside this range are treated as unknown, with a warning (a header
    /// dated `0001-01-01` or `2999-12-31` is a placeholder or a typo, and would stretch the
    /// timeline). The default runs from 1900-01-01 to tomorrow.
    public var plausiblePublication: ClosedRange<CalendarDay>

    public init(splitter: SentenceSplitter = SentenceSplitter(), maximumBytes: Int = 256 << 20,
                plausiblePublication: ClosedRange<CalendarDay>? = nil) {
        self.splitter = splitter
        self.maximumBytes = maximumBytes
        self.plausiblePublication = plausiblePublication ?? Self.defaultPlausiblePublication()
    }

    /// 1900-01-01 … tomorrow (UTC).
    public static func defaultPlausiblePublication() -> ClosedRange<CalendarDay> {
        let today = CalendarDay(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        return CalendarDay(year: 1900, month: 1, day: 1)!...today.adding(days: 1)
    }

    /// Reads and parses one file. Throws an ``ArticleIssue`` (severity error) when the file cannot
    /// be read, is not a regular file, is too large, or is not text.
    public func read(fileAt path: String) throws -> Article {
        try parse(bytes: FileBytes.read(path, maximumBytes: maximumBytes), path: path)
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
        let fileName = Self.lastComponent(path)
        let lines = LineTable(rawText)
        let scalars = lines.scalars
        let text = lines.normalised ? Self.string(scalars, 0..<scalars.count, newlineAs: "\n") : rawText
        var issues: [ArticleIssue] = []

        // Header: the first non-blank line, if it reads `date YYYY-MM-DD (OUTLET)`.
        var published: CalendarDay?
        var outlet: String?
        var bodyLine = 0
        var empty = false
        if let first = lines.firstNonBlank(from: 0) {
            let range = lines.range(first)
            let headerScalars = scalars[range.lowerBound..<min(range.upperBound, range.lowerBound + 512)]
            let parsed = Self.parseASCIIHeader(headerScalars)
                ?? Self.parseHeader(Self.trimmingSpaces(Self.string(scalars, headerScalars.indices, newlineAs: " ")))
            if let header = parsed {
                bodyLine = first + 1
                outlet = header.outlet
                if let day = header.day, plausiblePublication.contains(day) {
                    published = day
                } else if let day = header.day {
                    issues.append(ArticleIssue(.warning, file: path, line: first + 1,
                                               "implausible publication date \(day.iso) (outside \(plausiblePublication.lowerBound.iso)…\(plausiblePublication.upperBound.iso)); publication date unknown"))
                } else {
                    issues.append(ArticleIssue(.warning, file: path, line: first + 1,
                                               "malformed publication date '\(header.rawDate.prefix(40))'; publication date unknown"))
                }
            } else {
                issues.append(ArticleIssue(.warning, file: path, line: first + 1,
                                           "no ' date YYYY-MM-DD (OUTLET)' header; publication date unknown"))
                bodyLine = first
            }
        } else {
            issues.append(ArticleIssue(.warning, file: path, line: 1, "empty article"))
            bodyLine = lines.count
            empty = true
        }

        // Paragraphs: runs of non-blank lines; sentences inside them.
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var index = bodyLine
        var lineCursor = bodyLine
        while let first = lines.firstNonBlank(from: index) {
            var last = first
            while last + 1 < lines.count, !lines.isBlank(last + 1) { last += 1 }
            let range = lines.range(first).lowerBound..<lines.range(last).upperBound
            let firstSentence = sentences.count
            for piece in splitter.split(scalars, in: range) {
                lineCursor = max(lineCursor, first)
                while lineCursor < last, lines.start(lineCursor + 1) <= piece.lowerBound { lineCursor += 1 }
                sentences.append(Sentence(text: Self.string(scalars, piece, newlineAs: " "), range: piece,
                                          paragraph: paragraphs.count, line: lineCursor + 1))
            }
            paragraphs.append(Paragraph(range: range, sentences: firstSentence..<sentences.count, line: first + 1))
            index = last + 1
        }
        let bodyStart = bodyLine < lines.count ? lines.start(bodyLine) : scalars.count
        if paragraphs.isEmpty, !empty {
            issues.append(ArticleIssue(.warning, file: path, "article has no body text"))
        }
        var article = Article(path: path, fileName: fileName, published: published, outlet: outlet, text: text,
                              bodyStart: bodyStart, paragraphs: paragraphs, sentences: sentences, issues: issues)
        article.readScalars = scalars
        return article
    }

    /// The scalars in `range` as a String, with newlines replaced — encoded to UTF-8 by hand,
    /// which is several times faster than appending scalars to a `String.UnicodeScalarView`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>, newlineAs replacement: Unicode.Scalar) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for index in range {
            var value = scalars[index].value
            if value == 0x0A { value = replacement.value }
            switch value {
            case ..<0x80: bytes.append(UInt8(value))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6)); bytes.append(UInt8(0x80 | value & 0x3F))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12)); bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18)); bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F)); bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The header fields of a line like `date 2023-10-12 (MENAFN- AzerNews)`, or `nil`.
    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation when only ASCII spaces and
    /// tabs are to be trimmed (an ASCII letter, digit or mark is then at both ends).
    static func trimmingSpaces<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, scalars[lo] == " " || scalars[lo] == "\t" { lo = scalars.index(after: lo) }
        while hi > lo, scalars[scalars.index(before: hi)] == " " || scalars[scalars.index(before: hi)] == "\t" {
            hi = scalars.index(before: hi)
        }
        if lo == hi { return "" }
        let first = scalars[lo].value, last = scalars[scalars.index(before: hi)].value
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return String(String.UnicodeScalarView(scalars[lo..<hi])) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `path.split(separator: "/").last.map(String.init) ?? path`, without splitting the whole path.
    static func lastComponent(_ path: String) -> String {
        let u = path.utf8
        // Outside ASCII a "/" may begin a longer character (with a combining mark): split as characters.
        guard !u.contains(where: { $0 >= 0x80 }) else { return path.split(separator: "/").last.map(String.init) ?? path }
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == UInt8(ascii: "/") { end = u.index(before: end) }
        guard end > u.startIndex else { return path }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != UInt8(ascii: "/") { start = u.index(before: start) }
        return String(Substring(path.utf8[start..<end]))
    }

    /// ``parseHeader(_:)`` of the trimmed line, read byte by byte when the line is ASCII and trims to
    /// an ASCII letter, digit or mark at both ends (one character is then one byte, and the
    /// character tests below are exactly `isWhitespace` and `isNumber`). `nil` to take the
    /// general way; `.some(nil)` for a line that is no header.
    static func parseASCIIHeader(_ line: ArraySlice<Unicode.Scalar>) -> (rawDate: String, day: CalendarDay?, outlet: String?)?? {
        var lo = line.startIndex, hi = line.endIndex
        for s in line where s.value >= 0x80 { return nil }
        while lo < hi, line[lo] == " " || line[lo] == "\t" { lo += 1 }
        while hi > lo, line[hi - 1] == " " || line[hi - 1] == "\t" { hi -= 1 }
        guard lo < hi, line[lo].value > 0x20, line[lo].value < 0x7F, line[hi - 1].value > 0x20, line[hi - 1].value < 0x7F else {
            return nil
        }
        let b = line[lo..<hi].map { UInt8(truncatingIfNeeded: $0.value) }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        guard b.count >= 4, lower(b[0]) == UInt8(ascii: "d"), lower(b[1]) == UInt8(ascii: "a"),
              lower(b[2]) == UInt8(ascii: "t"), lower(b[3]) == UInt8(ascii: "e") else { return .some(nil) }
        var i = 4
        guard i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == UInt8(ascii: ":") else { return .some(nil) }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == UInt8(ascii: ":") { i += 1 }
        let dateStart = i
        while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: "(") { i += 1 }
        guard i > dateStart, b[dateStart] >= 0x30, b[dateStart] <= 0x39 else { return .some(nil) }
        let rawDate = String(decoding: b[dateStart..<i], as: UTF8.self)
        while i < b.count, isSpace(b[i]) { i += 1 }
        var outlet: String?
        if i < b.count, b[i] == UInt8(ascii: "(") {
            let inner = (i + 1)..<b.count
            let close = b[inner].lastIndex(of: UInt8(ascii: ")")) ?? b.count
            let name = trimmingSpaces(String(decoding: b[(i + 1)..<close], as: UTF8.self))
            outlet = name.isEmpty ? nil : name
        } else if i < b.count {
            outlet = trimmingSpaces(String(decoding: b[i...], as: UTF8.self))
        }
        return .some((rawDate, CalendarDay(iso: rawDate), outlet))
    }

    static func parseHeader(_ line: String) -> (rawDate: String, day: CalendarDay?, outlet: String?)? {
        guard line.prefix(4).lowercased() == "date" else { return nil }
        var rest = line.dropFirst(4)
        guard let firstAfter = rest.first, firstAfter == " " || firstAfter == "\t" || firstAfter == ":" else { return nil }
        rest = rest.drop(while: { $0 == " " || $0 == "\t" || $0 == ":" })
        let rawDate = String(rest.prefix(while: { !$0.isWhitespace && $0 != "(" }))
        guard let first = rawDate.first, first.isNumber else { return nil }
        rest = rest.dropFirst(rawDate.count).drop(while: { $0.isWhitespace })
        var outlet: String?
        if rest.first == "(" {
            let inner = rest.dropFirst()
            let close = inner.lastIndex(of: ")") ?? inner.endIndex
            let name = trimmingSpaces(inner[..<close])
            outlet = name.isEmpty ? nil : name
        } else if !rest.isEmpty {
            outlet = trimmingSpaces(rest)
        }
        return (rawDate, CalendarDay(iso: rawDate), outlet)
    }
}

/// The text as Unicode scalars with line endings normalised to `\n`, and where each line starts
/// and whether it is blank — built in one pass.
struct LineTable {
    private(set) var scalars: [Unicode.Scalar] = []
    /// Start offset of each line, plus one final entry: the end of the text + 1.
    private var starts: [Int] = [0]
    private var blank: [Bool] = []
    /// Whether a CR was turned into LF (the text differs from the input).
    private(set) var normalised = false

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        var previousCR = false
        var lineBlank = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\r" { normalised = true }
                scalars.append("\n")
                blank.append(lineBlank)
                starts.append(scalars.count)
                lineBlank = true
            } else {
                scalars.append(scalar)
                if lineBlank, !SentenceSplitter.isSpace(scalar) { lineBlank = false }
            }
        }
        blank.append(lineBlank)
        starts.append(scalars.count + 1)
    }

    var count: Int { blank.count }
    func start(_ line: Int) -> Int { starts[line] }
    /// The line's scalars, without its newline.
    func range(_ line: Int) -> Range<Int> { starts[line]..<(starts[line + 1] - 1) }
    func isBlank(_ line: Int) -> Bool { blank[line] }
    func firstNonBlank(from line: Int) -> Int? {
        var i = line
        while i < blank.count { if !blank[i] { return i }; i += 1 }
        return nil
    }
}

/// Reading a whole file into memory, refusing what is not a regular file (a FIFO would block,
/// a device would never end) and what is larger than the limit.
enum FileBytes {
    static func read(_ path: String, maximumBytes: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ArticleIssue(.error, file: path, "cannot read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ArticleIssue(.error, file: path, "cannot read: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "a folder" : "not a regular file"
            throw ArticleIssue(.error, file: path, "cannot read: \(what)")
        }
        let size = Int(info.st_size)
        guard size <= maximumBytes else {
            throw ArticleIssue(.error, file: path, "file is \(size) bytes, more than the \(maximumBytes)-byte limit")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew while being read: take more, up to the limit.
                guard bytes.count < maximumBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), maximumBytes - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ArticleIssue(.error, file: path, "cannot read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
