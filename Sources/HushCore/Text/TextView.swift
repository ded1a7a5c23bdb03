/// The bytes rules run on, and the way back to the original bytes.
///
/// Users write numbers in full-width forms (`１３８`), pad them with the ideographic space, and paste text carrying
/// zero-width characters; the view folds these to ASCII (or drops them) so one set of patterns sees every form.
/// A document with none of them — nearly every file — is its own view: `bytes` is the original array (no copy) and the
/// map is the identity.
public struct TextView: Sendable {
    public let bytes: [UInt8]
    /// From the view to the unescaped text (folding).
    public let map: OffsetMap
    /// From the unescaped text to the decoded text (JSON escapes, character references, quoted-printable), if any.
    public let unescapeMap: OffsetMap?
    /// The text with escapes undone but not folded: what a value really says (`张三`, not `=D5=C5=C8=FD`).
    public let unescaped: [UInt8]?

    public init(bytes: [UInt8], map: OffsetMap, unescapeMap: OffsetMap? = nil, unescaped: [UInt8]? = nil) {
        self.bytes = bytes
        self.map = map
        self.unescapeMap = unescapeMap
        self.unescaped = unescaped
    }

    /// The view of decoded text whose format escapes values (`kind`): escapes are undone first, then folding.
    init(utf8 decoded: [UInt8], unescaping kind: ContentUnescaper.Kind?) {
        guard let kind, let unescaped = ContentUnescaper.unescape(decoded, kind: kind) else {
            self.init(utf8: decoded)
            return
        }
        let folded = TextView(utf8: unescaped.bytes)
        self.init(bytes: folded.bytes, map: folded.map, unescapeMap: unescaped.map, unescaped: unescaped.bytes)
    }

    /// The decoded-text offset where view byte `view` starts.
    public func originalStart(_ view: Int) -> Int {
        let inner = map.originalStart(view)
        return unescapeMap?.originalStart(inner) ?? inner
    }

    /// The decoded-text offset just after the bytes behind view bytes up to `end` (exclusive).
    public func originalEnd(_ end: Int) -> Int {
        let inner = map.originalEnd(end)
        return unescapeMap?.originalEnd(inner) ?? inner
    }

    /// The first view offset at or after decoded offset `original`.
    public func viewOffset(forOriginal original: Int) -> Int {
        guard let unescapeMap else { return map.viewOffset(forOriginal: original, viewCount: bytes.count) }
        var low = 0
        var high = bytes.count
        while low < high {
            let mid = (low + high) / 2
            if originalStart(mid) < original { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The view of UTF-8 `original`: full-width ASCII (U+FF01–U+FF5E) becomes ASCII, the ideographic space U+3000 a
    /// space; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen U+00AD are removed.
    public init(utf8 original: [UInt8]) {
        // Made at the first fold: a document with nothing to fold — nearly every file — is its own view, uncopied.
        var out: [UInt8]?
        var map = OffsetMap()
        // Bytes between foldable characters are copied in runs, not one by one.
        original.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var copied = 0
            var index = 0
            while index < count {
                let byte = buffer[index]
                // Only these lead bytes start a foldable character; CJK text (E4–E9) falls through at once.
                guard byte == 0xEF || byte == 0xE3 || byte == 0xE2 || byte == 0xC2, index + 1 < count else {
                    index += 1
                    continue
                }
                let b1 = buffer[index + 1]
                let b2 = index + 2 < count ? buffer[index + 2] : 0
                let folded: UInt8?
                let length: Int
                switch (byte, b1, b2) {
                case (0xEF, 0xBC, 0x81...0xBF): (folded, length) = (b2 - 0x60, 3)
                case (0xEF, 0xBD, 0x80...0x9E): (folded, length) = (b2 - 0x20, 3)
                case (0xE3, 0x80, 0x80): (folded, length) = (0x20, 3)
                case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF): (folded, length) = (nil, 3)
                case (0xC2, 0xAD, _): (folded, length) = (nil, 2)
                default:
                    index += 1
                    continue
                }
                if out == nil {
                    out = []
                    out!.reserveCapacity(count)
                }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<index]))
                if let folded {
                    map.fold(view: out!.count, length: length)
                    out!.append(folded)
                } else {
                    map.remove(before: out!.count, length: length)
                }
                index += length
                copied = index
            }
            out?.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<count]))
        }
        self.init(bytes: out ?? original, map: map)
    }
}
