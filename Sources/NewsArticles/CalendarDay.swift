/// A day of the proleptic Gregorian calendar, without time or time zone.
///
/// Stored as the number of days since 1970-01-01, so comparing and stepping are integer operations.
///
/// ```swift
/// let day = CalendarDay(year: 2023, month: 10, day: 10)!
/// day.iso                 // "2023-10-10"
/// day.adding(days: 2).iso // "2023-10-12"
/// day.weekday             // 2 (Monday = 1 … Sunday = 7)
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A checked day: `nil` when the month or the day does not exist (`2023-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        self.ordinal = CalendarDay.daysFromCivil(year, month, day)
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else or a day that does not exist.
    public init?(iso: some StringProtocol) {
        // The common case, ten ASCII bytes `dddd-dd-dd`, read directly (the same as below).
        if let day = CalendarDay.parseDigits(iso) {
            guard let d = day else { return nil }
            self = d
            return
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (ordinal + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = civil
        if c.year >= 0 && c.year <= 9999 {
            // Ten ASCII bytes written directly.
            return String(unsafeUninitializedCapacity: 10) { b in
                var y = c.year
                for k in stride(from: 3, through: 0, by: -1) { b[k] = UInt8(48 + y % 10); y /= 10 }
                b[4] = 45
                b[5] = UInt8(48 + c.month / 10); b[6] = UInt8(48 + c.month % 10)
                b[7] = 45
                b[8] = UInt8(48 + c.day / 10); b[9] = UInt8(48 + c.day % 10)
                return 10
            }
        }
        return CalendarDay.pad(c.year, 4) + "-" + CalendarDay.pad(c.month, 2) + "-" + CalendarDay.pad(c.day, 2)
    }

    public var description: String { iso }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CalendarDay {
        let c = civil
        let total = c.year * 12 + (c.month - 1) + months
        let y = total / 12, m = total % 12 + 1
        let d = min(c.day, CalendarDay.daysIn(month: m, year: y))
        return CalendarDay(ordinal: CalendarDay.daysFromCivil(y, m, d))
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day of a month; `nil` if the month is out of range.
    public static func firstOf(month: Int, year: Int) -> CalendarDay? { CalendarDay(year: year, month: month, day: 1) }

    /// The last day of a month; `nil` if the month is out of range.
    public static func lastOf(month: Int, year: Int) -> CalendarDay? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))
    }

    // MARK: - Civil calendar arithmetic (H. Hinnant's algorithms)

    private var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `dddd-dd-dd` in ASCII digits: `.some(day or nil)`; anything else `nil` (parse it the general way).
    private static func parseDigits(_ text: some StringProtocol) -> CalendarDay?? {
        let u = text.utf8
        guard u.count == 10 else { return nil }
        var y = 0, m = 0, d = 0
        for (k, b) in u.enumerated() {
            if k == 4 || k == 7 {
                guard b == 45 else { return nil }
                continue
            }
            guard b >= 48, b <= 57 else { return nil }
            let digit = Int(b - 48)
            if k < 4 { y = y * 10 + digit } else if k < 7 { m = m * 10 + digit } else { d = d * 10 + digit }
        }
        return .some(CalendarDay(year: y, month: m, day: d))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension CalendarDay: Codable {
    /// Encoded as an ISO string, `"2023-10-10"`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
