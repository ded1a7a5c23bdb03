/// Maps offsets in decoded UTF-8 text back to byte offsets in the original encoded bytes.
///
/// Decoding records a checkpoint (decoded offset, original offset) after every block it hands to iconv (about 1 KiB)
/// and around every undecodable unit. To map an offset, the map finds the checkpoint before it and walks forward one
/// character at a time on both sides: a character's length is known from its first bytes in either encoding, and each
/// original character decodes to exactly one Unicode scalar. Memory stays a few bytes per KiB, and mapping costs at
/// most a block's walk.
public struct EncodingMap: Sendable {
    let encoding: TextEncoding
    let original: [UInt8]
    let decoded: [UInt8]
    private(set) var decodedMarks: [Int] = []
    private(set) var originalMarks: [Int] = []

    init(encoding: TextEncoding, original: [UInt8], decoded: [UInt8], decodedMarks: [Int], originalMarks: [Int]) {
        self.encoding = encoding
        self.original = original
        self.decoded = decoded
        self.decodedMarks = decodedMarks
        self.originalMarks = originalMarks
    }

    /// The original offset of the character boundary at decoded offset `offset`.
    public func originalOffset(_ offset: Int) -> Int {
        var low = 0
        var high = decodedMarks.count
        while low < high {
            let mid = (low + high) / 2
            if decodedMarks[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        let mark = max(low - 1, 0)
        var decodedPosition = decodedMarks[mark]
        var originalPosition = originalMarks[mark]
        guard decodedPosition < offset else { return originalPosition }
        decoded.withUnsafeBufferPointer { text in
            original.withUnsafeBufferPointer { bytes in
                while decodedPosition < offset, originalPosition < bytes.count {
                    decodedPosition += TextEncoding.utf8.characterLength(in: text, at: decodedPosition)
                    originalPosition += encoding.characterLength(in: bytes, at: originalPosition)
                }
            }
        }
        return min(originalPosition, original.count)
    }
}
