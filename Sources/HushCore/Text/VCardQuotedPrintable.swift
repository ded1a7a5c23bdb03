/// Unfolds a vCard's folded lines and decodes its quoted-printable values (`ENCODING=QUOTED-PRINTABLE`, vCard 2.1), in the `CHARSET` each
/// names (`GB2312`, `UTF-8`), keeping a map from the decoded text back to the encoded bytes.
///
/// Phones exported from Chinese handsets write names, addresses and notes this way; a number inside such a note exists
/// only after decoding.
enum VCardQuotedPrintable {
    static func decode(_ text: [UInt8]) -> (bytes: [UInt8], map: OffsetMap)? {
        guard containsQP(text) || containsFold(text) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var map = OffsetMap()
        var index = 0
        let count = text.count
        var changed = false
        while index < count {
            let lineStart = index
            var lineEnd = index
            while lineEnd < count, text[lineEnd] != 0x0A { lineEnd += 1 }
            guard let colon = text[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: ":")),
                String(decoding: text[lineStart..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
            else {
                out.append(contentsOf: text[lineStart..<min(lineEnd + 1, count)])
                index = lineEnd + 1
                // A folded line (RFC 6350 §3.2): the break and the one space or tab after it are not content.
                if index < count, text[index] == 0x20 || text[index] == 0x09 {
                    var breakStart = out.count - 1
                    if breakStart > 0, out[breakStart - 1] == 0x0D { breakStart -= 1 }
                    let removed = out.count - breakStart + 1
                    out.removeSubrange(breakStart...)
                    map.remove(before: out.count, length: removed)
                    index += 1
                    changed = true
                }
                continue
            }
            let head = String(decoding: text[lineStart..<colon], as: UTF8.self).uppercased()
            let charset = head.split(separator: ";").first { $0.hasPrefix("CHARSET=") }.map { String($0.dropFirst(8)) }
            out.append(contentsOf: text[lineStart...colon])
            // The value runs to the first line break that is not a soft one (`=` just before it).
            var cursor = colon + 1
            while cursor < count {
                if text[cursor] == 0x0A || (text[cursor] == 0x0D && cursor + 1 < count && text[cursor + 1] == 0x0A) {
                    if cursor > colon + 1, text[cursor - 1] == UInt8(ascii: "=") {
                        cursor += text[cursor] == 0x0D ? 2 : 1
                        continue
                    }
                    break
                }
                cursor += 1
            }
            let encoding = charset.flatMap { TextEncoding(name: $0) } ?? .utf8
            EncodedBytes.quotedPrintable(text, (colon + 1)..<cursor).decode(charset: encoding, into: &out, map: &map)
            changed = true
            index = cursor
        }
        return changed ? (out, map) : nil
    }

    private static func containsFold(_ text: [UInt8]) -> Bool {
        text.indices.dropLast().contains { text[$0] == 0x0A && (text[$0 + 1] == 0x20 || text[$0 + 1] == 0x09) }
    }

    private static func containsQP(_ text: [UInt8]) -> Bool {
        let needle = Array("QUOTED-PRINTABLE".utf8)
        return text.withUnsafeBufferPointer { ByteSearch.contains(needle.map(ByteSearch.lower), in: $0, range: 0..<$0.count) }
    }
}
