import NewsArticles

/// A tick of a time axis with its concise labels.
public struct AxisTick: Sendable, Hashable {
    public var day: CalendarDay
    public var x: Double
    public var minor: String
    /// Set on major ticks (and the axis's first label): the part of the date the minor labels leave out.
    public var major: String?
    public var isMajor: Bool
}

/// The ticks of one axis, chosen from the tick table so that the minor labels fit side by side.
///
/// ```swift
/// let axis = Axis.choose(for: scale, table: .standard, measurer: measurer, style: tickStyle, spacing: 6)
/// axis.ticks.map(\.minor)   // ["Jan", "Feb", …]
/// ```
public struct Axis: Sendable, Hashable {
    public var rule: TickRule
    public var ticks: [AxisTick]
    /// Where the first major label sits when the window does not start on a major tick.
    public var leadingMajor: String?

    /// Ticks closer than this look like a comb, whatever their labels.
    public static let minimumDistance = 28.0

    public static func choose(for scale: TimeScale, table: TickTable, measurer: any TextMeasuring,
                              style: TextStyle, spacing: Double) -> Axis {
        var fallback: Axis?
        for rule in table.rules {
            let days = rule.ticks(in: scale.window)
            // Cheap bound first: even narrow labels need some room.
            if Double(days.count) * (style.size * 1.2 + spacing) > scale.width * 1.05 { continue }
            // A tick is major when it is the first one in a new major period (a new month for day
            // and week ticks, a new year for month ticks), so weeks starting mid-month still get one.
            // The axis start carries the first major label, so a tick repeats it only in a new period.
            var previous = rule.majorPeriod(of: scale.window.lowerBound)
            let ticks = days.map { day -> AxisTick in
                let period = rule.majorPeriod(of: day)
                let major = period != nil && period != previous
                previous = period
                return AxisTick(day: day, x: scale.x(day), minor: TickRule.format(day, rule.minorLabel),
                                major: major ? rule.majorLabel.map { TickRule.format(day, $0) } : nil, isMajor: major)
            }
            var fits = true
            for (i, tick) in ticks.enumerated() where i + 1 < ticks.count {
                let w = measurer.measure(tick.minor, style: style, wrapWidth: nil).width
                if ticks[i + 1].x - tick.x < max(w + spacing + 2, minimumDistance) { fits = false; break }
            }
            let leading = rule.majorLabel.map { TickRule.format(scale.window.lowerBound, $0) }
            let axis = Axis(rule: rule, ticks: ticks, leadingMajor: leading)
            if fits && !ticks.isEmpty { return axis }
            if fits && fallback == nil { fallback = axis }
        }
        if let fallback { return fallback }
        let last = table.rules[table.rules.count - 1]
        return Axis(rule: last, ticks: [], leadingMajor: String(scale.window.lowerBound.year))
    }
}
