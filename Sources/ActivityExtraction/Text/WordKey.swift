/// A 64-bit fingerprint of a folded word, computed once per token, so word sets and phrase sets
/// compare integers instead of hashing and comparing strings.
///
/// Two different words get the same key with probability about 2⁻⁶⁴ per pair: for the few thousand
/// words of the rules against any text, far below any other source of error.
///
/// ```swift
/// WordKey.of("visited") == WordTokenizer.tokens(of: Array("Visited".unicodeScalars))[0].key   // true
/// ```
public enum WordKey {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of a word already folded like ``WordToken/norm``; never 0 (0 marks an empty slot).
    @inline(__always) public static func of(_ word: String) -> UInt64 {
        var h = offset
        for b in word.utf8 { h = step(h, b) }
        return finish(h)
    }

    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    /// FNV-1a, then a final mix so the low bits (the table index) depend on every byte.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x == 0 ? 1 : x
    }
}

/// An open-addressing table from word keys to small integers, for lookups with no hashing beyond
/// the key itself.
///
/// ```swift
/// var table = KeyTable()
/// table.insert(WordKey.of("met"), 3)
/// table[WordKey.of("met")]   // 3
/// ```
public struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    public private(set) var count = 0

    public init() {
        keys = [UInt64](repeating: 0, count: 8)
        values = [Int32](repeating: -1, count: 8)
        mask = 7
    }

    /// The value stored for `key`, or nil.
    @inline(__always) public subscript(key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k -> Int32? in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let here = k[i]
                if here == key { return values[i] }
                if here == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Stores `value` for `key`, replacing an earlier one.
    public mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Int32](repeating: -1, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (k, v) in old { insert(k, v) }
    }
}
