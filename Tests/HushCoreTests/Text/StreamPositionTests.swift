@testable import HushCore
import Testing

/// `StreamPosition` must agree with `LineLocator` over the whole text, wherever the stream is cut.
@Suite struct StreamPositionTests {
    private let text = "\u{FEFF}甲\r\n乙 x\rz\n\n𝒳 end\r\r\nlast 行"

    @Test(arguments: [TextEncoding.utf8, .utf16LE, .utf16BE, .gb18030, .big5])
    func agreesWithTheLineLocatorAtEveryCharacterBoundary(encoding: TextEncoding) throws {
        // Big5 has neither a BOM nor characters outside the BMP.
        let body = encoding == .big5 ? String(text.dropFirst()).replacingOccurrences(of: "𝒳", with: "x") : text
        let characters = Array(body)
        var expected = LineLocator(bytes: Array(body.utf8))
        var utf8Offset = 0
        var offsets: [(bytes: Int, line: Int, column: Int)] = []
        var encoded: [UInt8] = []
        for character in characters {
            let place = expected.locate(utf8Offset)
            offsets.append((encoded.count, place.line, place.column))
            encoded += try #require(ReplacementEncoder(encoding: encoding).encode(String(character)))
            utf8Offset += String(character).utf8.count
        }
        // Every pair of cuts: advance to the first, then to the second, as `ChunkedScan` does.
        for (first, cut) in offsets.enumerated() {
            var position = StreamPosition(encoding: encoding)
            encoded.withUnsafeBufferPointer { position.advance(over: UnsafeBufferPointer(rebasing: $0[0..<cut.bytes])) }
            if first > 0 {  // the leading BOM is not a character a finding can start at
                #expect(position.line == cut.line, "\(encoding) line at \(cut.bytes)")
                #expect(position.column == cut.column, "\(encoding) column at \(cut.bytes)")
            }
            for later in offsets[first...] {
                var copy = position
                encoded.withUnsafeBufferPointer { copy.advance(over: UnsafeBufferPointer(rebasing: $0[cut.bytes..<later.bytes])) }
                #expect(copy.offset == later.bytes)
                if later.bytes > 0 { #expect((copy.line, copy.column) == (later.line, later.column)) }
            }
        }
    }

    @Test func aWindowThatStartsWithTheLFOfACRLFDoesNotCountALineTwice() {
        var position = StreamPosition(encoding: .utf8)
        Array("a\r".utf8).withUnsafeBufferPointer { position.advance(over: $0) }
        // The window "\nb 13800138000" puts the value on its line 2; the stream has it on line 2 as well.
        #expect(position.place(line: 2, column: 3, windowStartsWithLF: true) == (2, 3))
        #expect(position.place(line: 2, column: 3, windowStartsWithLF: false) == (3, 3))
        #expect(position.place(line: 1, column: 4, windowStartsWithLF: false) == (2, 4))
    }
}
