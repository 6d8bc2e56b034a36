/// How precisely an activity's date is known.
///
/// `before` is the honest answer for an activity the text gives no date for: it happened on or
/// before the publication date (`start` is `nil`, `end` is the publication date).
///
/// ```swift
/// DatePrecision(rawValue: "range")   // .range
/// DatePrecision.onOrBefore.rawValue  // "before"
/// ```
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Hashable {
    case day, range, week, month, year
    case onOrBefore = "before"
}
