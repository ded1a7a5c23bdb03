@testable import HushCore
import Testing

/// The byte range of the first `part` in `text`.
private func range(of part: String, in text: String) -> Range<Int> {
    let bytes = Array(text.utf8)
    let needle = Array(part.utf8)
    let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
    return start..<(start + needle.count)
}

@Test func snippetMasksEveryOtherValueOnTheLine() {
    let text = "张三 13812345678，身份证 11010519491231002X 密码 hunter22!\n下一行 13912345678"
    let phone = range(of: "13812345678", in: text)
    let maker = SnippetMaker(
        text: Array(text.utf8),
        hidden: [
            (phone, .phone), (range(of: "11010519491231002X", in: text), .nationalID),
            (range(of: "hunter22!", in: text), .password), (range(of: "13912345678", in: text), .phone),
        ])
    #expect(maker.snippet(for: phone) == Snippet(before: "张三 ", after: "，身份证 ****************** 密码 ********"))
}

@Test func snippetKeepsFortyCharactersEachSideAndMarksTheCut() {
    let text = String(repeating: "前", count: 50) + "13812345678" + String(repeating: "b", count: 50)
    let value = range(of: "13812345678", in: text)
    let snippet = SnippetMaker(text: Array(text.utf8), hidden: [(value, .phone)]).snippet(for: value)
    #expect(snippet.before == "…" + String(repeating: "前", count: 40))
    #expect(snippet.after == String(repeating: "b", count: 40) + "…")
}

@Test func snippetStopsAtLineBreaksOfEveryKind() {
    let text = "before\r\n13812345678\rafter"
    let value = range(of: "13812345678", in: text)
    #expect(SnippetMaker(text: Array(text.utf8), hidden: [(value, .phone)]).snippet(for: value) == Snippet())
}

@Test func snippetDropsANeighbourCutByTheWindowRatherThanShowItInPart() {
    let text = "tel 13912345678" + String(repeating: "x", count: 30) + "13812345678"
    let value = range(of: "13812345678", in: text)
    let neighbour = range(of: "13912345678", in: text)
    let snippet = SnippetMaker(text: Array(text.utf8), hidden: [(neighbour, .phone), (value, .phone)]).snippet(for: value)
    #expect(snippet.before == "…" + String(repeating: "x", count: 30))
    #expect(!snippet.before.contains("5678"))
}

@Test func snippetNeutralisesControlAndBidiCharacters() {
    let text = "a\tb\u{1B}[31m\u{202E}c 13812345678"
    let value = range(of: "13812345678", in: text)
    let snippet = SnippetMaker(text: Array(text.utf8), hidden: [(value, .phone)]).snippet(for: value)
    #expect(snippet.before == "a b [31m\u{FFFD}c ")
}
