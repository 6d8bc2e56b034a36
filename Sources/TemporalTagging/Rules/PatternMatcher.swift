/// What one class element of a pattern captured.
public struct Capture: Sendable, Hashable {
    public var wordClass: String
    /// Lexicon value, or the number as text for built-in numeric classes.
    public var value: String
    public var number: Int?
    /// Token index where the capture starts.
    public var token: Int
    /// The lexicon marks the word as temporal only in context (`may`).
    public var ambiguous: Bool
}

/// A rule matched at a place in the token list.
public struct RuleMatch: Sendable {
    public var rule: Int
    /// Token range, end exclusive.
    public var first: Int
    public var end: Int
    public var captures: [Capture]

    /// The `n`-th capture (1-based) of a class, written `CLASS` or `CLASS#2` in rule arguments.
    public func capture(_ name: String) -> Capture? {
        var wanted = name, ordinal = 1
        if let hash = name.firstIndex(of: "#"), let n = Int(name[name.index(after: hash)...]) {
            wanted = String(name[..<hash]); ordinal = n
        }
        var seen = 0
        for c in captures where c.wordClass == wanted {
            seen += 1
            if seen == ordinal { return c }
        }
        return nil
    }
}

/// Matches token patterns against a token list. Patterns are short sequences; the only choice
/// points are optional elements and alternatives, so the work per start position is bounded
/// by the rule book, never by the text.
struct PatternMatcher {
    let lexicon: Lexicon
    let tokens: [Token]

    /// The longest way `pattern` matches from token `start`, if any.
    func match(_ pattern: [PatternElement], at start: Int) -> (end: Int, captures: [Capture])? {
        var best: (end: Int, captures: [Capture])?
        var captures: [Capture] = []
        walk(pattern, 0, start, &captures, &best)
        return best
    }

    private func walk(_ pattern: [PatternElement], _ p: Int, _ t: Int, _ captures: inout [Capture],
                      _ best: inout (end: Int, captures: [Capture])?) {
        if p == pattern.count {
            if best == nil || t > best!.end { best = (t, captures) }
            return
        }
        let element = pattern[p]
        if case .optional(let inner) = element {
            for option in options(inner, at: t) {
                let mark = captures.count
                if let c = option.capture { captures.append(c) }
                walk(pattern, p + 1, option.end, &captures, &best)
                captures.removeSubrange(mark...)
            }
            walk(pattern, p + 1, t, &captures, &best)
            return
        }
        for option in options(element, at: t) {
            let mark = captures.count
            if let c = option.capture { captures.append(c) }
            walk(pattern, p + 1, option.end, &captures, &best)
            captures.removeSubrange(mark...)
        }
    }

    /// Every way one element matches at token `t` (usually zero or one).
    private func options(_ element: PatternElement, at t: Int) -> [(end: Int, capture: Capture?)] {
        guard t < tokens.count else { return [] }
        switch element {
        case .literal(let word):
            return tokens[t].text == word ? [(t + 1, nil)] : []
        case .wordClass(let name):
            if let m = matchClass(name, at: t) { return [m] }
            return []
        case .any(let list):
            var out: [(end: Int, capture: Capture?)] = []
            for e in list { out.append(contentsOf: options(e, at: t)) }
            return out
        case .optional(let inner):
            return options(inner, at: t)
        }
    }

    private func adjacent(_ t: Int) -> Bool { t < tokens.count && !tokens[t].spaceBefore }

    /// Consumes an ordinal suffix (`10th`) right after a number.
    private func ordinalSuffix(_ t: Int) -> Int {
        if adjacent(t), ["st", "nd", "rd", "th"].contains(tokens[t].text) { return t + 1 }
        return t
    }

