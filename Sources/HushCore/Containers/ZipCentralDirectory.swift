/// Lists a zip's members and which are encrypted, from its central directory.
///
/// ZIPFoundation keeps the encryption flag internal and stops iterating at a member it cannot parse, so an encrypted
/// member would silently vanish from the scan; reading the central directory (end record, then one record per member)
/// gives every name, so each member is either scanned or listed as skipped.
enum ZipCentralDirectory {
    struct Member: Hashable {
        var path: String
        var encrypted: Bool
    }

    /// The number of members the end record declares; nil when there is no end record.
    ///
    /// A zip whose end record counts members but whose directory cannot be read would otherwise be scanned as empty,
    /// without a word (found by fuzz-zip); the count lets it be reported as corrupt.
    static func declaredCount(size: Int, read: (Int, Int) -> [UInt8]) -> Int? {
        guard let (tail, end) = endRecord(size: size, read: read) else { return nil }
        return u16(tail, end + 10)
    }

    private static func endRecord(size: Int, read: (Int, Int) -> [UInt8]) -> (tail: [UInt8], end: Int)? {
        let tailLength = min(size, 65_557)
        let tail = read(size - tailLength, tailLength)
        guard tail.count >= 22, let end = (0...(tail.count - 22)).reversed().first(where: { index in
            tail[index] == 0x50 && tail[index + 1] == 0x4B && tail[index + 2] == 5 && tail[index + 3] == 6
        }) else { return nil }
        return (tail, end)
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }

    /// The members in directory order. `read(offset, length)` returns the archive's bytes.
    static func members(size: Int, read: (Int, Int) -> [UInt8]) -> [Member] {
        guard let (tail, end) = endRecord(size: size, read: read) else { return [] }
        let directorySize = u32(tail, end + 12)
        let directoryOffset = u32(tail, end + 16)
        guard directoryOffset + directorySize <= size, directorySize < 64 << 20 else { return [] }
        let directory = read(directoryOffset, directorySize)
        var members: [Member] = []
        var index = 0
        while index + 46 <= directory.count, directory[index] == 0x50, directory[index + 1] == 0x4B,
            directory[index + 2] == 1, directory[index + 3] == 2
        {
            let flags = u16(directory, index + 8)
            let nameLength = u16(directory, index + 28)
            let extraLength = u16(directory, index + 30)
            let commentLength = u16(directory, index + 32)
            guard index + 46 + nameLength <= directory.count else { break }
            // Named as `ContainerReader.name(of:)` names ZIPFoundation's entries, so the two lists match.
            let path = FilePath.display(directory[(index + 46)..<(index + 46 + nameLength)])
            if !path.hasSuffix("/") { members.append(Member(path: path, encrypted: flags & 1 != 0)) }
            index += 46 + nameLength + extraLength + commentLength
        }
        return members
    }
}
