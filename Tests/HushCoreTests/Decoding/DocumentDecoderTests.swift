import Foundation
@testable import HushCore
import Testing

private let sample = "姓名,手机号\r\n张三,13812345678\r\n"

private func encode(_ text: String, _ encoding: TextEncoding) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding.iconvName]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
}

@Test(arguments: [TextEncoding.gb18030, .big5, .utf16LE, .utf16BE])
func offsetsMapToTheOriginalCharacters(_ encoding: TextEncoding) throws {
    let text = encoding == .big5 ? "電話 13812345678 這個\n" : sample
    var bytes = try encode(text, encoding)
    if encoding == .utf16LE { bytes = [0xFF, 0xFE] + bytes }
    guard case let .text(decoded) = DocumentDecoder.decode(bytes, forced: encoding) else {
        Issue.record("not decoded")
        return
    }
    #expect(decoded.utf8 == Array(text.utf8))
    let value = try #require(text.range(of: "13812345678"))
    let start = text.utf8.distance(from: text.utf8.startIndex, to: value.lowerBound)
    let end = start + 11
    let originalStart = decoded.originalOffset(start)
    let originalEnd = decoded.originalOffset(end)
    let slice = Array(bytes[originalStart..<originalEnd])
    #expect(slice == (try encode("13812345678", encoding)))
}

@Test func detectionOrder() throws {
    #expect(EncodingDetector.detect(Array("plain ascii".utf8)) == .text(.utf8, bomLength: 0))
    #expect(EncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x31]) == .text(.utf8, bomLength: 3))
    #expect(EncodingDetector.detect([0xFF, 0xFE, 0x31, 0x00]) == .text(.utf16LE, bomLength: 2))
    #expect(EncodingDetector.detect(try encode("phone 13812345678 and more ascii text", .utf16BE)) == .text(.utf16BE, bomLength: 0))
    #expect(EncodingDetector.detect(try encode(sample + "这是一段简体中文的说明文字", .gb18030)) == .text(.gb18030, bomLength: 0))
    #expect(EncodingDetector.detect(try encode("這是一段繁體中文的說明文字，電話號碼與地址", .big5)) == .text(.big5, bomLength: 0))
    #expect(EncodingDetector.detect([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) == .binary)
}

@Test func aStrayByteKeepsAUTF8FileUTF8() {
    let bytes = Array("说明：联系人手机号码一览表，请勿外传。以下号码均为本人通讯录导出。".utf8) + [0xFF] + Array("13812345678".utf8)
    #expect(EncodingDetector.detect(bytes) == .text(.utf8, bomLength: 0))
}

@Test func undecodableBytesBecomeReplacementCharactersAndAreCounted() throws {
    let bytes = try encode("电话", .gb18030) + [0xFF] + Array(" 13812345678".utf8)
    guard case let .text(decoded) = DocumentDecoder.decode(bytes, forced: .gb18030) else {
        Issue.record("not decoded")
        return
    }
    #expect(decoded.invalidUnits == 1)
    #expect(decoded.firstInvalidOffset == 4)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == "电话\u{FFFD} 13812345678")
    #expect(decoded.originalOffset(Array("电话\u{FFFD} ".utf8).count) == 6)
}

/// A BOM names the encoding: lone surrogates in a UTF-16 file are counted and scanned around. (Before, more than 1%
/// damage sent the file to the UTF-8 fallback, where its UTF-16 digits were no longer digits.)
@Test func aBOMIsTrustedOverDamage() throws {
    let body = try encode("电话 ", .utf16LE) + [0x00, 0xD8] + (try encode(" 13712345678 ", .utf16LE)) + [0x00, 0xDC]
    guard case let .text(decoded) = DocumentDecoder.decode([0xFF, 0xFE] + body) else {
        Issue.record("not decoded")
        return
    }
    #expect(decoded.encoding == .utf16LE)
    #expect(decoded.invalidUnits == 2)
    #expect(decoded.firstInvalidOffset == 8)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == "电话 \u{FFFD} 13712345678 \u{FFFD}")
}
