/// Small byte-level searches used on the scan's hot path, ASCII case-insensitive.
enum ByteSearch {
    /// Whether `needle` (already lowercased) occurs in `haystack[range]`, comparing ASCII letters without case.
    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        firstIndex(of: needle, in: haystack, range: range) != nil
    }

    static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        let last = range.upperBound - needle.count
        var index = range.lowerBound
        while index <= last {
            if lower(haystack[index]) == first {
                var matched = true
                var offset = 1
                while offset < needle.count {
                    if lower(haystack[index + offset]) != needle[offset] {
                        matched = false
                        break
                    }
                    offset += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Moves `offset` back by up to `characters` UTF-8 characters (never below `floor`).
    static func back(from offset: Int, characters: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int = 0) -> Int {
        var index = offset
        var remaining = characters
        while remaining > 0, index > floor {
            index -= 1
            while index > floor, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            remaining -= 1
        }
        return index
    }

    /// Moves `offset` forward by up to `characters` UTF-8 characters (never past `ceiling`).
    static func forward(from offset: Int, characters: Int, in bytes: UnsafeBufferPointer<UInt8>, ceiling: Int) -> Int {
        var index = offset
        var remaining = characters
        while remaining > 0, index < ceiling {
            index += 1
            while index < ceiling, bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index
    }
}
