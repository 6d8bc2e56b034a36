import Foundation
@testable import NewsArticles
import Testing

/// Bad and unusual inputs: each gives an article with a warning naming the file (and line or
/// byte), or a clear error — never a crash, a hang, or a silently dropped file.
@Suite("Article reader robustness")
struct ReaderRobustnessTests {
    static let fixtures = Bundle.module.resourcePath! + "/Fixtures/"
    let reader = ArticleReader(plausiblePublication: CalendarDay(iso: "1900-01-01")!...CalendarDay(iso: "2030-12-31")!)

    func fixture(_ name: String) throws -> Article { try reader.read(fileAt: Self.fixtures + name) }

    @Test("an empty file is an empty article with a warning, not an error")
    func empty() throws {
        let article = try fixture("empty.txt")
        #expect(article.sentences.isEmpty && article.published == nil)
        #expect(article.issues.map(\.description) == [Self.fixtures + "empty.txt:1: warning: empty article"])
        let blank = try reader.parse(bytes: Array("  \n\t\n \r\n".utf8), path: "blank.txt")
        #expect(blank.issues.first?.message == "empty article")
    }

    @Test("a binary file is refused with the file and the byte offset")
    func binary() throws {
        do {
            _ = try fixture("binary.png")
            Issue.record("binary file read as an article")
        } catch let issue as ArticleIssue {
            #expect(issue.severity == .error)
            #expect(issue.byteOffset == 8)
            #expect(issue.description == Self.fixtures + "binary.png: error: binary data (NUL byte), not a text article (byte 8)")
        }
        // Control characters without NUL.
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("text".utf8)
        #expect(throws: ArticleIssue.self) { try reader.parse(bytes: controls, path: "c.bin") }
        // Mostly bytes that are not UTF-8 (Latin-1 Cyrillic, random high bytes).
        let high = (0..<400).map { UInt8(0xC0 + $0 % 0x3F) ^ 0x20 }
        #expect(throws: ArticleIssue.self) { try reader.parse(bytes: high, path: "h.bin") }
    }

    @Test("invalid UTF-8 is replaced and reported with the byte offset; the article is read")
    func invalidUTF8() throws {
        let article = try fixture("invalid-utf8.txt")
        let warning = try #require(article.issues.first)
        #expect(warning.severity == .warning && warning.byteOffset == 90)
        #expect(warning.description.hasPrefix(Self.fixtures + "invalid-utf8.txt: warning: invalid UTF-8 from byte 90 on"))
        #expect(article.text.contains("G\u{FFFD}nja"))
        #expect(article.published == CalendarDay(iso: "2023-10-12"))
        #expect(article.sentences.count == 4)
        // Truncated sequence at the very end, overlong and surrogate forms.
        for (bytes, offset) in [([0x41, 0xE2, 0x82], 1), ([0x41, 0xC0, 0xAF], 1), ([0x41, 0x42, 0xED, 0xA0, 0x80], 2)] as [([UInt8], Int)] {
            let a = try reader.parse(bytes: bytes, path: "x.txt")
            #expect(a.issues.first?.byteOffset == offset, "\(bytes)")
        }
    }

