extension String {
    // Whether the string is one of the words given: `s.t[k].norm.isOne(of: "later", "earlier")`.
    // Fixed arities instead of `["later", "earlier"].contains(…)`: an array literal there is built
    // and freed on every call, and these checks run for every token of every sentence.
    @inline(__always) func isOne(of a: String, _ b: String) -> Bool { self == a || self == b }
    @inline(__always) func isOne(of a: String, _ b: String, _ c: String) -> Bool { self == a || self == b || self == c }
    @inline(__always) func isOne(of a: String, _ b: String, _ c: String, _ d: String) -> Bool {
        self == a || self == b || self == c || self == d
    }
    @inline(__always) func isOne(of a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> Bool {
        self == a || self == b || self == c || self == d || self == e
    }
    @inline(__always) func isOne(of a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String) -> Bool {
        self == a || self == b || self == c || self == d || self == e || self == f
    }
    /// Longer lists (rarer checks) take an array.
    func isOne(of words: String...) -> Bool { words.contains(self) }
}
