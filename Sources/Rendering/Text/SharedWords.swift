import Foundation

/// Words of printable ASCII shaped on one thread, for every other thread to take instead of
/// shaping them again: the report's measuring threads and drawing threads meet the same words
/// (a title is measured on one thread and drawn on another), and each shaper is per thread.
///
/// Only words a ``WordShaper`` shaped as one run with its style's analysis for such words go in
/// (see ``WordShaper``): their glyphs depend on the font style and the word alone, so a word
/// comes out the same whichever thread shaped it, and the output stays byte for byte the same.
/// Styles are told apart by their font description, not by a shaper's own numbering.
///
/// Thread-safe; holds at most ``limit`` words (then takes no more).
///
/// ```swift
/// let style = SharedWords.shared.style(for: key)
/// SharedWords.shared.insert(bytes, style: style, wordClass: 1, shaped)
/// SharedWords.shared.find(bytes, style: style, wordClass: 1)   // the same glyphs, on any thread
/// ```
final class SharedWords: @unchecked Sendable {
    /// One word: lengths in Pango units; glyph positions from the word's origin on the baseline.
    struct Shaped {
        var advance: Int32, ascent: Int32, descent: Int32
        var glyphIDs: ArraySlice<UInt32>, glyphX: ArraySlice<Int32>, glyphY: ArraySlice<Int32>
    }

    static let shared = SharedWords()

    /// Most words kept (a very long report's rare words would otherwise all stay).
    let limit: Int

    private let lock = NSLock()
    private var styles: [PangoText.FontKey: Int] = [:]
    private var table = WordTable()
    private var metrics: [(advance: Int32, ascent: Int32, descent: Int32, glyphs: Range<Int32>)] = []
    private var glyphIDs: [UInt32] = []
    private var glyphX: [Int32] = []
    private var glyphY: [Int32] = []

    init(limit: Int = 100_000) { self.limit = limit }

    /// The number all threads use for a font style.
    func style(for key: PangoText.FontKey) -> Int {
        lock.lock(); defer { lock.unlock() }
        if let s = styles[key] { return s }
        styles[key] = styles.count
        return styles.count - 1
    }

    /// The word in `bytes`, shaped in `style` with the analysis of `wordClass`, if a thread shaped it.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, style: Int, wordClass: Int) -> Shaped? {
        lock.lock(); defer { lock.unlock() }
        guard let i = table.find(bytes, style: style * 2 + wordClass) else { return nil }
        let m = metrics[Int(i)]
        let r = Int(m.glyphs.lowerBound)..<Int(m.glyphs.upperBound)
        return Shaped(advance: m.advance, ascent: m.ascent, descent: m.descent, glyphIDs: glyphIDs[r], glyphX: glyphX[r], glyphY: glyphY[r])
    }

    /// Keeps a word for the other threads (a word already kept, or beyond ``limit``, is left).
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, style: Int, wordClass: Int, _ word: Shaped) {
        lock.lock(); defer { lock.unlock() }
        let key = style * 2 + wordClass
        guard metrics.count < limit, table.find(bytes, style: key) == nil else { return }
        let first = Int32(glyphIDs.count)
        glyphIDs.append(contentsOf: word.glyphIDs)
        glyphX.append(contentsOf: word.glyphX)
        glyphY.append(contentsOf: word.glyphY)
        table.insert(bytes, style: key, value: Int32(metrics.count))
        metrics.append((word.advance, word.ascent, word.descent, first..<Int32(glyphIDs.count)))
    }
}
