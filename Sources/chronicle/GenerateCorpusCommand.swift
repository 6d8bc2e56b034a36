import ArgumentParser
import CorpusGeneration
import Foundation

struct GenerateCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write a deterministic synthetic corpus of articles (for benchmarks and tests).",
        discussion: """
            The same --seed and --count always give the same files. Articles go into sub-folders of \
            1000 (DIR/000/article-000000.txt …). With --report, DIR gets a report.yml and the articles go \
            into DIR/articles, so `chronicle report DIR` runs on them.
            """
    )

    @Option(name: .long, help: "Number of articles.")
    var count: Int

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Output folder (created if needed).")
    var out: String

    @Flag(name: .long, help: "Also write DIR/report.yml and put the articles in DIR/articles.")
    var report = false

    @Option(name: .long, help: "Percentage of articles retelling an earlier event for another outlet.")
    var duplicates: Int = 25

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must be 0 or more") }
        guard (0...100).contains(duplicates) else { throw ValidationError("--duplicates must be a percentage") }
    }

    func run() throws {
        do {
            let generator = try CorpusGenerator(seed: seed, duplicatePercent: duplicates)
            let articles = report ? out + "/articles" : out
            try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
            let bytes = try CorpusWriter(generator: generator).write(count: count, into: articles)
            if report {
                let settings = """
                    title: Synthetic corpus (seed \(seed), \(count) articles)
                    subject:
                      name: Sabina Aliyeva
                      aliases: [Sabina Aliyev, Aliyeva]
                    articles: articles

                    """
                guard FileManager.default.createFile(atPath: out + "/report.yml", contents: Data(settings.utf8)) else {
                    throw CorpusWriter.WriteError(file: out + "/report.yml", message: "cannot write")
                }
            }
            FileHandle.standardError.write(Data("chronicle: wrote \(count) articles (\(bytes) bytes) to \(articles)\n".utf8))
        } catch {
            throw Terminal.fail(error)
        }
    }
}
