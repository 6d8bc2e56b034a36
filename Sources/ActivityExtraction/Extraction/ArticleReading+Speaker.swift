import NewsArticles
import Foundation

/// Who says "I": her, in an interview's answers or in words quoted as hers.
extension ArticleReading {
    /// Whether the first person of `sentence` is she: an answer (a paragraph opened by a dash that is
    /// no question) in an article presented as an interview, or a quotation in a paragraph that
    /// attributes its words to her ("…," the Ombudsman said; Aliyeva recalled: "…").
    func speaksHerself(_ sentence: Sentence, scalars: [Unicode.Scalar]) -> Bool {
        // An op-ed under her byline ("By Sabina Aliyeva, Commissioner for Human Rights …"): she writes it.
        if isHerByline(scalars) { return true }
        guard article.paragraphs.indices.contains(sentence.paragraph), state.lastSubjectSentence > 0 || order <= 2 else { return false }
        let paragraph = article.paragraphs[sentence.paragraph]
        let text = scalars[paragraph.range]
        let lead = text.first { !$0.properties.isWhitespace }
        if let lead, ["-", "–", "—"].contains(lead), isInterview(scalars) {
            // A question asked of her is not hers.
            let firstSentence = article.sentences.indices.contains(paragraph.sentences.lowerBound) ? article.sentences[paragraph.sentences.lowerBound] : sentence
            return !firstSentence.text.trimmingCharacters(in: .whitespaces).hasSuffix("?")
        }
        // An answer under a speaker's label: "Sabina Aliyeva: Last week I was in Tashkent …".
        if let label = speakerLabel(text) {
            return label.contains { x.speakerWords.contains($0) } || (label == ["a"] && isInterview(scalars))
        }
        // Quoted: the sentence starts inside a quotation or opens one.
        var depth = 0
        var outside: [Unicode.Scalar] = []
        var quotedHere = false
        for k in paragraph.range {
            let c = scalars[k]
            let isQuote = c == "\"" || c == "“" || c == "”" || c == "«" || c == "»"
            if isQuote {
                if c == "\"" { depth = depth > 0 ? 0 : 1 } else if c == "“" || c == "«" { depth += 1 } else { depth = max(0, depth - 1) }
                if sentence.range.contains(k) || (k == sentence.range.lowerBound && depth == 0) { quotedHere = true }
                outside.append(" ")
                continue
            }
            if k == sentence.range.lowerBound, depth > 0 { quotedHere = true }
            outside.append(depth > 0 ? " " : c)
        }
        guard quotedHere else { return false }
        let words = String(String.UnicodeScalarView(outside)).lowercased()
            .split { !$0.isLetter && $0 != "'" }.map(String.init)
        guard words.contains(where: { cues.reporting.contains($0) || cues.recalling.contains($0) }) else { return false }
        return words.contains { x.speakerWords.contains($0) } || (words.contains("she") && state.lastAgentIsSubject)
    }

    /// The words of a label opening a paragraph of an interview ("Sabina Aliyeva:", "Azernews:",
    /// "Q:"): up to four words, letters and dots only, then a colon.
    func speakerLabel(_ text: ArraySlice<Unicode.Scalar>) -> [String]? {
        guard let colon = text.prefix(40).firstIndex(of: ":"), colon > text.startIndex else { return nil }
        let label = text[text.startIndex..<colon]
        guard label.allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "." || $0 == "-" }) else { return nil }
        let words = String(String.UnicodeScalarView(label)).lowercased().split { $0 == " " || $0 == "." }.map(String.init)
        return (1...4).contains(words.count) ? words : nil
    }

    /// A paragraph among the first three that reads "By <her name>…": the article is hers.
    func isHerByline(_ scalars: [Unicode.Scalar]) -> Bool {
        for p in article.paragraphs.prefix(3) {
            let text = scalars[p.range].drop { $0.properties.isWhitespace }
            guard text.count > 3, String(String.UnicodeScalarView(text.prefix(3))).lowercased() == "by " else { continue }
            let words = String(String.UnicodeScalarView(text.prefix(60))).lowercased().split { !$0.isLetter }.prefix(5)
            if words.contains(where: { x.nameWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// An article that presents itself as an interview in its first lines.
    func isInterview(_ scalars: [Unicode.Scalar]) -> Bool {
        let head = String(String.UnicodeScalarView(scalars[article.bodyStart..<min(scalars.count, article.bodyStart + 600)])).lowercased()
        if head.contains("interview") || head.contains("spoke to") || head.contains("told ") || head.contains("answered questions") { return true }
        // Or shows itself as one: a question set off by a dash ("- How many complaints …?").
        return article.paragraphs.contains { p in
            let text = scalars[p.range]
            guard let lead = text.first(where: { !$0.properties.isWhitespace }), ["-", "–", "—"].contains(lead) else { return false }
            return text.last(where: { !$0.properties.isWhitespace }) == "?"
        }
    }
}
