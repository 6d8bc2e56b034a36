import Foundation
import TimelineModel

/// Places an activity can happen in, from `Resources/gazetteer.yml`: Azerbaijani cities and regions,
/// world cities, and countries (which rank below cities).
///
/// A place may have several accepted spellings ("Sumgait / Sumgayit"): each is reported as the
/// article writes it, and ``unifySpellings(_:)`` then gives all of a run's activities in that
/// place the spelling most of them use, so that one event told in two spellings still merges.
///
/// ```swift
/// let places = try Gazetteer.bundled()
/// places.match(in: tokens, at: i)   // (end: i + 1, place: Place(name: "Shaki", …)) for "Sheki"
/// ```
public struct Gazetteer: Sendable {
    public struct Place: Sendable, Hashable {
        /// The name to report: the canonical name, or the accepted spelling the text uses.
        public var name: String
        /// The canonical name, the same for every spelling of the place.
        public var key: String
        public var isCountry: Bool
    }

    private var phrases = PhraseSet<Place>()
    /// Lower-cased accepted spelling → canonical name, for places with more than one.
    private var spellings: [String: String] = [:]

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
                    g.add(spellings: name, isCountry: isCountry)
                } else if let variants = entry as? [String: Any], variants.count == 1, let name = variants.keys.first {
                    let key = g.add(spellings: name, isCountry: isCountry)
                    for v in try RuleFile.strings(variants[name], key: "\(section).\(name)", file: file) {
                        g.add(v, place: Place(name: key, key: key, isCountry: isCountry))
                    }
                } else {
                    throw RuleFileError(file: file, message: "\(section): expected 'Name' or 'Name: [variants]', got \(entry)")
                }
            }
        }
        return g
    }

    /// Adds "Name" or "Name / Other spelling / …" (each reported as written) and returns the
    /// canonical name, the first.
    @discardableResult
    mutating func add(spellings entry: String, isCountry: Bool) -> String {
        let names = entry.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let key = names.first ?? entry
        for name in names {
            add(name, place: Place(name: name, key: key, isCountry: isCountry))
            if names.count > 1 { spellings[name.lowercased()] = key }
        }
        return key
    }

    mutating func add(_ phrase: String, place: Place) {
        phrases.insert(phrase, value: place)
    }

    /// `activities` with each place that has several accepted spellings written the way most of
    /// them write it (the first seen on a tie), so that reports and merging see one place.
    ///
    /// ```swift
    /// places.unifySpellings(acts)   // two "Sumgayit", one "Sumgait" → three "Sumgayit"
    /// ```
    public func unifySpellings(_ activities: [Activity]) -> [Activity] {
        guard !spellings.isEmpty else { return activities }
        var counts: [String: [(spelling: String, count: Int)]] = [:]
        var found = false
        for a in activities {
            guard let place = a.location, let key = spellings[place.lowercased()] else { continue }
            found = true
            if let i = counts[key]?.firstIndex(where: { $0.spelling == place }) {
                counts[key]![i].count += 1
            } else {
                counts[key, default: []].append((place, 1))
            }
        }
        guard found else { return activities }
        var chosen: [String: String] = [:]
        for (key, list) in counts {
            var best = list[0]
            for entry in list.dropFirst() where entry.count > best.count { best = entry }
            chosen[key] = best.spelling
        }
        return activities.map { a in
            guard let place = a.location, let key = spellings[place.lowercased()], let spelling = chosen[key],
                  spelling != place else { return a }
            var copy = a
            copy.location = spelling
            return copy
        }
    }

    /// The place named at `index`, if any; the match must start with a capital letter.
    public func match(in tokens: [WordToken], at index: Int) -> (end: Int, place: Place)? {
        guard index < tokens.count, tokens[index].isCapitalized, let m = phrases.longestMatch(in: tokens, at: index) else { return nil }
        return (m.end, m.value)
    }
}
