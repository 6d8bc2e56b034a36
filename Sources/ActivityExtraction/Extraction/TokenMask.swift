/// Which tokens of a sentence belong to a clause or span: an array of flags, so membership is an
/// index instead of a hash.
///
/// ```swift
/// let mask = TokenMask([2, 3, 4], count: 10)
/// mask.contains(3)   // true
/// ```
struct TokenMask {
    private var bits: [Bool]

    init(_ tokens: [Int], count: Int) {
        bits = [Bool](repeating: false, count: count)
        for i in tokens where i >= 0 && i < count { bits[i] = true }
    }

    @inline(__always) func contains(_ i: Int) -> Bool { i >= 0 && i < bits.count && bits[i] }
}
