/// Undoes the escapes a structured format puts over its text, so values written as escapes are still found:
/// JSON's `\u0031\u0033\u0038…`, HTML and XML character references (`&#49;&#x33;&amp;`), and vCard quoted-printable
/// values (`=E5=BC=A0`, with the `CHARSET` they name).
///
/// The result comes with an `OffsetMap` back to the escaped text, so findings are still reported at the bytes of the
/// escape as written. Returns nil when there is nothing to undo, so ordinary text pays only a scan for `\`, `&` or `=`.
enum ContentUnescaper {
    enum Kind {
        case json
        case markup
        case vcard
        case email
        /// The XML inside Office documents: tags go (Word splits `138` and `12345678` into separate runs), paragraph
        /// and cell ends become line breaks, character references are undone.
        case officeText
    }

    static func unescape(_ text: [UInt8], kind: Kind) -> (bytes: [UInt8], map: OffsetMap)? {
        switch kind {
        case .json: return json(text)
        case .markup: return markup(text, strippingTags: false)
        case .vcard: return VCardQuotedPrintable.decode(text)
        case .email: return MIMEDecoder.decode(text)
        case .officeText: return markup(text, strippingTags: true)
        }
    }

    private static func json(_ text: [UInt8]) -> (bytes: [UInt8], map: OffsetMap)? {
        guard let first = text.firstIndex(of: UInt8(ascii: "\\")) else { return nil }
        var out = Array(text[..<first])
        out.reserveCapacity(text.count)
        var map = OffsetMap()
        var index = first
        let count = text.count
        while index < count {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < count else {
                out.append(byte)
                index += 1
                continue
            }
            let escape = text[index + 1]
            var scalar: UInt32?
            var length = 2
            switch escape {
            case UInt8(ascii: "n"): scalar = 0x0A
            case UInt8(ascii: "t"): scalar = 0x09
            case UInt8(ascii: "r"): scalar = 0x0D
            case UInt8(ascii: "b"): scalar = 0x08
            case UInt8(ascii: "f"): scalar = 0x0C
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = UInt32(escape)
            case UInt8(ascii: "u"):
                if let high = hex(text, index + 2, 4) {
                    scalar = high
                    length = 6
                    if (0xD800...0xDBFF).contains(high), index + 11 < count, text[index + 6] == UInt8(ascii: "\\"),
                        text[index + 7] == UInt8(ascii: "u"), let low = hex(text, index + 8, 4), (0xDC00...0xDFFF).contains(low)
                    {
                        scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                        length = 12
                    }
                }
            default: break
            }
            guard let value = scalar, let unicode = Unicode.Scalar(value) else {
                out.append(byte)
                index += 1
                continue
            }
            let encoded = Array(String(unicode).utf8)
            map.replace(view: out.count, viewLength: encoded.count, originalLength: length)
            out.append(contentsOf: encoded)
            index += length
        }
        return (out, map)
    }

    private static let entities: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20]

    /// Tags whose end separates text (paragraphs, cells, rows, line breaks) in Word, Excel, PowerPoint and
    /// OpenDocument XML.
    private static let breakingTags: Set<String> = [
        "/w:p", "w:br", "w:cr", "/si", "/c", "/row", "/a:p", "a:br", "/text:p", "/text:h", "text:line-break",
        "/table:table-cell", "/w:tc",
    ]

    private static func markup(_ text: [UInt8], strippingTags: Bool) -> (bytes: [UInt8], map: OffsetMap)? {
        guard let first = text.firstIndex(where: { $0 == UInt8(ascii: "&") || (strippingTags && $0 == UInt8(ascii: "<")) }) else {
            return nil
        }
        var out = Array(text[..<first])
        out.reserveCapacity(text.count)
        var map = OffsetMap()
        var index = first
        let count = text.count
        var changed = false
        while index < count {
            let byte = text[index]
            if strippingTags, byte == UInt8(ascii: "<"), let close = text[index..<count].firstIndex(of: UInt8(ascii: ">")) {
                var nameEnd = index + 1
                while nameEnd < close, text[nameEnd] != 0x20, text[nameEnd] != UInt8(ascii: "/") || nameEnd == index + 1 {
                    nameEnd += 1
                }
                let name = String(decoding: text[(index + 1)..<nameEnd], as: UTF8.self)
                if breakingTags.contains(name) {
                    map.replace(view: out.count, viewLength: 1, originalLength: close + 1 - index)
                    out.append(0x0A)
                } else if name == "w:tab" || name == "text:tab" || name == "text:s" {
                    map.replace(view: out.count, viewLength: 1, originalLength: close + 1 - index)
                    out.append(0x20)
                } else {
                    map.remove(before: out.count, length: close + 1 - index)
                }
                index = close + 1
                changed = true
                continue
            }
            guard byte == UInt8(ascii: "&"), let semicolon = text[index..<min(count, index + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(byte)
                index += 1
                continue
            }
            let body = text[(index + 1)..<semicolon]
            var scalar: UInt32?
            if body.first == UInt8(ascii: "#") {
                let digits = body.dropFirst()
                if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                    scalar = hex(Array(digits.dropFirst()), 0, digits.count - 1)
                } else if !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.count <= 7 {
                    scalar = UInt32(String(decoding: digits, as: UTF8.self))
                }
            } else {
                scalar = entities[String(decoding: body, as: UTF8.self)]
            }
            guard let value = scalar, let unicode = Unicode.Scalar(value) else {
                out.append(byte)
                index += 1
                continue
            }
            let encoded = Array(String(unicode).utf8)
            map.replace(view: out.count, viewLength: encoded.count, originalLength: semicolon + 1 - index)
            out.append(contentsOf: encoded)
            index = semicolon + 1
            changed = true
        }
        return changed ? (out, map) : nil
    }

    static func hex(_ text: [UInt8], _ start: Int, _ length: Int) -> UInt32? {
        guard length > 0, length <= 8, start + length <= text.count else { return nil }
        var value: UInt32 = 0
        for byte in text[start..<(start + length)] {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x37)
            case 0x61...0x66: digit = UInt32(byte - 0x57)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
