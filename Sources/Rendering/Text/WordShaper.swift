import CCairo
import TimelineLayout

/// Shapes each word (text between spaces) once per font style with Pango and keeps its glyphs,
/// so a report whose text repeats the same few thousand words shapes each of them once instead
/// of shaping every line again to measure it, to wrap it and to draw it.
///
/// Lengths are Pango units (1/1024 pt) held as integers: sums are exact and come out the same
/// on every thread, so a text measured on one thread breaks into the same lines when drawn on
/// another. A word Pango cannot set simply — right-to-left, a missing glyph, a character drawn
/// as nothing — is refused (`nil`), and its whole text goes through Pango's own layout instead.
///
/// One shaper per thread (Pango's font map is per thread); not thread-safe.
///
/// ```swift
/// let shaper = WordShaper(text: pangoText)
/// let style = shaper.styleIndex(family: "DejaVu Serif", size: 9, bold: false, italic: false)
/// if let w = shaper.word("office", style: style) { shaper.words[w].advance }   // 1/1024 pt
/// ```
final class WordShaper {
    /// A word's glyphs in one font: a slice of the glyph arrays, positioned from the word's origin
    /// on the baseline. A plain run (one glyph per character) is drawn without its text: the PDF
    /// finds each glyph's character in the font. Any other run (a ligature such as "ﬁ") keeps its
    /// UTF-8 bytes and clusters, so the PDF still gives the words back.
    struct GlyphRun {
        var font: Int32
        var glyphs: Range<Int32>
        /// Bytes in ``WordShaper/bytes`` and clusters in ``WordShaper/clusters``; empty when plain.
        var bytes: Range<Int32>
        var clusters: Range<Int32>
        var isPlain: Bool { clusters.isEmpty }
    }

    /// A shaped word: its runs are ``WordShaper/runs``[`runs`]; lengths in Pango units.
    struct Word {
        var advance: Int32
        var ascent: Int32
        var descent: Int32
        var runs: Range<Int32>
    }

    private let text: PangoText
    /// Words shaped so far; ``word(_:style:)`` returns indexes into it. Everything a word refers to
    /// sits in the flat arrays below (a few allocations for the whole cache, not several per word).
    private(set) var words: [Word] = []
    private(set) var runs: [GlyphRun] = []
    private(set) var glyphIDs: [UInt32] = []
    private(set) var glyphX: [Int32] = []
    private(set) var glyphY: [Int32] = []
    private(set) var bytes: [UInt8] = []
    private(set) var clusters: [cairo_text_cluster_t] = []
    private var index = WordTable()
    private var styles: [PangoText.FontKey: Int] = [:]
    private var styleKeys: [PangoText.FontKey] = []
    /// The Pango fonts glyphs were shaped with (one reference held each), and their cairo fonts.
    private(set) var fonts: [OpaquePointer] = []
    private var fontIndex: [OpaquePointer: Int] = [:]
    /// Beyond this many words the cache starts again (a very long report's rare words would
    /// otherwise all stay); fonts and styles stay.
    var wordLimit = 150_000

    init(text: PangoText) { self.text = text }

    deinit {
        for f in fonts { g_object_unref(UnsafeMutableRawPointer(f)) }
        for a in attributeLists { pango_attr_list_unref(a) }
        pango_glyph_string_free(glyphString)
    }

    func styleIndex(family: String, size: Double, bold: Bool, italic: Bool) -> Int {
        let key = PangoText.FontKey(family: family, size: size, bold: bold, italic: italic)
        if let i = styles[key] { return i }
        styles[key] = styleKeys.count
        styleKeys.append(key)
        return styleKeys.count - 1
    }

    func styleIndex(_ style: TextStyle) -> Int {
        // Runs come in long stretches of one style: the last answer is usually the answer.
        if let (last, i) = lastStyle, last.size == style.size, last.weight == style.weight, last.italic == style.italic,
           last.family == style.family { return i }
        let i = styleIndex(family: style.family, size: style.size, bold: style.weight == .bold, italic: style.italic)
        lastStyle = (style, i)
        return i
    }
    private var lastStyle: (TextStyle, Int)?

