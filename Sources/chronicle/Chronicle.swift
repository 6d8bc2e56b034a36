import ArgumentParser

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "The chronology of a public official's activities, from news articles to a printable report.",
        subcommands: [
            ReportCommand.self,
            ExtractCommand.self,
            RenderCommand.self,
            SummaryCommand.self,
            DatesCommand.self,
            EvaluateCommand.self,
            EvaluateDatesCommand.self,
            GenerateCorpusCommand.self,
        ]
    )

    static func main() {
        #if os(Linux)
        // At most two malloc arenas: with one per thread (the default grows to 8 per core), memory
        // freed by one stage's threads sits unused in their arenas while the next stage grows its own
        // (about 300 MB more peak memory for a 100,000-article report).
        _ = setMallocOption(-8 /* M_ARENA_MAX */, 2)
        #endif
        Signals.install()
        Self.main(nil)
    }
}

#if os(Linux)
/// glibc's `mallopt` (not exported by the Glibc module).
@_silgen_name("mallopt") private func setMallocOption(_ parameter: Int32, _ value: Int32) -> Int32
#endif
