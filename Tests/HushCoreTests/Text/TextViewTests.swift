@testable import HushCore
import Testing

@Test func plainTextIsItsOwnView() {
    let bytes = Array("手机 13812345678".utf8)
    let view = TextView(utf8: bytes)
    #expect(view.bytes == bytes)
    #expect(view.map.isIdentity)
}

@Test func fullWidthDigitsFoldAndMapBack() {
    let original = Array("电话１３８x".utf8)  // 电话 = 6 bytes, each full-width digit 3 bytes
    let view = TextView(utf8: original)
    #expect(view.bytes == Array("电话138x".utf8))
    #expect(view.map.originalStart(6) == 6)
    #expect(view.map.originalStart(7) == 9)
    #expect(view.map.originalEnd(9) == 15)
    #expect(view.map.originalStart(9) == 15)
    #expect(view.map.originalEnd(10) == 16)
}

@Test func zeroWidthCharactersAreRemovedOutsideSpans() {
    let original = Array("a1\u{200B}2b".utf8)
    let view = TextView(utf8: original)
    #expect(view.bytes == Array("a12b".utf8))
    #expect(view.map.originalStart(2) == 5)  // the '2' comes after the zero-width space
    #expect(view.map.originalEnd(2) == 2)  // a span ending at '1' does not swallow it
    #expect(view.map.originalEnd(3) == 6)
}

@Test func ideographicSpaceAndBOMFold() {
    let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("1\u{3000}2".utf8)
    let view = TextView(utf8: original)
    #expect(view.bytes == Array("1 2".utf8))
    #expect(view.map.originalStart(0) == 3)
    #expect(view.map.originalEnd(3) == original.count)
}

@Test func truncatedSequencesAtTheEndAreLeftAlone() {
    let original: [UInt8] = Array("１".utf8) + [0xEF, 0xBC]
    let view = TextView(utf8: original)
    #expect(view.bytes == [0x31, 0xEF, 0xBC])
    #expect(view.map.originalEnd(3) == 5)
}
