import Foundation
import NewsArticles
import TimelineModel

/// One candidate tick interval of the axis (a row of `Resources/tick-table.txt`).
public struct TickRule: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable { case day, week, month, year }

    public var unit: Unit
    public var step: Int
    public var minorLabel: String
    public var majorUnit: Unit?
    public var majorStep: Int
    public var majorLabel: String?

    /// The days inside `days` (inclusive) where a tick of this rule falls.
    public func ticks(in days: ClosedRange<CalendarDay>) -> [CalendarDay] {
        var result: [CalendarDay] = []
        switch unit {
        case .day:
            var d = days.lowerBound
            while d <= days.upperBound {
                let inMonth = CalendarDay.daysIn(month: d.month, year: d.year)
                if (d.day - 1) % step == 0 && (d.day == 1 || inMonth - d.day + 1 >= (step + 1) / 2) { result.append(d) }
                d = d.adding(days: 1)
            }
        case .week:
            var d = days.lowerBound.adding(days: (8 - days.lowerBound.weekday) % 7)
            while d <= days.upperBound { result.append(d); d = d.adding(days: 7 * step) }
        case .month:
            var d = CalendarDay.firstOf(month: days.lowerBound.month, year: days.lowerBound.year)!
            if d < days.lowerBound { d = d.adding(months: 1) }
            while d <= days.upperBound {
                if (d.month - 1) % step == 0 { result.append(d) }
                d = d.adding(months: 1)
            }
        case .year:
            var year = days.lowerBound.year
            if CalendarDay(year: year, month: 1, day: 1)! < days.lowerBound { year += 1 }
            while let d = CalendarDay(year: year, month: 1, day: 1), d <= days.upperBound {
                if year % step == 0 { result.append(d) }
                year += 1
            }
        }
        return result
    }

    /// The major period a day falls in (months or years counted from year 0), or nil without majors.
    public func majorPeriod(of day: CalendarDay) -> Int? {
        guard let majorUnit, majorStep > 0 else { return nil }
        switch majorUnit {
        case .day: return day.ordinal / majorStep
        case .week: return (day.ordinal + 3) / 7 / majorStep
        case .month: return (day.year * 12 + day.month - 1) / majorStep
        case .year: return day.year / majorStep
        }
    }

    /// Whether a tick day is also a major boundary.
    public func isMajor(_ day: CalendarDay) -> Bool {
        guard let majorUnit, majorStep > 0 else { return false }
        switch majorUnit {
        case .day: return true
        case .week: return day.weekday == 1
        case .month: return day.day == 1 && (day.month - 1) % majorStep == 0
        case .year: return day.day == 1 && day.month == 1 && day.year % majorStep == 0
        }
    }

    /// Formats `day` with a label pattern of the table (`d`, `MMM`, `MMMM`, `yyyy`).
    public static func format(_ day: CalendarDay, _ pattern: String) -> String {
        var out = ""
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.hasPrefix("yyyy") { out += String(day.year); rest = rest.dropFirst(4) }
            else if rest.hasPrefix("MMMM") { out += DateText.monthName(day.month); rest = rest.dropFirst(4) }
            else if rest.hasPrefix("MMM") { out += DateText.shortMonthName(day.month); rest = rest.dropFirst(3) }
            else if rest.hasPrefix("d") { out += String(day.day); rest = rest.dropFirst() }
            else { out.append(rest.removeFirst()) }
        }
        return out
    }
}

/// The table of candidate tick intervals, read from `Resources/tick-table.txt`.
///
/// ```swift
/// let rule = TickTable.standard.rules[0]   // every day, day numbers, month names as major labels
/// ```
public struct TickTable: Sendable, Hashable {
    public var rules: [TickRule]

    public init(rules: [TickRule]) { self.rules = rules }

    /// The bundled table.
    public static let standard: TickTable = {
        guard let url = Bundle.module.url(forResource: "tick-table", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "tick-table", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("TimelineLayout resources are missing tick-table.txt")
        }
        do { return try TickTable.parse(text) } catch { fatalError("tick-table.txt: \(error)") }
    }()

    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "tick-table.txt:\(line): \(message)" }
    }

    /// Parses the whitespace-separated table; `#` starts a comment.
    public static func parse(_ text: String) throws -> TickTable {
        var rules: [TickRule] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count >= 6, let unit = TickRule.Unit(rawValue: fields[0]), let step = Int(fields[1]), step > 0,
                  let majorStep = Int(fields[4]) else {
                throw ParseError(line: number + 1, message: "expected: unit step minor major major-step major-label")
            }
            let majorUnit = fields[3] == "-" ? nil : TickRule.Unit(rawValue: fields[3])
            if fields[3] != "-" && majorUnit == nil { throw ParseError(line: number + 1, message: "unknown major unit '\(fields[3])'") }
            let majorLabel = fields[5...].joined(separator: " ")
            rules.append(TickRule(unit: unit, step: step, minorLabel: fields[2], majorUnit: majorUnit, majorStep: majorStep,
                                  majorLabel: majorLabel == "-" ? nil : majorLabel))
        }
        guard !rules.isEmpty else { throw ParseError(line: 1, message: "no rules") }
        return TickTable(rules: rules)
    }
}
