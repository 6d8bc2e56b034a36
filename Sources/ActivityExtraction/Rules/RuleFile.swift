import Foundation
import Yams

/// An error in one of the rule files, naming the file and what is wrong.
public struct RuleFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

/// Reads the YAML rule files bundled in `Resources/` (or given by path) into plain values.
enum RuleFile {
    /// The parsed top-level mapping of a bundled resource file such as `kinds.yml`.
    static func bundled(_ name: String) throws -> [String: Any] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: nil) else {
            throw RuleFileError(file: name, message: "missing from the ActivityExtraction bundle")
        }
        return try load(path: url.path)
    }

    static func load(path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, message: "cannot read")
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws -> [String: Any] {
        do {
            guard let map = try Yams.load(yaml: text, plainScalars) as? [String: Any] else {
                throw RuleFileError(file: file, message: "expected a mapping at the top level")
            }
            return map
        } catch let e as RuleFileError {
            throw e
        } catch {
            throw RuleFileError(file: file, message: "not valid YAML: \(error)")
        }
    }

    /// Rule files hold text, flags and small numbers: resolving only those kinds of plain scalar
    /// (not floats or timestamps, whose regular expressions took two fifths of loading the rules) is all they need.
    private static let plainScalars = Resolver.basic.appending(.bool).appending(.int).appending(.null)

    static func strings(_ value: Any?, key: String, file: String) throws -> [String] {
        guard let value else { return [] }
        if let s = value as? String { return [s] }
        if let list = value as? [Any] {
            return try list.map {
                if let s = $0 as? String { return s }
                if let b = $0 as? Bool { return b ? "true" : "false" }
                if let n = $0 as? Int { return String(n) }
                throw RuleFileError(file: file, message: "\(key): expected text, got \($0)")
            }
        }
        throw RuleFileError(file: file, message: "\(key): expected a list of text")
    }
}
