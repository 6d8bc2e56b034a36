import TimelineModel

/// How ``ReportLayout/document(for:info:entries:)`` lays out the chronology's entries.
public enum ChronologyEntryLayout {
    /// Every entry's items are made and placed at once.
    case inline
    /// Only the entries' heights are used (``ReportLayout/chronologyEntryHeights(for:)``, asked for
    /// when the chronology is reached, so they can be measured meanwhile on another thread): the
    /// pages hold ``DeferredBlock``s and the document's ``LaidOutDocument/completion`` makes the
    /// items page by page while the document is written — a long report never holds them all.
    case deferred(heights: () -> [Double])
}

/// The chronology's numbered entries and what their blocks need; makes an entry's block on demand
/// and completes pages holding deferred entries. The block is the same whenever it is made, so a
/// deferred page draws exactly like one laid out at once.
///
/// ```swift
/// let chronology = layout.chronologyEntries(timeline)
/// let first = chronology.height(of: 0, measurer: measurer)
/// let page = chronology.complete(document.pages[7], measurer: PangoTextMeasurer())
/// ```
public struct ChronologyEntries: PageCompleting {
    let theme: Theme
    let entries: [NumberedActivity]
    let sources: [String: Int]
    let width: Double
    let numberWidth: Double

    /// How many entries there are.
    public var count: Int { entries.count }

    /// The height of entry `index`'s block (0-based), measured by `measurer`.
    public func height(of index: Int, measurer: any TextMeasuring) -> Double {
        block(index, layout: ReportLayout(theme: theme, measurer: measurer)).height
    }

    /// The block of entry `index` (0-based), measured by `layout`'s measurer.
    func block(_ index: Int, layout: ReportLayout) -> FigureBlock {
        layout.entryBlock(entries[index], sources: sources, width: width, numberWidth: numberWidth)
    }

    public func complete(_ page: LaidOutPage, measurer: any TextMeasuring) -> LaidOutPage {
        guard !page.deferred.isEmpty else { return page }
        let layout = ReportLayout(theme: theme, measurer: measurer)
        var done = page
        done.deferred = []
        // From the last slot back, so the earlier slots' item indices stay valid.
        for slot in page.deferred.sorted(by: { ($0.itemIndex, $0.entry) > ($1.itemIndex, $1.entry) }) where entries.indices.contains(slot.entry) {
            done.items.insert(contentsOf: block(slot.entry, layout: layout).placed(atY: slot.y, x: slot.x), at: min(slot.itemIndex, done.items.count))
        }
        return done
    }
}
