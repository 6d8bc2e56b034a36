import CCairo
import TimelineLayout

/// Collects the glyphs of consecutive text runs by font and colour, and shows each collection
/// with one cairo call: a chronology page's text becomes a handful of PDF text operations instead
/// of one per line, and cairo's cost per operation is paid a handful of times.
///
/// Plain glyphs (one per character) go without their text — the PDF finds each glyph's character
/// in the font, as for any glyph cairo shows; glyphs of ligatures (ﬁ) go with their text and
/// clusters (`cairo_show_text_glyphs`), so `pdftotext` gives the words back either way. Runs are
/// batched only while nothing else is drawn over them: the drawer flushes before a shape that
/// may touch the text collected, so what is drawn over what stays as the page says.
///
/// ```swift
/// batch.add(set, shaper: shaper, color: .black, x: 72, y: 100, width: 300, alignment: .left)
/// batch.flush(cr, shaper: shaper)
/// ```
final class GlyphBatch {
    private struct Key: Hashable { var font: Int32; var color: RGBA; var clustered: Bool }
    private struct Buffer {
        var key: Key
        var glyphs: [cairo_glyph_t] = []
        var utf8: [CChar] = []
        var clusters: [cairo_text_cluster_t] = []
    }

    private var buffers: [Buffer] = []
    private var slots: [Key: Int] = [:]

    var isEmpty: Bool { buffers.isEmpty }

    /// Adds `set`, its box's top left at (`x`, `y`), each line aligned within `width`.
    func add(_ set: SetText, shaper: WordShaper, color: RGBA, x: Double, y: Double, width: Double, alignment: TextStyle.Alignment) {
        let scale = 1.0 / 1024
        // The shaper's arrays read once (no access checks per glyph), the buffers filled as a local.
        let words = shaper.words, runs = shaper.runs, ids = shaper.glyphIDs, gx = shaper.glyphX, gy = shaper.glyphY
        var buffers = self.buffers
        self.buffers = []
        defer { self.buffers = buffers }
        var top = 0
        for line in set.lines {
            let baseline = y + Double(top + line.ascent) * scale
            top += line.ascent + line.descent
            let free = width - Double(line.width) * scale
            let left = x + (alignment == .left ? 0 : (alignment == .center ? free / 2 : free))
            for p in set.placed[line.placed] {
                let origin = left + Double(p.x) * scale
                for run in runs[words[Int(p.word)].runs.range] {
                    let slot = self.slot(Key(font: run.font, color: color, clustered: !run.isPlain), in: &buffers)
                    if !run.isPlain {
                        for b in shaper.bytes[run.bytes.range] { buffers[slot].utf8.append(CChar(bitPattern: b)) }
                        buffers[slot].clusters.append(contentsOf: shaper.clusters[run.clusters.range])
                    }
                    for g in run.glyphs.range {
                        buffers[slot].glyphs.append(cairo_glyph_t(index: UInt(ids[g]), x: origin + Double(gx[g]) * scale,
                                                                  y: baseline + Double(gy[g]) * scale))
                    }
                }
            }
        }
    }

    /// Shows what was collected, in the order the fonts and colours first came, and empties the batch.
    func flush(_ cr: OpaquePointer, shaper: WordShaper) {
        for b in buffers where !b.glyphs.isEmpty {
            cairo_set_scaled_font(cr, shaper.scaledFont(Int(b.key.font)))
            cairo_set_source_rgba(cr, b.key.color.r, b.key.color.g, b.key.color.b, b.key.color.a)
            if b.key.clustered {
                cairo_show_text_glyphs(cr, b.utf8, Int32(b.utf8.count), b.glyphs, Int32(b.glyphs.count),
                                       b.clusters, Int32(b.clusters.count), cairo_text_cluster_flags_t(0))
            } else {
                cairo_show_glyphs(cr, b.glyphs, Int32(b.glyphs.count))
            }
        }
        buffers.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        lastSlot = nil
    }

    private func slot(_ key: Key, in buffers: inout [Buffer]) -> Int {
        // Runs come in long stretches of one font and colour: the last slot is usually the one.
        if let last = lastSlot, last.key == key { return last.slot }
        let s: Int
        if let known = slots[key] { s = known } else {
            buffers.append(Buffer(key: key))
            s = buffers.count - 1
            slots[key] = s
        }
        lastSlot = (key, s)
        return s
    }
    private var lastSlot: (key: Key, slot: Int)?
}

extension Range where Bound == Int32 {
    /// The same range as array indexes.
    var range: Range<Int> { Int(lowerBound)..<Int(upperBound) }
}
