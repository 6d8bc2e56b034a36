import CorpusGeneration
import Foundation
import NewsArticles
import Testing

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    @Test("the same seed gives the same articles; another seed gives others")
    func deterministic() throws {
        let a = try CorpusGenerator(seed: 11), b = try CorpusGenerator(seed: 11), c = try CorpusGenerator(seed: 12)
        for i in [0, 1, 17, 999, 1000, 54321] {
            #expect(a.article(i) == b.article(i))
        }
        #expect((0..<20).map { a.article($0).text } != (0..<20).map { c.article($0).text })
    }

    @Test("articles are in the seed format and readable by ArticleReader without warnings")
    func format() throws {
        let generator = try CorpusGenerator(seed: 3)
        for i in 0..<300 {
            let article = generator.article(i)
            #expect(article.text.hasPrefix(" date \(article.published.iso) (MENAFN- "))
            let read = ArticleReader().parse(text: article.text, path: article.relativePath)
            #expect(read.issues.isEmpty, "\(article.relativePath): \(read.issues)")
            #expect(read.published == article.published)
            #expect(read.paragraphs.count >= 2)
            #expect(!article.text.contains("{"), "unfilled placeholder in \(article.relativePath)")
        }
    }

    @Test("a share of articles retells an earlier event for another outlet, within the same days")
    func duplicates() throws {
        let generator = try CorpusGenerator(seed: 5, duplicatePercent: 25)
        let articles = (0..<400).map(generator.article)
        let duplicates = articles.filter { $0.duplicateOf != nil }
        #expect(duplicates.count > 60 && duplicates.count < 140)
        for duplicate in duplicates {
            let original = articles[duplicate.duplicateOf!]
            let outlet = { (a: GeneratedArticle) in a.text.split(separator: "\n")[0].split(separator: "(")[1] }
            #expect(outlet(duplicate) != outlet(original))
            #expect(original.duplicateOf == nil)
            #expect((0...1).contains(duplicate.published.ordinal - original.published.ordinal))
        }
    }

    @Test("varied kinds, places, years and date phrasings")
    func variety() throws {
        let generator = try CorpusGenerator(seed: 9)
        let text = (0..<500).map { generator.article($0).text }.joined()
        for word in ["conference", "visit", "meeting", "training", "received citizens", "yesterday", "last week", "Vienna", "Shaki"] {
            #expect(text.contains(word), "no '\(word)' in 500 articles")
        }
        let years = Set((0..<500).map { generator.article($0).published.year })
        #expect(years.count >= 8)
        #expect(text.range(of: #"on [A-Z][a-z]+ \d{1,2}-\d{1,2}"#, options: .regularExpression) != nil)
    }

    @Test("paths are sharded by thousands")
    func paths() throws {
        let generator = try CorpusGenerator(seed: 1)
        #expect(generator.article(0).relativePath == "000/article-000000.txt")
        #expect(generator.article(12345).relativePath == "012/article-012345.txt")
    }

    @Test("the writer writes every file, and the same bytes on a second run")
    func writer() throws {
        let folder = NSTemporaryDirectory() + "corpus-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = try CorpusGenerator(seed: 2, shardSize: 100)
        let bytes = try CorpusWriter(generator: generator).write(count: 250, into: folder)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 250)
        #expect(bytes > 250 * 200)
        let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/001/article-000150.txt"))
        try CorpusWriter(generator: generator, workers: 1).write(count: 250, into: folder)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/001/article-000150.txt")) == first)
    }

    @Test("a template file with a missing section is refused with file and line")
    func badTemplates() {
        #expect(throws: CorpusTemplates.FormatError.self) { try CorpusTemplates(text: "[outlets]\nA\n") }
        do {
            _ = try CorpusTemplates(text: "stray entry\n[outlets]\nA\n", file: "t.txt")
            Issue.record("accepted an entry before any section")
        } catch let error as CorpusTemplates.FormatError {
            #expect(error.description == "t.txt:1: error: entry before the first [section]")
        } catch { Issue.record("\(error)") }
    }
}
