@testable import HushCore
import HushTestSupport
import Testing

@Test func characterLongerThanItsSourceKeepsTheMapInOrder() {
    // "z" from two encoded bytes, then U+FFFD (three view bytes) from one undecodable byte.
    var map = OffsetMap()
    map.replace(view: 0, viewLength: 1, originalLength: 2)
    map.replace(view: 1, viewLength: 3, originalLength: 1)
    #expect((0...4).map(map.originalStart) == [0, 2, 2, 2, 3])
    #expect(map.originalEnd(1) == 2)
    #expect(map.originalEnd(4) == 3)
    #expect(map.viewOffset(forOriginal: 2, viewCount: 4) == 1)
}

// Found by fuzz-textview (Fuzz/Regressions/fuzz-textview/mime-base64-invalid-utf8-tail.eml): a base64 body ending in
// a byte that is not UTF-8 ran the map backwards inside its U+FFFD, and `viewOffset(forOriginal:)` answered past it.
@Test func viewOffsetInvertsTheMapAfterAnUndecodableByte() throws {
    let bytes = try Repository.bytes("Fuzz/Regressions/fuzz-textview/mime-base64-invalid-utf8-tail.eml")
    let view = TextView(utf8: bytes, unescaping: .email)
    var previous = 0
    for offset in 0...view.bytes.count where offset == view.bytes.count || view.bytes[offset] & 0xC0 != 0x80 {
        let start = view.originalStart(offset)
        #expect(start >= previous && start <= bytes.count)
        #expect(view.viewOffset(forOriginal: start) <= offset)
        previous = start
    }
}
