import Foundation
import Testing
@testable import TemporalTagging

/// The matcher's lookahead is a shortcut only: every rule matches exactly where and how it
/// matches without it.
@Suite("rule lookahead")
struct LookaheadTests {
    static let stress = [
        "On Oct. 10, 2023, a few days after 10-11 October, she met twenty-four people; 1,500 came at 5.30 p.m. on Tuesday.",
        "In the '90s and the 1990s, the mid-90s, '98, a year ago, an hour later, two-day visit, the third quarter of 1998.",
        "Three times a week, every Monday, 2.5 years, 16-hour day, nearly 30 years, the past two months, a couple of weeks.",
        "the 1st, 2nd and 3rd of May, May 5th, 12th December 2022, 2023-10-10, 10/11/2023, 10.11.2023, at 9 am, noon, 14:30",
        "one hundred days, ninety-nine years, a decade, the next year or so, the end of 1990, early next year, late 2021",
        "Sun Nov 29, the summer of 2019, Christmas, New Year's Day, the weekend, last weekend, this week, Tuesdays",
        "1,2,3 . , ' ' 'x 12345678901 a an the the the , - / 25 in Vienna 24 and 25 April",
    ]

    static func texts() throws -> [String] {
        var texts = stress + TemporalTagger.shared.book.examples.map(\.sentence)
        if let dir = Bundle.module.url(forResource: "Fixtures/timeml", withExtension: nil),
           let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            for name in names.sorted() { texts.append(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) }
        }
        return texts
    }

    @Test("the candidate rules of every token: the same matches with and without the lookahead")
    func sameMatches() throws {
        let book = TemporalTagger.shared.book
        var compared = 0, found = 0, filtered = 0
        for text in try Self.texts() {
            let tokens = Tokenizer.tokenize(Array(text.unicodeScalars), words: book.compiled.words)
            tokens.withUnsafeBufferPointer { t in
                book.compiled.atoms.withUnsafeBufferPointer { atoms in
                    book.compiled.elements.withUnsafeBufferPointer { elements in
                        book.wordMasks.withUnsafeBufferPointer { masks in
                            var fast = PatternMatcher(book: book, tokens: t, atoms: atoms, elements: elements, masks: masks)
                            var slow = fast
                            slow.usesLookahead = false
                            for i in tokens.indices {
                                // Every rule on the short texts, the tagger's candidates on the long ones.
                                let rules: [Int] = text.count < 200 ? Array(book.rules.indices)
                                    : tokens[i].kind == .number ? book.numberCandidates
                                    : tokens[i].word >= 0 ? book.wordCandidates[Int(tokens[i].word)] : []
                                for r in rules {
                                    let a = fast.match(rule: r, at: i), b = slow.match(rule: r, at: i)
                                    compared += 1
                                    if b != nil { found += 1 }
                                    #expect(a?.end == b?.end && a?.captures == b?.captures, "rule \(book.rules[r].line) at token \(i) of \(text.prefix(40))")
                                }
                                // A word the start filter passes over starts no rule at all.
                                if tokens[i].kind != .number, tokens[i].word >= 0, !book.startFilter.mayStart(word: Int(tokens[i].word), next: i + 1, in: tokens, masks: book.wordMasks) {
                                    filtered += 1
                                    for r in book.wordCandidates[Int(tokens[i].word)] {
                                        #expect(slow.match(rule: r, at: i) == nil, "start filter: rule \(book.rules[r].line) at token \(i) of \(text.prefix(40))")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(found > 1000 && compared > 100_000, "enough matches and attempts compared")
        #expect(filtered > 100, "the start filter passed over \(filtered) words")
    }
}

@Suite("word table")
struct WordTableTests {
    @Test("ids by bytes are the vocabulary's ids, for its words and others")
    func sameIDs() {
        let book = TemporalTagger.shared.book
        let table = book.compiled.words
        var words = Array(book.vocabulary.keys)
        words += ["", "x", "Monday", "monday.", "ɑ", "é", "e\u{301}", "\u{212A}", "octoberr", String(repeating: "a", count: 60)]
        for w in words { #expect(table.id(w) == (book.vocabulary[w] ?? -1), "\(w)") }
        // A vocabulary with a word outside ASCII: ASCII words still found, others by the dictionary.
        let mixed = WordTable(["k": 1, "\u{212A}x": 2, "é": 3])
        #expect(mixed.id("k") == 1 && mixed.id("é") == 3 && mixed.id("e\u{301}") == 3 && mixed.id("zz") == -1)
        #expect(mixed.id("Kx") == (["k": 1, "\u{212A}x": 2, "é": 3] as [String: Int32])["Kx"] ?? -1)
        // Tokens numbered as they are read: the same as looking each up afterwards.
        let text = "On Oct. 10, Ombudsman Aliyeva met 24 people — the ‘Committee’ (CPT) in Bakı."
        for token in Tokenizer.tokenize(Array(text.unicodeScalars), words: table) where token.kind != .number {
            #expect(token.word == (book.vocabulary[token.text] ?? -1))
        }
    }
}
