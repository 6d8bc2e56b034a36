/// Process-wide memory settings for long runs.
///
/// ```swift
/// MallocArenas.limit()   // first thing in main
/// ```
public enum MallocArenas {
    /// At most four glibc malloc arenas. With one per thread (the default grows to eight per core),
    /// memory freed by one stage's threads sits unused in their arenas while the next stage grows
    /// its own: about 300 MB more peak memory for a 100,000-article report. With two, the threads of
    /// a stage (two extraction workers or PDF writers, the main thread, the figure and briefing)
    /// wait on each other's arena locks: a 100,000-article report took 57–70 s instead of 53–58 s.
    public static func limit(to count: Int32 = 4) {
        #if os(Linux)
        _ = setMallocOption(-8 /* M_ARENA_MAX */, count)
        #endif
    }
}

#if os(Linux)
/// glibc's `mallopt` (not exported by the Glibc module).
@_silgen_name("mallopt") private func setMallocOption(_ parameter: Int32, _ value: Int32) -> Int32
#endif
