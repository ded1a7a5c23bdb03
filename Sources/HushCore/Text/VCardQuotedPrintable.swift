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
            // Decode the value, following soft line breaks (`=` at the end of a line).
            var raw: [UInt8] = []
            var rawSource: [(start: Int, length: Int)] = []
            var cursor = colon + 1
            while cursor < count {
                let byte = text[cursor]
                if byte == UInt8(ascii: "=") {
                    if cursor + 1 < count, text[cursor + 1] == 0x0D || text[cursor + 1] == 0x0A {
                        var next = cursor + 1
                        if text[next] == 0x0D { next += 1 }
                        if next < count, text[next] == 0x0A { next += 1 }
                        if let last = rawSource.indices.last { rawSource[last].length += next - cursor } else {
                            map.remove(before: out.count, length: next - cursor)
                        }
                        cursor = next
                        continue
                    }
                    if let value = ContentUnescaper.hex(text, cursor + 1, 2) {
                        raw.append(UInt8(value))
                        rawSource.append((cursor, 3))
                        cursor += 3
                        continue
                    }
                }
                if byte == 0x0A || (byte == 0x0D && cursor + 1 < count && text[cursor + 1] == 0x0A) { break }
                raw.append(byte)
                rawSource.append((cursor, 1))
                cursor += 1
            }
            // Characters of the named charset become UTF-8; each maps back to the encoded bytes of its raw bytes.
            let encoding = charset.flatMap { TextEncoding(name: $0) } ?? .utf8
            var rawIndex = 0
            while rawIndex < raw.count {
                let length = raw.withUnsafeBufferPointer { encoding.characterLength(in: $0, at: rawIndex) }
                let end = min(rawIndex + length, raw.count)
                let piece = Array(raw[rawIndex..<end])
                let utf8: [UInt8]
                if encoding == .utf8 {
                    utf8 = piece
                } else if let decoded = try? Transcoder.decode(piece, from: encoding), decoded.invalidUnits == 0 {
                    utf8 = decoded.utf8
                } else {
                    utf8 = [0xEF, 0xBF, 0xBD]
                }
                let sourceLength = rawSource[rawIndex..<end].reduce(0) { $0 + $1.length }
                map.replace(view: out.count, viewLength: utf8.count, originalLength: sourceLength)
                out.append(contentsOf: utf8)
                rawIndex = end
            }
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