    /// The cairo font to draw font `i`'s glyphs with (owned by the Pango font).
    func scaledFont(_ i: Int) -> OpaquePointer? { pango_cairo_font_get_scaled_font(fonts[i]) }

    /// Called before the words of a text are looked up: the only point where the cache may start
    /// again, so the indexes a text's words got stay valid while it is set and drawn.
    func beginText() {
        guard words.count >= wordLimit else { return }
        words.removeAll(keepingCapacity: true); runs.removeAll(keepingCapacity: true)
        glyphIDs.removeAll(keepingCapacity: true); glyphX.removeAll(keepingCapacity: true); glyphY.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true); clusters.removeAll(keepingCapacity: true)
        index.removeAll()
    }

    /// Index of the word in `bytes` shaped in `style` into ``words``, or nil when Pango must set its text.
    func word(_ bytes: UnsafeBufferPointer<UInt8>, style: Int) -> Int? {
        if let i = index.find(bytes, style: style) { return i < 0 ? nil : Int(i) }
        // A word of printable ASCII in a style whose analysis for such words is known: another
        // thread may have shaped it already; if not, shaped here with that analysis and shared.
        if let wordClass = Self.wordClass(bytes), let analysis = template(style: style, wordClass: wordClass) {
            let shared = sharedStyle(style)
            let shaped: Word?
            if let known = SharedWords.shared.find(bytes, style: shared, wordClass: wordClass) {
                shaped = append(known, font: analysis.font)
            } else {
                let utf8 = bytes.map { CChar(bitPattern: $0) } + [0]
                shaped = shapeAsOneItem(utf8, length: Int32(bytes.count), analysis: analysis)
                if let w = shaped, w.runs.count == 1, runs[Int(w.runs.lowerBound)].isPlain {
                    let g = runs[Int(w.runs.lowerBound)].glyphs.range
                    SharedWords.shared.insert(bytes, style: shared, wordClass: wordClass,
                                              SharedWords.Shaped(advance: w.advance, ascent: w.ascent, descent: w.descent,
                                                                 glyphIDs: glyphIDs[g], glyphX: glyphX[g], glyphY: glyphY[g]))
                }
            }
            if let w = shaped {
                index.insert(bytes, style: style, value: Int32(words.count))
                words.append(w)
                return words.count - 1
            }
        }
        guard let shaped = shape(String(decoding: bytes, as: UTF8.self), style: style) else {
            index.insert(bytes, style: style, value: -1)
            return nil
        }
        index.insert(bytes, style: style, value: Int32(words.count))
        words.append(shaped)
        return words.count - 1
    }

    /// Index of `word` shaped in `style` (see ``word(_:style:)-(UnsafeBufferPointer<UInt8>,_)``).
    func word(_ word: String, style: Int) -> Int? {
        var w = word
        return w.withUTF8 { self.word($0, style: style) }
    }

    /// Shapes `word` and appends its runs and glyphs to the arrays; nil (and nothing kept) when
    /// Pango must set it.
    ///
    /// A word is one line of one paragraph, so it is itemized and shaped directly — the two steps
    /// of a Pango layout that matter for it, with the same context, fonts and flags — without the
    /// layout's line breaking and bookkeeping, which cost more than the shaping itself.
    private func shape(_ word: String, style: Int) -> Word? {
        let marks = mark()
        var utf8 = Array(word.utf8CString)
        let length = Int32(utf8.count - 1)
        guard length > 0 else { return nil }
        let context = pango_layout_get_context(text.layout)
        guard let items = pango_itemize(context, &utf8, 0, length, attributes(style), nil) else { return nil }
        if items.pointee.next == nil { keepTemplate(items.pointee.data.assumingMemoryBound(to: PangoItem.self).pointee, for: utf8, style: style) }
        defer { g_list_free_full(items) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
        var pen: Int32 = 0, ascent: Int32 = 0, descent: Int32 = 0
        var node: UnsafeMutablePointer<GList>? = items
        while let n = node {
            node = n.pointee.next
            let item = n.pointee.data.assumingMemoryBound(to: PangoItem.self)
            guard append(item.pointee.analysis, offset: Int(item.pointee.offset), length: Int(item.pointee.length),
                         characters: Int(item.pointee.num_chars), of: utf8, total: length,
                         pen: &pen, ascent: &ascent, descent: &descent) else { return undo(marks) }
        }
        return Word(advance: pen, ascent: ascent, descent: descent, runs: Int32(marks.runs)..<Int32(runs.count))
    }

    private typealias Marks = (runs: Int, glyphs: Int, bytes: Int, clusters: Int)
    private func mark() -> Marks { (runs.count, glyphIDs.count, bytes.count, clusters.count) }

    /// Drops what was appended since `marks`; nil, for a word Pango must set.
    private func undo(_ marks: Marks) -> Word? {
        runs.removeSubrange(marks.runs...); glyphIDs.removeSubrange(marks.glyphs...)
        glyphX.removeSubrange(marks.glyphs...); glyphY.removeSubrange(marks.glyphs...)
        bytes.removeSubrange(marks.bytes...); clusters.removeSubrange(marks.clusters...)
        return nil
    }

    /// Shapes the bytes `offset..<offset+length` of `utf8` (a word of `total` bytes) as one run with
    /// `analysis`, appends its glyphs, and moves the pen; false when Pango must set the word.
    private func append(_ analysis: PangoAnalysis, offset: Int, length: Int, characters: Int, of utf8: [CChar], total: Int32,
                        pen: inout Int32, ascent: inout Int32, descent: inout Int32) -> Bool {
        guard analysis.level % 2 == 0, let pangoFont = analysis.font else { return false }
        var analysis = analysis
        let glyphs = glyphString
        utf8.withUnsafeBufferPointer { all in
            pango_shape_with_flags(all.baseAddress! + offset, Int32(length), all.baseAddress!, total, &analysis, glyphs, PANGO_SHAPE_NONE)
        }
        var logical = PangoRectangle()
        pango_glyph_string_extents(glyphs, pangoFont, nil, &logical)
        ascent = max(ascent, -logical.y)
        descent = max(descent, logical.height + logical.y)
        let g = glyphs.pointee
        let firstGlyph = Int32(glyphIDs.count), firstCluster = Int32(clusters.count)
        var clusterStart = -1, clusterGlyphs: Int32 = 0
        for i in 0..<Int(g.num_glyphs) {
            let info = g.glyphs[i]
            if info.glyph == PANGO_GLYPH_EMPTY || info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { return false }
            glyphIDs.append(info.glyph)
            glyphX.append(pen + info.geometry.x_offset)
            glyphY.append(info.geometry.y_offset)
            pen += info.geometry.width
            let start = Int(g.log_clusters[i])
            if start != clusterStart {
                if clusterStart < 0 {
                    guard start == 0 else { return false }
                } else {
                    guard start > clusterStart else { return false }   // not in logical order
                    clusters.append(cairo_text_cluster_t(num_bytes: Int32(start - clusterStart), num_glyphs: clusterGlyphs))
                }
                clusterStart = start
                clusterGlyphs = 0
            }
            clusterGlyphs += 1
        }
        if clusterStart >= 0 {
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(length - clusterStart), num_glyphs: clusterGlyphs))
        }
        let glyphRange = firstGlyph..<Int32(glyphIDs.count)
        if glyphRange.count == characters && clusters.count - Int(firstCluster) == glyphRange.count {
            // One glyph per character: plain, the clusters are not needed.
            clusters.removeSubrange(Int(firstCluster)...)
            runs.append(GlyphRun(font: font(OpaquePointer(pangoFont)), glyphs: glyphRange, bytes: 0..<0, clusters: 0..<0))
        } else {
            let firstByte = Int32(bytes.count)
            bytes.append(contentsOf: utf8[offset..<offset + length].lazy.map { UInt8(bitPattern: $0) })
            runs.append(GlyphRun(font: font(OpaquePointer(pangoFont)), glyphs: glyphRange,
                                 bytes: firstByte..<Int32(bytes.count), clusters: firstCluster..<Int32(clusters.count)))
        }
        return true
    }

    // MARK: Words of printable ASCII

    /// Pango itemizes every word of printable ASCII (no space) in one style the same way: one item,
    /// in the style's font, in the Latin script when it has a letter and the common script when it
    /// has none. The first such word's analysis is kept and the later ones are shaped with it,
    /// without itemizing — a word with a glyph the font lacks still goes through ``shape(_:style:)``'s
    /// itemizing (its missing glyph refuses the shortcut).
    /// 1 for a word of printable ASCII with a letter, 0 for one without, nil for any other word.
    static func wordClass<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        var letters = false
        for c in bytes {
            guard c > 0x20 && c < 0x7F else { return nil }
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { letters = true }
        }
        return letters ? 1 : 0
    }

    private func template(style: Int, wordClass: Int) -> PangoAnalysis? {
        let key = style * 2 + wordClass
        return key < templates.count ? templates[key] : nil
    }

    /// The number ``SharedWords`` knows style `i` by.
    private func sharedStyle(_ i: Int) -> Int {
        while sharedStyles.count <= i { sharedStyles.append(SharedWords.shared.style(for: styleKeys[sharedStyles.count])) }
        return sharedStyles[i]
    }
    private var sharedStyles: [Int] = []

    /// A word another thread shaped, as a run in this thread's `font`.
    private func append(_ known: SharedWords.Shaped, font pangoFont: UnsafeMutablePointer<PangoFont>?) -> Word? {
        guard let pangoFont else { return nil }
        let first = Int32(glyphIDs.count)
        glyphIDs.append(contentsOf: known.glyphIDs)
        glyphX.append(contentsOf: known.glyphX)
        glyphY.append(contentsOf: known.glyphY)
        runs.append(GlyphRun(font: font(OpaquePointer(pangoFont)), glyphs: first..<Int32(glyphIDs.count), bytes: 0..<0, clusters: 0..<0))
        return Word(advance: known.advance, ascent: known.ascent, descent: known.descent, runs: Int32(runs.count - 1)..<Int32(runs.count))
    }

    private func keepTemplate(_ item: PangoItem, for utf8: [CChar], style: Int) {
        guard let wordClass = Self.wordClass(utf8.dropLast().lazy.map { UInt8(bitPattern: $0) }), item.analysis.extra_attrs == nil,
              let font = item.analysis.font, item.length == Int32(utf8.count - 1) else { return }
        let key = style * 2 + wordClass
        while templates.count <= key { templates.append(nil) }
        guard templates[key] == nil else { return }
        _ = self.font(OpaquePointer(font))   // holds a reference to the font for as long as the shaper lives
        templates[key] = item.analysis
    }
    private var templates: [PangoAnalysis?] = []

    private func shapeAsOneItem(_ utf8: [CChar], length: Int32, analysis: PangoAnalysis) -> Word? {
        let marks = mark()
        var pen: Int32 = 0, ascent: Int32 = 0, descent: Int32 = 0
        guard append(analysis, offset: 0, length: Int(length), characters: Int(length), of: utf8, total: length,
                     pen: &pen, ascent: &ascent, descent: &descent) else { return undo(marks) }
        return Word(advance: pen, ascent: ascent, descent: descent, runs: Int32(marks.runs)..<Int32(runs.count))
    }

    /// One glyph string reused for every word shaped (Pango resizes it as needed).
    private let glyphString: UnsafeMutablePointer<PangoGlyphString> = pango_glyph_string_new()

    /// The attributes that give a word style `i`'s font: its whole description, over the whole text.
    private func attributes(_ i: Int) -> OpaquePointer {
        while attributeLists.count <= i {
            let key = styleKeys[attributeLists.count]
            let list = pango_attr_list_new()!
            pango_attr_list_insert(list, pango_attr_font_desc_new(text.font(family: key.family, size: key.size, bold: key.bold, italic: key.italic)))
            attributeLists.append(list)
        }
        return attributeLists[i]
    }
    private var attributeLists: [OpaquePointer] = []

    private func font(_ pangoFont: OpaquePointer) -> Int32 {
        if let i = fontIndex[pangoFont] { return Int32(i) }
        g_object_ref(UnsafeMutableRawPointer(pangoFont))
        fonts.append(pangoFont)
        fontIndex[pangoFont] = fonts.count - 1
        return Int32(fonts.count - 1)
    }
}
