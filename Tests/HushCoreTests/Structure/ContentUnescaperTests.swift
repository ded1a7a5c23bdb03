import Foundation
@testable import HushCore
import Testing

private func roundTrip(_ text: String, _ kind: ContentUnescaper.Kind, value: String) throws -> String {
    let original = Array(text.utf8)
    let view = TextView(utf8: original, unescaping: kind)
    let bytes = view.bytes
    let needle = Array(value.utf8)
    let start = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
    return String(decoding: original[view.originalStart(start)..<view.originalEnd(start + needle.count)], as: UTF8.self)
}

@Test func jsonEscapesAreUndoneAndMapBack() throws {
    #expect(try roundTrip(#"{"m": "\u0031\u0033\u0038\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038"}"#, .json, value: "13812345678")
        == #"\u0031\u0033\u0038\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038"#)
    #expect(try roundTrip(#"{"n": "\u5f20\u4e09 13812345678"}"#, .json, value: "张三") == #"\u5f20\u4e09"#)
}

@Test func characterReferencesAreUndone() throws {
    #expect(try roundTrip("<b>&#49;&#51;&#56;12345678 &amp;</b>", .markup, value: "13812345678") == "&#49;&#51;&#56;12345678")
    #expect(try roundTrip("<b>&#x4E2D;&#x6587;</b>", .markup, value: "中文") == "&#x4E2D;&#x6587;")
}

@Test func vcardQuotedPrintableInGB2312() throws {
    // "张三 13812345678" in GB2312, quoted-printable, with a soft line break.
    let text = "NOTE;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=D5=C5=C8=FD=20=31=33=38=\r\n=31=32=33=34=35=36=37=38\r\nEND:VCARD\r\n"
    #expect(try roundTrip(text, .vcard, value: "张三") == "=D5=C5=C8=FD")
    #expect(try roundTrip(text, .vcard, value: "13812345678") == "=31=33=38=\r\n=31=32=33=34=35=36=37=38")
}

@Test func mimeBase64AndQuotedPrintableParts() throws {
    let body = "手机 13812345678".data(using: .utf8)!.base64EncodedString()
    let text = """
        From: a@example.com\r
        Subject: =?UTF-8?B?5byg5LiJ?=\r
        MIME-Version: 1.0\r
        Content-Type: multipart/mixed; boundary="XYZ"\r
        \r
        --XYZ\r
        Content-Type: text/plain; charset=UTF-8\r
        Content-Transfer-Encoding: base64\r
        \r
        \(body)\r
        --XYZ\r
        Content-Type: text/html; charset=UTF-8\r
        Content-Transfer-Encoding: quoted-printable\r
        \r
        =E5=8D=A1 6222021234567890=\r
        123\r
        --XYZ--\r

        """
    #expect(try roundTrip(text, .email, value: "张三") == "=?UTF-8?B?5byg5LiJ?=")
    let phone = try roundTrip(text, .email, value: "13812345678")
    #expect(body.contains(phone.prefix(8)))
    #expect(try roundTrip(text, .email, value: "6222021234567890123") == "6222021234567890=\r\n123")
}
