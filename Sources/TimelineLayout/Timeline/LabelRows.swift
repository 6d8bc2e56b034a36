/// Greedy placement of labels into rows below their marks, with vertical leader lines.
///
/// Labels are offered from right to left. Each label starts just right of its mark's leader line
/// (or ends just left of it near the right edge) and goes into the first row where its box is free
/// and the leader can reach it without crossing a label of an upper row. Every row remembers the
/// leftmost point already taken, so one placement costs O(rows) and a lane O(n · rows).
///
/// ```swift
/// var rows = LabelRows(count: 6, left: 50, right: 800, gap: 4)
/// let row = rows.place(leaderX: 120, width: 80)   // (row: 0, x: 122) or nil when nothing fits
/// ```
public struct LabelRows: Sendable {
    /// The leftmost taken x of each row (labels and leader lines); starts at the right edge.
    private var taken: [Double]
    /// When a row's leftmost box sits left of its own leader, that leader's x: other marks at the
    /// same x may still pass (their leader shares the line).
    private var sharedLeader: [Double?]
    public let left: Double
    public let right: Double
    public let gap: Double
    public private(set) var usedRows = 0

    public init(count: Int, left: Double, right: Double, gap: Double) {
        taken = Array(repeating: right, count: max(0, count))
        sharedLeader = Array(repeating: nil, count: max(0, count))
        self.left = left; self.right = right; self.gap = gap
    }

    /// Offsets between a leader line and its label.
    public static let leaderGap = 2.0

    /// Places a label of `width` for a mark whose leader runs at `leaderX`; marks must be offered
    /// in order of decreasing `leaderX`. Returns the row and the label's left edge.
    /// A label left of its leader goes no higher than row `leftFromRow` (so a neighbour whose leader
    /// it spans keeps the rows above).
    public mutating func place(leaderX: Double, width: Double, allowLeft: Bool = true, leftFromRow: Int = 0) -> (row: Int, x: Double)? {
        // First choice: right of the leader, in the first row that is free there.
        let rightX = leaderX + Self.leaderGap
        var reachable = 0
        for r in taken.indices {
            reachable = r + 1
            if rightX + width + (taken[r] < right ? gap : 0) <= taken[r] {
                commit(row: r, boxX: rightX, leaderX: leaderX)
                return (r, rightX)
            }
            if !(leaderX <= taken[r] || leaderX == sharedLeader[r]) { break }
        }
        // Near the right edge: left of the leader, in the deepest row in use (or the next one), so upper rows
        // stay open for the leaders of marks further left.
        let leftX = leaderX - Self.leaderGap - width
        guard allowLeft, leftX >= left else { return nil }
        let lowest = min(reachable, max(usedRows, leftFromRow) + 1)
        guard leftFromRow < lowest else { return nil }
        for r in (leftFromRow..<lowest).reversed() where leaderX - Self.leaderGap + (taken[r] < right ? gap : 0) <= taken[r] {
            commit(row: r, boxX: leftX, leaderX: leaderX)
            return (r, leftX)
        }
        return nil
    }

    /// The widest room right of a leader at `leaderX` in a row its leader can reach: the row and the
    /// width a label may have there (nil when no row has room for anything).
    public func widestRoom(leaderX: Double) -> (row: Int, width: Double)? {
        let rightX = leaderX + Self.leaderGap
        var best: (row: Int, width: Double)?
        for r in taken.indices {
            let room = taken[r] - (taken[r] < right ? gap : 0) - rightX
            if room > (best?.width ?? 0) { best = (r, room) }
            if !(leaderX <= taken[r] || leaderX == sharedLeader[r]) { break }
        }
        return best
    }

    private mutating func commit(row: Int, boxX: Double, leaderX: Double) {
        if boxX < taken[row] { sharedLeader[row] = boxX < leaderX ? leaderX : nil }
        taken[row] = min(taken[row], boxX)
        // Leaders at the same x share one line, so the row stays open at exactly leaderX.
        for k in 0..<row where leaderX < taken[k] { taken[k] = leaderX; sharedLeader[k] = nil }
        usedRows = max(usedRows, row + 1)
    }
}
