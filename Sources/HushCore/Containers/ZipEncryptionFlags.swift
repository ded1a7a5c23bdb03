/// Reads which members of a zip are encrypted, from its central directory.
///
/// ZIPFoundation keeps that flag internal, and inflating an encrypted member only yields a confusing checksum error;
/// reading the central directory (end record, then one fixed-size record per member) says it plainly.
enum ZipEncryptionFlags {
    /// Member paths whose general-purpose flag has bit 0 set. `read(offset, length)` returns the archive's bytes.
    static func encryptedPaths(size: Int, read: (Int, Int) -> [UInt8]) -> Set<String> {
        let tailLength = min(size, 65_557)
        let tail = read(size - tailLength, tailLength)
        guard tail.count >= 22, let end = (0...(tail.count - 22)).reversed().first(where: { index in
            tail[index] == 0x50 && tail[index + 1] == 0x4B && tail[index + 2] == 5 && tail[index + 3] == 6
        }) else { return [] }
        func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }
        let directorySize = u32(tail, end + 12)
        let directoryOffset = u32(tail, end + 16)
        guard directoryOffset + directorySize <= size, directorySize < 64 << 20 else { return [] }
        let directory = read(directoryOffset, directorySize)
        var encrypted = Set<String>()
        var index = 0
        while index + 46 <= directory.count, directory[index] == 0x50, directory[index + 1] == 0x4B,
            directory[index + 2] == 1, directory[index + 3] == 2
        {
            let flags = u16(directory, index + 8)
            let nameLength = u16(directory, index + 28)
            let extraLength = u16(directory, index + 30)
            let commentLength = u16(directory, index + 32)
            guard index + 46 + nameLength <= directory.count else { break }
            if flags & 1 != 0 {
                encrypted.insert(String(decoding: directory[(index + 46)..<(index + 46 + nameLength)], as: UTF8.self))
            }
            index += 46 + nameLength + extraLength + commentLength
        }
        return encrypted
    }
}
