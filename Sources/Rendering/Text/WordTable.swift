/// From a word's UTF-8 bytes and a style number to a number: an open-addressing hash table that
/// keeps its keys' bytes itself, so a lookup hashes and compares the bytes where they lie in the
/// text being set — no string is made for a word already known.
///
/// ```swift
/// var table = WordTable()
/// table.insert(bytes, style: 0, value: 7)
/// table.find(bytes, style: 0)   // 7
/// ```
struct WordTable {
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var style: Int32
        var value: Int32
    }

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry numbers by hash, -1 where empty; a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { entries.count }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, style: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: style)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The value stored for these bytes and style, or nil.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, style: Int) -> Int32? {
        let h = Self.hash(bytes, style: style)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[s]
            if e < 0 { return nil }
            let entry = entries[Int(e)]
            if entry.hash == h, entry.style == Int32(style), Int(entry.length) == bytes.count, equal(entry, bytes) { return entry.value }
            s = (s + 1) & mask
        }
    }

    /// Stores `value` for these bytes and style (not present yet).
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, style: Int, value: Int32) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(bytes, style: style)
        entries.append(Entry(hash: h, start: Int32(keys.count), length: Int32(bytes.count), style: Int32(style), value: value))
        keys.append(contentsOf: bytes)
        place(entries.count - 1)
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    private func equal(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { k in
            let start = Int(entry.start)
            for i in 0..<bytes.count where k[start + i] != bytes[i] { return false }
            return true
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for i in entries.indices { place(i) }
    }
}
