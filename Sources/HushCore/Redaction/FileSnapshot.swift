#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file looked like when hush read it: compared again just before the file is replaced, so that a file
/// changed meanwhile (an editor saved it, a log grew) keeps its newer contents instead of being overwritten with a
/// redaction of the older ones.
public struct FileSnapshot: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var mode: UInt32
    public var owner: UInt32
    public var group: UInt32
    public var links: Int

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        mode = UInt32(info.st_mode)
        owner = UInt32(info.st_uid)
        group = UInt32(info.st_gid)
        links = Int(info.st_nlink)
    }

    /// The snapshot of what `path` names now, without following a final symbolic link.
    public static func of(_ path: FilePath) -> FileSnapshot? {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0 else { return nil }
        return FileSnapshot(info)
    }

    /// Whether `other` is the same file with the same contents as far as the file system tells: same inode, size and
    /// modification time.
    public func isUnchanged(comparedWith other: FileSnapshot) -> Bool {
        device == other.device && inode == other.inode && size == other.size && modifiedSeconds == other.modifiedSeconds
            && modifiedNanoseconds == other.modifiedNanoseconds
    }

    public var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }
    public var isRegular: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
    public var permissions: mode_t { mode_t(mode & 0o7777) }
}
