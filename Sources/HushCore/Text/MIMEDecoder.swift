import Foundation

/// Decodes an e-mail message (`.eml`, RFC 5322 with MIME): base64 and quoted-printable parts, in their charsets, and
/// encoded words in headers (`=?UTF-8?B?…?=`), so values inside them are found and reported at their encoded bytes.
///
/// A single forward pass over lines keeps a stack of multipart boundaries; everything that is not an encoded body or
/// an encoded word is copied as it is. A malformed message degrades to less decoding, never to an error.
enum MIMEDecoder {
    static func decode(_ text: [UInt8]) -> (bytes: [UInt8], map: OffsetMap)? {
        var decoder = Pass(text: text)
        decoder.run()
        return decoder.changed ? (decoder.out, decoder.map) : nil
    }

    private struct Pass {
        let text: [UInt8]
        var out: [UInt8] = []
        var map = OffsetMap()
        var changed = false
        var index = 0
        var boundaries: [[UInt8]] = []

        init(text: [UInt8]) {
            self.text = text
            out.reserveCapacity(text.count)
        }

        /// The end of the line starting at `start` (before its line break) and where the next line starts.
        func line(at start: Int) -> (end: Int, next: Int) {
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            let next = min(end + 1, text.count)
            if end > start, text[end - 1] == 0x0D { end -= 1 }
            return (end, next)
        }

        mutating func copy(_ range: Range<Int>) { out.append(contentsOf: text[range]) }

