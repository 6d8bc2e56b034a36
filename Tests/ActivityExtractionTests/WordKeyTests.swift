@testable import ActivityExtraction
import Testing

/// Word and phrase sets look tokens up by a key computed once per token: the key must be the same
/// however the token was made, and the table must find every key it was given and no other.
@Suite("word keys")
struct WordKeyTests {
    @Test("a token's key is the key of its folded word (ASCII, folded letters, Cyrillic look-alikes, marks)")
    func tokenKeys() {
        let text = "Ombudsman Sabina Aliyevа (Əliyeva) visited Şəki’s prison — “10-11 May”."
        let tokens = WordTokenizer.tokens(of: Array(text.unicodeScalars))
        #expect(tokens.count > 10)
        for t in tokens { #expect(t.key == WordKey.of(t.norm), "\(t.norm)") }
        #expect(tokens[2].norm == "aliyeva" && tokens[2].key == tokens[4].key)
    }

    @Test("the table finds every word inserted, as it grows, and nothing else")
    func table() {
        var table = KeyTable()
        let words = (0..<5000).map { "w\($0)" }
        for (n, w) in words.enumerated() { table.insert(WordKey.of(w), Int32(n)) }
        #expect(table.count == words.count)
        for (n, w) in words.enumerated() { #expect(table[WordKey.of(w)] == Int32(n)) }
        #expect(!(5000..<10000).contains { table.contains(WordKey.of("w\($0)")) })
        table.insert(WordKey.of("w7"), 70)
        #expect(table[WordKey.of("w7")] == 70 && table.count == words.count)
    }

    @Test("phrase sets match by key, with '*' for up to three words, the longest phrase first")
    func phrases() {
        var set = PhraseSet<String>()
        set.insert("held a * meeting with", value: "meeting")
        set.insert("held", value: "held")
        let tokens = WordTokenizer.tokens(of: Array("She held a separate bilateral meeting with him".unicodeScalars))
        #expect(set.longestMatch(in: tokens, at: 1)?.value == "meeting")
        #expect(set.longestMatch(in: tokens, at: 1)?.end == 7)
        #expect(set.longestMatch(in: tokens, at: 1, limit: 5)?.value == "held")
        #expect(set.longestMatch(in: tokens, at: 0) == nil)
    }
}
