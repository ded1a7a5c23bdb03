/// Writes a replacement the way its value is written in the file, when the file escapes it.
///
/// Structured documents are matched after their escapes are undone (`ContentUnescaper`): a phone written in JSON as
/// `\u0031\u0033…`, in XML as `&#49;&#51;…`, or in a vCard as quoted-printable `=31=33…` is found, and its span covers
/// the escape as written. The replacement must go back in the same form: a raw `北京市朝阳区******` inside a
/// quoted-printable vCard value, or a raw `&` inside XML, would corrupt the file. Each scheme is recognised by
/// decoding the span as written — with the decoders the scanner itself uses — and checking that it gives the value
/// exactly; if no scheme does, there is no replacement and the file is not redacted (a diagnostic names it), never a
/// guess.
enum EscapedReplacement {
    /// `replacement` written as `original` writes `value`, or nil.
    static func make(_ replacement: String, original: String, value: String) -> String? {
        let bytes = Array(original.utf8)
        if unescaped(bytes, .vcard) == value { return replacement }
        if original.contains("\\"), unescaped(bytes, .json) == value {
            var quoted = ""
            JSONWriter.quote(replacement, into: &quoted)
            return String(quoted.dropFirst().dropLast())
        }
        if original.contains("&"), unescaped(bytes, .markup) == value { return replacement.htmlEscaped }
        if original.contains("=") {
            let raw = EncodedBytes.quotedPrintable(bytes, 0..<bytes.count).bytes
            for charset in [TextEncoding.utf8, .gb18030, .big5] where decode(raw, charset) == value {
                guard let encoded = ReplacementEncoder(encoding: charset).encode(replacement) else { return nil }
                return encodeQuotedPrintable(encoded)
            }
        }
        return nil
    }

    /// `text` with `kind`'s escapes undone (vCard: its line folds), as the scanner undoes them.
    private static func unescaped(_ text: [UInt8], _ kind: ContentUnescaper.Kind) -> String {
        String(decoding: ContentUnescaper.unescape(text, kind: kind)?.bytes ?? text, as: UTF8.self)
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
