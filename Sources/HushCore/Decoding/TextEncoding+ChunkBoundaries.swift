/// Where a large document may be cut into windows without splitting a character.
///
/// Cuts prefer a line start, so that a window begins where a line does; failing that, any character boundary, found
/// from the bytes alone. For GB18030 and Big5 that is subtle: trail bytes can be ASCII (`丂` is `81 40`) and
/// four-byte GB18030 sequences contain digits, so a boundary is only certain right after a byte that can be nothing
/// but a whole character (below 0x30 for GB18030, below 0x40 for Big5). A line feed is such a byte in every
/// encoding hush reads; in UTF-16 it is the code unit 0x000A at an even offset. Offsets are relative to a buffer that
/// itself starts at a character boundary (so UTF-16 parity holds).
extension TextEncoding {
    /// The first line start at or after `from` and at or before `limit`, in `bytes`.
    func lineStart(from: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = min(limit, bytes.count)
        guard from <= end else { return nil }
        if from == 0 { return 0 }
        switch self {
        case .utf16LE, .utf16BE:
            var unit = from - 2 + (from & 1)
            while unit + 2 <= end {
                let (high, low) = self == .utf16LE ? (bytes[unit + 1], bytes[unit]) : (bytes[unit], bytes[unit + 1])
                if high == 0 && low == 0x0A && unit + 2 >= from { return unit + 2 }
                unit += 2
            }
            return nil
        default:
            var index = from - 1
            while index < end {
                if bytes[index] == 0x0A { return index + 1 }
                index += 1
            }
            return nil
        }
    }

    /// Whether the character at `index` is a line feed.
    func isLineFeed(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .utf16LE: index + 1 < bytes.count && bytes[index] == 0x0A && bytes[index + 1] == 0
        case .utf16BE: index + 1 < bytes.count && bytes[index] == 0 && bytes[index + 1] == 0x0A
        default: index < bytes.count && bytes[index] == 0x0A
        }
    }

    /// The first character boundary at or after `from` and at or before `limit`.
    func characterBoundary(from: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = min(limit, bytes.count)
        var index = from
        while index <= end {
            if isBoundary(index, in: bytes) { return index }
            index += 1
        }
        return nil
    }

    /// A cut near `from`: the first line start within `lineSearch` bytes, else the first character boundary up to
    /// `limit`.
    func cut(near from: Int, limit: Int, lineSearch: Int = 1 << 16, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        lineStart(from: from, limit: min(limit, from + lineSearch), in: bytes)
            ?? characterBoundary(from: from, limit: limit, in: bytes)
    }

    private func isBoundary(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if index == 0 || index == bytes.count { return true }
        switch self {
        case .utf8:
            return bytes[index] & 0xC0 != 0x80
        case .utf16LE, .utf16BE:
            guard index & 1 == 0, index + 1 < bytes.count else { return false }
            let high = self == .utf16LE ? bytes[index + 1] : bytes[index]
            return high & 0xFC != 0xDC
        case .gb18030:
            return bytes[index - 1] < 0x30
        case .big5:
            return bytes[index - 1] < 0x40
        }
    }
}
