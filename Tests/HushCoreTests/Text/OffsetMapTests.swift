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

/// The stretch-wise inverse against its definition — the first view offset whose original start is at or after the
/// given one — over maps with folds, removals at the start and end, and characters longer than their source.
@Test func viewOffsetIsTheFirstViewAtOrAfterTheOriginal() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
        var map = OffsetMap()
        var view = 0
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            view += Int.random(in: 0...3, using: &generator)
            switch Int.random(in: 0...3, using: &generator) {
            case 0: map.fold(view: view, length: Int.random(in: 2...4, using: &generator)); view += 1
            case 1: map.remove(before: view, length: Int.random(in: 1...3, using: &generator))
            case 2:
                let length = Int.random(in: 2...3, using: &generator)
                map.replace(view: view, viewLength: length, originalLength: 1)
                view += length
            default: map.replace(view: view, viewLength: 1, originalLength: Int.random(in: 2...6, using: &generator)); view += 1
            }
        }
        let viewCount = view + Int.random(in: 0...2, using: &generator)
        let originalCount = viewCount == 0 ? 0 : map.originalEnd(viewCount)
        for original in 0...(originalCount + 2) {
            let expected = (0...viewCount).first { $0 == viewCount || map.originalStart($0) >= original }!
            #expect(map.viewOffset(forOriginal: original, viewCount: viewCount) == expected, "\(map) \(viewCount) \(original)")
        }
    }
}
