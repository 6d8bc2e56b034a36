/// The kinds of activity Chronicle tells apart. Their signal words live in ActivityExtraction's
/// resource files; this list is the closed vocabulary the model and the theme share.
///
/// ```swift
/// ActivityKind(rawValue: "monitoring")  // .monitoring
/// ActivityKind.reception.label           // "Reception"
/// ```
public enum ActivityKind: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case conference, visit, meeting, training, monitoring, speech, reception, report, statement, other

    /// The kind as a capitalised word for headings and legends.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public static func < (a: ActivityKind, b: ActivityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Whether an activity took place or is only announced.
public enum ActivityStatus: String, Codable, Sendable, Hashable {
    case done, planned
}