    @Test("UTF-8 with BOM, UTF-16 LE and BE with BOM, CRLF: the same article as plain UTF-8 with LF")
    func encodingsAndLineEndings() throws {
        let plain = try fixture("lf.txt")
        #expect(plain.issues.isEmpty)
        #expect(plain.sentences.map(\.text) == ["On October 10, Ombudsman Sabina Aliyeva visited Ganja.",
                                                "She met Dr. J. Smith.", "The visit lasted a day.", "Nothing else happened."])
        #expect(plain.sentences.map(\.line) == [5, 5, 6, 8])
        for name in ["utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "crlf.txt"] {
            let other = try fixture(name)
            #expect(other.issues.isEmpty, "\(name): \(other.issues)")
            #expect(other.text == plain.text, "\(name)")
            #expect(other.sentences == plain.sentences, "\(name)")
            #expect(other.paragraphs == plain.paragraphs, "\(name)")
            #expect(other.published == plain.published && other.outlet == plain.outlet, "\(name)")
        }
        // Lone CR (old Mac) line endings, and a sentence spanning a CRLF line break.
        let cr = reader.parse(text: " date 2023-10-12 (X)\r\rFirst line\rsecond line. Next.\r", path: "cr.txt")
        #expect(cr.sentences.map(\.text) == ["First line second line.", "Next."])
        #expect(cr.sentences.map(\.line) == [3, 4])
    }

    @Test("UTF-16 without a BOM is refused with a hint")
    func utf16WithoutBOM() throws {
        let bytes = Array(" date 2023-10-12 (X)\n\nText here.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        do {
            _ = try reader.parse(bytes: bytes, path: "u.txt")
            Issue.record("accepted")
        } catch let issue as ArticleIssue {
            #expect(issue.message.contains("UTF-16 without a byte-order mark"))
        }
        // An unpaired surrogate in UTF-16 is replaced and reported with its byte offset.
        let broken: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let article = try reader.parse(bytes: broken, path: "s.txt")
        #expect(article.issues.first?.byteOffset == 4)
    }

    @Test("missing header: read, publication date unknown, a warning on line 1")
    func missingHeader() throws {
        let article = try fixture("no-header.txt")
        #expect(article.published == nil)
        #expect(article.sentences.count == 2)
        #expect(article.issues.map(\.description) == [Self.fixtures + "no-header.txt:1: warning: no ' date YYYY-MM-DD (OUTLET)' header; publication date unknown"])
    }

    @Test("malformed, future and year-0001 dates: publication date unknown, warning with file and line")
    func badDates() throws {
        let malformed = try fixture("malformed-date.txt")
        #expect(malformed.published == nil && malformed.outlet == "MENAFN- Kura Press")
        #expect(malformed.issues.first?.description == Self.fixtures + "malformed-date.txt:1: warning: malformed publication date '2023-02-30'; publication date unknown")
        for name in ["future-date.txt", "year-0001.txt"] {
            let article = try fixture(name)
            #expect(article.published == nil, "\(name)")
            #expect(article.issues.first?.line == 1)
            #expect(article.issues.first?.message.hasPrefix("implausible publication date") == true, "\(name)")
            #expect(article.sentences.map(\.text) == ["Text."])
        }
        for header in ["date 12/10/2023 (X)", "date 2023-13-01 (X)", "date 99999999999999999999-01-01"] {
            let a = reader.parse(text: header + "\n\nBody.", path: "h.txt")
            #expect(a.published == nil && a.issues.first?.message.hasPrefix("malformed publication date") == true, "\(header)")
        }
        // The default plausible range ends tomorrow and accepts today.
        let today = ArticleReader.defaultPlausiblePublication().upperBound.adding(days: -1)
        #expect(ArticleReader().parse(text: " date \(today.iso) (X)\n\nBody.", path: "t.txt").published == today)
    }

    @Test("a 100,000-character line: one sentence, and many sentences, read whole")
    func longLine() throws {
        let word = String(repeating: "a", count: 100_000)
        let one = reader.parse(text: " date 2023-10-12 (X)\n\n\(word).\n", path: "l.txt")
        #expect(one.sentences.count == 1 && one.sentences[0].range == 22..<100_023)
        let many = String(repeating: "Aliyeva visited Baku. ", count: 5000)
        let article = reader.parse(text: " date 2023-10-12 (X)\n\n" + many, path: "m.txt")
        #expect(article.sentences.count == 5000)
        #expect(article.sentences.last?.line == 3)
        // Dots without spaces and a very long dotted token: no quadratic walk-back.
        let dotted = String(repeating: "a.", count: 50_000) + " Next."
        #expect(reader.parse(text: dotted, path: "d.txt").sentences.count == 2)
    }

    @Test("a 50 MB article in one paragraph of many lines: every sentence, with its line")
    func fiftyMegabytes() throws {
        let line = "Ombudsman Sabina Aliyeva visited Ganja on October 10 and met citizens there.\n"  // 78 bytes
        let count = 50_000_000 / line.utf8.count + 1
        var bytes = Array(" date 2023-10-12 (MENAFN- Kura Press)\n\n".utf8)
        bytes.reserveCapacity(bytes.count + count * line.utf8.count)
        for _ in 0..<count { bytes.append(contentsOf: line.utf8) }
        let article = try reader.parse(bytes: bytes, path: "big.txt")
        #expect(bytes.count > 50_000_000)
        #expect(article.sentences.count == count)
        #expect(article.paragraphs.count == 1)
        #expect(article.sentences.last?.line == count + 2)
        #expect(article.issues.isEmpty)
    }

    @Test("not a regular file: a folder, a FIFO (no hang), a missing file; a file over the limit")
    func notRegularFiles() throws {
        let folder = NSTemporaryDirectory() + "reader-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe.txt", 0o644) == 0)
        for (path, message) in [(folder, "cannot read: a folder"), (folder + "/pipe.txt", "cannot read: not a regular file"),
                                (folder + "/missing.txt", "cannot read: No such file or directory")] {
            do {
                _ = try reader.read(fileAt: path)
                Issue.record("read \(path)")
            } catch let issue as ArticleIssue {
                #expect(issue.file == path && issue.message == message)
            }
        }
        try Data(repeating: 0x41, count: 2000).write(to: URL(fileURLWithPath: folder + "/big.txt"))
        #expect(throws: ArticleIssue.self) { try ArticleReader(maximumBytes: 1000).read(fileAt: folder + "/big.txt") }
    }

    @Test("scan of UTF-8: the fast ASCII path and the slow path agree")
    func scanAgreement() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...64, using: &rng)).map { _ -> UInt8 in
                Bool.random(using: &rng) ? UInt8.random(in: 0x20...0x7E, using: &rng) : UInt8.random(in: 0...255, using: &rng)
            }
            let scan = TextDecoding.scanUTF8(bytes, from: 0)
            let swiftValid = String(validatingCString: bytes.map { CChar(bitPattern: $0) } + [0]) != nil
            if !bytes.contains(0) { #expect((scan.firstInvalid == nil) == swiftValid, "\(bytes)") }
        }
    }
}