    func matchClass(_ name: String, at t: Int) -> (end: Int, capture: Capture?)? {
        let token = tokens[t]
        func cap(_ value: String, _ number: Int?, ambiguous: Bool = false) -> Capture {
            Capture(wordClass: name, value: value, number: number, token: t, ambiguous: ambiguous)
        }
        switch name {
        case "NUM":
            if token.kind == .number, let n = token.number {
                // 1,500 and 2.5 are numbers too.
                var end = t + 1
                var value = Double(n)
                if end + 1 < tokens.count, adjacent(end), tokens[end].text == ".", adjacent(end + 1),
                   tokens[end + 1].kind == .number, let frac = tokens[end + 1].number, tokens[end + 1].length <= 3 {
                    value += Double(frac) / pow10(tokens[end + 1].length)
                    end += 2
                    let text = value == value.rounded() ? String(Int(value)) : String(value)
                    return (end, cap(text, nil))
                }
                return (end, cap(String(n), n))
            }
            return numberWords(at: t).map { (end: $0.end, capture: cap(String($0.value), $0.value)) }
        case "DIGITS":
            return token.kind == .number && token.number != nil ? (t + 1, cap(token.text, token.number)) : nil
        case "DAY":
            guard token.kind == .number, token.length <= 2, let n = token.number, (1...31).contains(n) else { return nil }
            return (ordinalSuffix(t + 1), cap(String(n), n))
        case "ORDNUM":
            guard token.kind == .number, token.length <= 3, let n = token.number else { return nil }
            let end = ordinalSuffix(t + 1)
            return end > t + 1 ? (end, cap(String(n), n)) : nil
        case "MONTHNUM":
            guard token.kind == .number, token.length <= 2, let n = token.number, (1...12).contains(n) else { return nil }
            return (t + 1, cap(String(n), n))
        case "HOUR":
            guard token.kind == .number, token.length <= 2, let n = token.number, (0...24).contains(n) else { return nil }
            return (t + 1, cap(String(n), n))
        case "MINUTE":
            guard token.kind == .number, token.length == 2, let n = token.number, (0...59).contains(n) else { return nil }
            return (t + 1, cap(token.text, n))
        case "YEAR":
            guard token.kind == .number, token.length == 4, let n = token.number, (1000...2199).contains(n) else { return nil }
            return (t + 1, cap(String(n), n))
        case "YY":
            // '98 — an apostrophe and two digits.
            guard token.text == "'", t + 1 < tokens.count, adjacent(t + 1), tokens[t + 1].kind == .number,
                  tokens[t + 1].length == 2, let n = tokens[t + 1].number else { return nil }
            return (t + 2, Capture(wordClass: name, value: String(n), number: n, token: t, ambiguous: false))
        case "DECADE":
            // 1990s, 1990's, '90s, 90s
            var u = t
            var digits = 0
            var number = 0
            if token.text == "'" && t + 1 < tokens.count && adjacent(t + 1) { u = t + 1 }
            let nt = tokens[u]
            guard nt.kind == .number, let n = nt.number, n % 10 == 0, nt.length == 4 || nt.length == 2 else { return nil }
            digits = nt.length; number = n
            var end = u + 1
            if adjacent(end), tokens[end].text == "'" { end += 1 }
            guard adjacent(end), tokens[end].text == "s" else { return nil }
            end += 1
            let value = digits == 4 ? String(number / 10) : "19" + String(number / 10)
            return (end, Capture(wordClass: name, value: value, number: number, token: t, ambiguous: false))
        default:
            guard token.kind == .word, let entry = lexicon.entry(token.text, in: name) else { return nil }
            if (name == "MONTH" || name == "WEEKDAY") && !token.capitalized { return nil }
            var end = t + 1
            var ambiguous = entry.ambiguous
            if entry.abbreviation {
                if adjacent(end), tokens[end].text == "." { end += 1 }
                // "Sun" and "Jan" without their full stop are more often names.
                else if name == "WEEKDAY" { return nil }
                else { ambiguous = true }
            }
            return (end, cap(entry.value, Int(entry.value), ambiguous: ambiguous))
        }
    }

    private func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<n { v *= 10 }
        return v
    }

    /// `two`, `twenty-four`, `thirty five`, `one hundred`, `a` → their value.
    func numberWords(at t: Int) -> (end: Int, value: Int)? {
        var i = t
        var value = 0
        var any = false
        if let e = lexicon.entry(tokens[i].text, in: "TENS"), let tens = Int(e.value) {
            value = tens; any = true; i += 1
            var j = i
            if j < tokens.count, tokens[j].text == "-", adjacent(j) { j += 1 }
            if j < tokens.count, let u = lexicon.entry(tokens[j].text, in: "NUMWORD"), let unit = Int(u.value), unit < 10 {
                value += unit; i = j + 1
            }
        } else if let e = lexicon.entry(tokens[i].text, in: "NUMWORD"), let unit = Int(e.value) {
            value = unit; any = true; i += 1
        } else if tokens[i].text == "a" || tokens[i].text == "an" {
            return (t + 1, 1)
        }
        guard any else { return nil }
        if i < tokens.count, let m = lexicon.entry(tokens[i].text, in: "MAGNITUDE"), let factor = Int(m.value) {
            value *= factor; i += 1
        }
        return (i, value)
    }
}