        /// Which boundary line (if any) starts at `start`: nil, or (depth in the stack, whether it closes).
        func boundary(at start: Int, end: Int) -> (depth: Int, closes: Bool)? {
            guard end - start >= 3, text[start] == UInt8(ascii: "-"), text[start + 1] == UInt8(ascii: "-") else { return nil }
            for depth in boundaries.indices.reversed() {
                let marker = boundaries[depth]
                guard end - start - 2 >= marker.count, text[(start + 2)..<(start + 2 + marker.count)].elementsEqual(marker) else { continue }
                let rest = text[(start + 2 + marker.count)..<end]
                return (depth, rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]))
            }
            return nil
        }

        mutating func run() {
            while index < text.count {
                // Headers of a part (the message itself first).
                var headers: [String: String] = [:]
                var lastName: String?
                while index < text.count {
                    let (end, next) = line(at: index)
                    if end == index {
                        copy(index..<next)
                        index = next
                        break
                    }
                    let lineText = String(decoding: text[index..<end], as: UTF8.self)
                    if text[index] == 0x20 || text[index] == 0x09, let name = lastName {
                        headers[name, default: ""] += " " + lineText.trimmingCharacters(in: .whitespaces)
                    } else if let colon = lineText.firstIndex(of: ":") {
                        let name = lineText[..<colon].lowercased()
                        headers[name] = String(lineText[lineText.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                        lastName = name
                    }
                    copyHeaderLine(index..<end)
                    copy(end..<next)
                    index = next
                }
                let contentType = headers["content-type"] ?? "text/plain"
                let lowerType = contentType.lowercased()
                if lowerType.hasPrefix("multipart/"), let boundary = parameter("boundary", in: contentType) {
                    boundaries.append(Array(boundary.utf8))
                    // Preamble up to the first boundary line.
                    guard skipToBoundary() else { return }
                    continue
                }
                let transfer = headers["content-transfer-encoding"]?.lowercased() ?? ""
                let charset = parameter("charset", in: contentType).flatMap(TextEncoding.init(name:)) ?? .utf8
                // The leaf body runs to the next boundary line of any enclosing multipart, or the end.
                let bodyStart = index
                var bodyEnd = text.count
                var cursor = index
                while cursor < text.count {
                    let (end, next) = line(at: cursor)
                    if boundary(at: cursor, end: end) != nil {
                        bodyEnd = cursor
                        break
                    }
                    cursor = next
                }
                let encoded: EncodedBytes? =
                    transfer == "base64" ? EncodedBytes.base64(text, bodyStart..<bodyEnd)
                    : transfer == "quoted-printable" ? EncodedBytes.quotedPrintable(text, bodyStart..<bodyEnd) : nil
                if let encoded {
                    encoded.decode(charset: charset, into: &out, map: &map)
                    changed = true
                } else {
                    copy(bodyStart..<bodyEnd)
                }
                index = bodyEnd
                guard index < text.count, skipToBoundary() else { return }
            }
        }

        /// Copies lines up to and including the next boundary line that opens a part; closing boundaries pop the stack.
        /// Returns false at the end of the text.
        mutating func skipToBoundary() -> Bool {
            while index < text.count {
                let (end, next) = line(at: index)
                let found = boundary(at: index, end: end)
                copy(index..<next)
                index = next
                if let found {
                    if found.closes {
                        boundaries.removeSubrange(found.depth...)
                        continue
                    }
                    boundaries.removeSubrange((found.depth + 1)...)
                    return true
                }
            }
            return false
        }

        /// Copies a header line, decoding RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?GBK?Q?…?=`).
        mutating func copyHeaderLine(_ range: Range<Int>) {
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                if text[cursor] == UInt8(ascii: "="), cursor + 1 < range.upperBound, text[cursor + 1] == UInt8(ascii: "?"),
                    let word = encodedWord(at: cursor, limit: range.upperBound)
                {
                    let payload = word.payload
                    var bytes = word.base64 ? EncodedBytes.base64(text, payload) : EncodedBytes.quotedPrintable(text, payload)
                    if !word.base64 {
                        for (offset, byte) in bytes.bytes.enumerated() where byte == UInt8(ascii: "_") { bytes.bytes[offset] = 0x20 }
                    }
                    // The whole encoded word stands for its text: `=?UTF-8?B?` goes with the first byte, `?=` with the
                    // last, so a value in it maps to the word as written. A word that decodes to nothing stands for
                    // nothing, all of it: its payload is already in `leadingSkip`, so that is set, not added to.
                    if bytes.sourceLengths.isEmpty {
                        bytes.leadingSkip = word.end - cursor
                    } else {
                        bytes.sourceLengths[0] += payload.lowerBound - cursor + bytes.leadingSkip
                        bytes.leadingSkip = 0
                        bytes.sourceLengths[bytes.sourceLengths.count - 1] += word.end - payload.upperBound
                    }
                    bytes.decode(charset: word.charset, into: &out, map: &map)
                    changed = true
                    cursor = word.end
                    continue
                }
                out.append(text[cursor])
                cursor += 1
            }
        }

        func encodedWord(at start: Int, limit: Int) -> (charset: TextEncoding, base64: Bool, payload: Range<Int>, end: Int)? {
            var parts: [Int] = []
            var cursor = start + 2
            while cursor + 1 < limit, parts.count < 2 {
                if text[cursor] == UInt8(ascii: "?") { parts.append(cursor) }
                cursor += 1
            }
            guard parts.count == 2 else { return nil }
            var close = parts[1] + 1
            while close + 1 < limit, !(text[close] == UInt8(ascii: "?") && text[close + 1] == UInt8(ascii: "=")) { close += 1 }
            guard close + 1 < limit else { return nil }
            let charsetName = String(decoding: text[(start + 2)..<parts[0]], as: UTF8.self)
            let mode = String(decoding: text[(parts[0] + 1)..<parts[1]], as: UTF8.self).uppercased()
            guard let charset = TextEncoding(name: charsetName), mode == "B" || mode == "Q" else { return nil }
            return (charset, mode == "B", (parts[1] + 1)..<close, close + 2)
        }

        func parameter(_ name: String, in header: String) -> String? {
            for piece in header.split(separator: ";").dropFirst() {
                let pair = piece.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
                return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return nil
        }
    }
}
