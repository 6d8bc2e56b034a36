/// Places an activity can happen in, from `Resources/gazetteer.yml`: Azerbaijani cities and regions,
/// world cities, and countries (which rank below cities).
///
/// ```swift
/// let places = try Gazetteer.bundled()
/// places.match(in: tokens, at: i)   // (end: i + 1, place: Place(name: "Shaki", isCountry: false)) for "Sheki"
/// ```
public struct Gazetteer: Sendable {
    public struct Place: Sendable, Hashable {
        public var name: String
        public var isCountry: Bool
    }

    private var phrases = PhraseSet<Place>()

    public init() {}

    public static func bundled() throws -> Gazetteer { try parse(try RuleFile.bundled("gazetteer.yml"), file: "gazetteer.yml") }

    static func parse(_ map: [String: Any], file: String) throws -> Gazetteer {
        var g = Gazetteer()
        for section in map.keys.sorted() {
            guard let entries = map[section] as? [Any] else {
                throw RuleFileError(file: file, message: "\(section): expected a list of places")
            }
            let isCountry = section == "countries"
            for entry in entries {
                if let name = entry as? String {
                    g.add(name, canonical: name, isCountry: isCountry)
                } else if let variants = entry as? [String: Any], variants.count == 1, let name = variants.keys.first {
                    g.add(name, canonical: name, isCountry: isCountry)
                    for v in try RuleFile.strings(variants[name], key: "\(section).\(name)", file: file) {
                        g.add(v, canonical: name, isCountry: isCountry)
                    }
                } else {
                    throw RuleFileError(file: file, message: "\(section): expected 'Name' or 'Name: [variants]', got \(entry)")
                }
            }
        }
        return g
    }

    mutating func add(_ phrase: String, canonical: String, isCountry: Bool) {
        phrases.insert(phrase, value: Place(name: canonical, isCountry: isCountry))
    }

    /// The place named at `index`, if any; the match must start with a capital letter.
    public func match(in tokens: [WordToken], at index: Int) -> (end: Int, place: Place)? {
        guard index < tokens.count, tokens[index].isCapitalized, let m = phrases.longestMatch(in: tokens, at: index) else { return nil }
        return (m.end, m.value)
    }
}
