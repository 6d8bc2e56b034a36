/// The rule book's vocabulary (word → id) looked up by a word's UTF-8 bytes with a cheap hash,
/// so the tokenizer numbers each word as it reads it, without building and hashing a `String`.
///
/// Gives exactly what `vocabulary[text] ?? -1` gives: ASCII words are found by their bytes (two
/// ASCII strings are equal when their bytes are); other words, and ASCII words when the
/// vocabulary has non-ASCII entries (which could equal them after normalisation), ask the
/// dictionary.
///
/// ```swift
/// let table = WordTable(["may": 3, "the": 7])
/// table.id("the")      // 7
/// table.id("march")    // -1
/// ```
public struct WordTable: Sendable {
    private let vocabulary: [String: Int32]
    private let asciiOnly: Bool
    /// Open addressing: per slot, the entry's id (-1 empty), and its bytes in ``bytes``.
    private var ids: [Int32] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var bytes: [UInt8] = []
    private var mask = 0

    public init(_ vocabulary: [String: Int32]) {
        self.vocabulary = vocabulary
        var allASCII = true
        var capacity = 16
        while capacity < vocabulary.count * 2 { capacity *= 2 }
        ids = Array(repeating: -1, count: capacity)
        starts = Array(repeating: 0, count: capacity)
        lengths = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        // Sorted, so that the layout does not depend on the dictionary's order.
        for (word, id) in vocabulary.sorted(by: { $0.key < $1.key }) {
            let u = Array(word.utf8)
            guard u.allSatisfy({ $0 < 0x80 }) else { allASCII = false; continue }
            var slot = Self.hash(u) & mask
            while ids[slot] >= 0 { slot = (slot + 1) & mask }
            ids[slot] = id
            starts[slot] = Int32(bytes.count)
            lengths[slot] = Int32(u.count)
            bytes.append(contentsOf: u)
        }
        asciiOnly = allASCII
    }

    @inline(__always)
    static func hash<C: Collection>(_ u: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in u { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 20)
    }

    /// The id of an ASCII word given by its bytes, or -1.
    public func id(ascii word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(word) & mask
        while true {
            let id = ids[slot]
            if id < 0 { break }
            if Int(lengths[slot]) == word.count {
                let start = Int(starts[slot])
                var same = true
                for k in 0..<word.count where bytes[start + k] != word[k] { same = false; break }
                if same { return id }
            }
            slot = (slot + 1) & mask
        }
        return asciiOnly ? -1 : (vocabulary[String(decoding: word, as: UTF8.self)] ?? -1)
    }

    /// The id of `word`, or -1.
    public func id(_ word: String) -> Int32 {
        var word = word
        if let id = word.withUTF8({ u -> Int32? in u.allSatisfy({ $0 < 0x80 }) ? id(ascii: u) : nil }) { return id }
        return vocabulary[word] ?? -1
    }
}
