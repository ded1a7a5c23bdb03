@testable import HushCore
import Testing

@Test func linesEndAtLFCRLFAndCR() {
    var locator = LineLocator(bytes: Array("ab\ncd\r\nef\rgh".utf8))
    #expect(locator.locate(0) == (1, 1))
    #expect(locator.locate(4) == (2, 2))
    #expect(locator.locate(7) == (3, 1))
    #expect(locator.locate(11) == (4, 2))
}

@Test func columnsCountScalarsAndSkipTheBOM() {
    var locator = LineLocator(bytes: [0xEF, 0xBB, 0xBF] + Array("手机13".utf8))
    #expect(locator.locate(3) == (1, 1))
    #expect(locator.locate(9) == (1, 3))
    #expect(locator.locate(10) == (1, 4))
}
