/// Writes a replacement the way its value is written in the file, when the file escapes it.
///
/// Structured documents are matched after their escapes are undone (`ContentUnescaper`): a phone written in JSON as
/// `\u0031\u0033…`, in XML as `&#49;&#51;…`, or in a vCard as quoted-printable `=31=33…` is found, and its span covers
/// the escape as written. The replacement must go back in the same form: a raw `北京市朝阳区******` inside a
/// quoted-printable vCard value, or a raw `&` inside XML, would corrupt the file. Each scheme is recognised by
/// decoding the span as written and checking that it gives the value exactly; if no scheme does, there is no
/// replacement and the file is not redacted (a diagnostic names it), never a guess.
enum EscapedReplacement {
    /// `replacement` written as `original` writes `value`, or nil.
    static func make(_ replacement: String, original: String, value: String) -> String? {
        if unfold(original) == value { return replacement }
        if original.contains("\\"), decodeJSON(original) == value { return escapeJSON(replacement) }
        if original.contains("&"), decodeMarkup(original) == value { return escapeMarkup(replacement) }
        if original.contains("="), let bytes = decodeQuotedPrintable(original) {
            for charset in [TextEncoding.utf8, .gb18030, .big5] where decode(bytes, charset) == value {
                guard let encoded = ReplacementEncoder(encoding: charset).encode(replacement) else { return nil }
                return encodeQuotedPrintable(encoded)
            }
        }
        return nil
    }

    /// Without vCard line folds (a line break followed by one space or tab).
    private static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "\n\t", with: "")
    }

    private static func decodeJSON(_ text: String) -> String? {
        let units = Array(text.utf16)
        var out: [UInt16] = []
        var index = 0
        while index < units.count {
            guard units[index] == 0x5C else {
                out.append(units[index])
                index += 1
                continue
            }
            guard index + 1 < units.count else { return nil }
            switch Unicode.Scalar(units[index + 1]).map(Character.init) {
            case "n": out.append(0x0A)
            case "t": out.append(0x09)
            case "r": out.append(0x0D)
            case "b": out.append(0x08)
            case "f": out.append(0x0C)
            case "\"", "\\", "/": out.append(units[index + 1])
            case "u":
                guard index + 6 <= units.count, let unit = UInt16(String(utf16CodeUnits: Array(units[(index + 2)..<(index + 6)]), count: 4), radix: 16)
                else { return nil }
                out.append(unit)
                index += 6
                continue
            default: return nil
            }
            index += 2
        }
        return String(utf16CodeUnits: out, count: out.count)
    }

    private static func escapeJSON(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The character references `ContentUnescaper` undoes: numeric ones and five names (and `&nbsp;`, read as a space).
    private static let entities: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    private static func decodeMarkup(_ text: String) -> String? {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { return nil }
            let name = rest[rest.index(after: amp)..<semicolon]
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
            } else if let scalar = entities[String(name)] {
                out.unicodeScalars.append(scalar)
            } else {
                return nil
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func escapeMarkup(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The bytes of quoted-printable text, soft line breaks dropped.
    private static func decodeQuotedPrintable(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "=") else {
                out.append(bytes[index])
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
            } else if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                index += 3
            } else if index + 2 < bytes.count, let byte = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                out.append(byte)
                index += 3
            } else {
                return nil
            }
        }
        return out
    }

    /// Printable ASCII other than `=` as itself, everything else as `=XX`.
    private static func encodeQuotedPrintable(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            if (0x20...0x7E).contains(byte) && byte != UInt8(ascii: "=") {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "="), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func decode(_ bytes: [UInt8], _ charset: TextEncoding) -> String? {
        if charset == .utf8 { return String(validating: bytes, as: UTF8.self) }
        guard let text = try? Transcoder.decode(bytes, from: charset), text.invalidUnits == 0 else { return nil }
        return String(decoding: text.utf8, as: UTF8.self)
    }
}
