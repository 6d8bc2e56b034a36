import NewsArticles

/// Maps calendar days onto a horizontal stretch of points: day `d` covers `[x(d), x(d+1))`.
///
/// ```swift
/// let scale = TimeScale(window: first...last, x0: 50, width: 700)
/// scale.center(of: first)   // middle of the first day's cell
/// ```
public struct TimeScale: Sendable, Hashable {
    public var window: ClosedRange<CalendarDay>
    public var x0: Double
    public var width: Double

    public init(window: ClosedRange<CalendarDay>, x0: Double, width: Double) {
        self.window = window; self.x0 = x0; self.width = width
    }

    public var dayCount: Int { window.upperBound.ordinal - window.lowerBound.ordinal + 1 }
    public var pointsPerDay: Double { width / Double(dayCount) }
    public var x1: Double { x0 + width }

    /// Left edge of a day (may lie outside the window's stretch).
    public func x(_ day: CalendarDay) -> Double { x0 + Double(day.ordinal - window.lowerBound.ordinal) * pointsPerDay }
    /// Right edge of a day.
    public func xEnd(_ day: CalendarDay) -> Double { x(day) + pointsPerDay }
    public func center(of day: CalendarDay) -> Double { x(day) + pointsPerDay / 2 }
    public func clamp(_ x: Double) -> Double { min(max(x, x0), x1) }
}
