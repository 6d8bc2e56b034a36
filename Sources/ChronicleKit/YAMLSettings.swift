import Foundation
import Yams

/// Reading YAML settings strictly: every key known, every value the right type, and errors that
/// name the file, the line and the key path (`theme.colors.meeting`).
///
/// ```swift
/// let root = try YAMLSettings.load(text, file: "report.yml")
/// let map = try YAMLSettings.mapping(root, key: "", file: "report.yml", allowed: ["title", "articles"])
/// ```
enum YAMLSettings {
    static func load(_ text: String, file: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return Node.mapping(Node.Mapping([]))
            }
            return node
        } catch let error as YamlError {
            throw Diagnostic(.error, file: file, line: line(of: error), "not valid YAML: \(summary(of: error))")
        }
    }

    /// The pairs of a mapping node; unknown keys are errors.
    static func mapping(_ node: Node, key: String, file: String, allowed: Set<String>) throws -> [(String, Node)] {
        guard case .mapping(let map) = node else {
            throw Diagnostic(.error, file: file, line: node.mark?.line, key: key.isEmpty ? nil : key,
                             "expected a mapping of keys to values")
        }
        var pairs: [(String, Node)] = []
        for (k, v) in map {
            let name = k.string ?? "\(k)"
            let path = key.isEmpty ? name : key + "." + name
            guard allowed.contains(name) else {
                throw Diagnostic(.error, file: file, line: k.mark?.line, key: path,
                                 "unknown key (known: \(allowed.sorted().joined(separator: ", ")))")
            }
            pairs.append((name, v))
        }
        return pairs
    }

    static func string(_ node: Node, key: String, file: String) throws -> String {
        guard case .scalar(let s) = node else {
            throw Diagnostic(.error, file: file, line: node.mark?.line, key: key, "expected text")
        }
        return s.string
    }

    static func bool(_ node: Node, key: String, file: String) throws -> Bool {
        guard let b = node.bool else {
            throw Diagnostic(.error, file: file, line: node.mark?.line, key: key, "expected true or false")
        }
        return b
    }

    static func strings(_ node: Node, key: String, file: String) throws -> [String] {
        switch node {
        case .scalar: return [try string(node, key: key, file: file)]
        case .sequence(let seq): return try seq.map { try string($0, key: key, file: file) }
        default: throw Diagnostic(.error, file: file, line: node.mark?.line, key: key, "expected a list of text")
        }
    }

    /// Overlays `override` on `base`: mappings merge key by key, anything else replaces. A key the
    /// base does not have is an error, so a misspelt setting never passes silently.
    static func overlay(_ override: Node, on base: Node, key: String, file: String) throws -> Node {
        guard case .mapping(let baseMap) = base else { return override }
        guard case .mapping(let overMap) = override else {
            throw Diagnostic(.error, file: file, line: override.mark?.line, key: key.isEmpty ? nil : key,
                             "expected a mapping of keys to values")
        }
        var result = baseMap
        for (k, v) in overMap {
            let name = k.string ?? "\(k)"
            let path = key.isEmpty ? name : key + "." + name
            guard let existing = baseMap[k] else {
                let known = baseMap.keys.compactMap(\.string).sorted().joined(separator: ", ")
                throw Diagnostic(.error, file: file, line: k.mark?.line, key: path, "unknown key (known: \(known))")
            }
            result[k] = try overlay(v, on: existing, key: path, file: file)
        }
        return .mapping(result)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
