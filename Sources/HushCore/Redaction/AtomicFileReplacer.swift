#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file so that a crash at any instant leaves either the old contents or the complete new ones (DESIGN §6).
///
/// The new contents go to a temporary file in the target's own folder (a rename is atomic only within one file
/// system), created with mode 0600 so that no one else can read a half-written copy of personal data. Once it is
/// complete it is flushed to disk, given the original's mode (and owner, where permitted), renamed over the target,
/// and the folder is flushed so that the rename itself survives a power cut.
///
/// On Linux the temporary file is made with `O_TMPFILE`: it has no name until it is complete, so a process killed
/// while writing leaves nothing behind. It gets a name, `.hush-tmp-…`, only for the instant between `linkat` and
/// `rename`. Where `O_TMPFILE` is not supported the file is named from the start. Either way its creator holds an
/// `flock` on it for as long as it lives, so `removeStaleTemporaries` can tell the leftovers of a killed run (no lock)
/// from the files of a run in progress (locked), and remove only the former.
public final class AtomicFileReplacer {
    /// Every temporary file hush creates starts with this, so they are recognisable (and never taken for data).
    public static let temporaryPrefix = ".hush-tmp-"

    public let target: FilePath
    private let directory: Int32
    private let name: [UInt8]
    private var descriptor: Int32
    /// The temporary file's name in the folder, once it has one.
    private var temporaryName: [UInt8]?
    private var installed = false

    /// Creates the temporary file beside `target` (which need not exist yet). `unnamed: false` names it from the start,
    /// as on file systems without `O_TMPFILE`.
    public init(target: FilePath, unnamed: Bool = true) throws(RedactionError) {
        self.target = target
        let (folder, last) = Self.split(target)
        name = last
        directory = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard directory >= 0 else { throw .system(operation: "cannot open the folder", SystemError()) }
        descriptor = -1
        #if os(Linux)
            if unnamed { descriptor = openat(directory, ".", Self.openTemporary | O_RDWR | O_CLOEXEC, 0o600) }
        #endif
        if descriptor < 0 {
            for _ in 0..<16 {
                let candidate = Self.randomName()
                descriptor = candidate.withCString { openat(directory, $0, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
                if descriptor >= 0 {
                    temporaryName = Array(candidate.utf8)
                    break
                }
                if errno != EEXIST { break }
            }
        }
        guard descriptor >= 0 else {
            let error = SystemError()
            close(directory)
            throw .system(operation: "cannot create a temporary file beside it", error)
        }
        flock(descriptor, LOCK_EX)
    }

    deinit {
        discard()
        close(directory)
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(RedactionError) {
        do {
            try DescriptorIO.writeAll(descriptor, bytes)
        } catch {
            throw .system(operation: "cannot write the temporary file", error)
        }
    }

    /// Flushes the new contents to disk and gives them `mode` and, where permitted, `owner`. Call before `install`.
    public func prepare(mode: mode_t, owner: (user: uid_t, group: gid_t)? = nil) throws(RedactionError) {
        guard fsync(descriptor) == 0 else { throw .system(operation: "cannot flush the temporary file", SystemError()) }
        if let owner { _ = fchown(descriptor, owner.user, owner.group) }  // only root may give a file away; others keep theirs
        guard fchmod(descriptor, mode) == 0 else { throw .system(operation: "cannot set the mode", SystemError()) }
    }

    /// Renames the new contents over the target and flushes the folder.
    public func install() throws(RedactionError) {
        if temporaryName == nil { try giveName() }
        guard let temporaryName else { return }
        let renamed = (temporaryName + [0]).withUnsafeBufferPointer { from in
            (name + [0]).withUnsafeBufferPointer { to in
                from.withMemoryRebound(to: CChar.self) { from in
                    to.withMemoryRebound(to: CChar.self) { to in renameat(directory, from.baseAddress!, directory, to.baseAddress!) }
                }
            }
        }
        guard renamed == 0 else { throw .system(operation: "cannot rename the new contents into place", SystemError()) }
        installed = true
        self.temporaryName = nil
        _ = fsync(directory)
        close(descriptor)
        descriptor = -1
    }

    /// Drops the temporary file; the target is untouched. Safe to call more than once.
    public func discard() {
        guard !installed else { return }
        if let temporaryName {
            (temporaryName + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { _ = unlinkat(directory, $0.baseAddress!, 0) }
            }
            self.temporaryName = nil
        }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        installed = true
    }

    /// Removes `.hush-tmp-…` files in `folder` that no running hush holds, the leftovers of a run that was killed between
    /// naming its temporary file and renaming it. Returns how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: FilePath) -> Int {
        let directory = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard directory >= 0 else { return 0 }
        defer { close(directory) }
        guard let stream = fdopendir(dup(directory)) else { return 0 }
        var names: [[UInt8]] = []
        let prefix = Array(temporaryPrefix.utf8)
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if entryName.starts(with: prefix) { names.append(entryName) }
        }
        closedir(stream)
        var removed = 0
        for entryName in names {
            (entryName + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { path in
                    let file = openat(directory, path.baseAddress!, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                    guard file >= 0 else { return }
                    defer { close(file) }
                    var info = stat()
                    guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
                    guard flock(file, LOCK_EX | LOCK_NB) == 0 else { return }
                    if unlinkat(directory, path.baseAddress!, 0) == 0 { removed += 1 }
                }
            }
        }
        return removed
    }

    /// Links the unnamed `O_TMPFILE` file into the folder under a temporary name.
    private func giveName() throws(RedactionError) {
        for _ in 0..<16 {
            let candidate = Self.randomName()
            var linked = linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", directory, candidate, AT_SYMLINK_FOLLOW)
            if linked != 0 && errno == ENOENT {
                linked = linkat(descriptor, "", directory, candidate, Self.emptyPath)
            }
            if linked == 0 {
                temporaryName = Array(candidate.utf8)
                return
            }
            if errno != EEXIST { break }
        }
        throw .system(operation: "cannot name the temporary file", SystemError())
    }

    private static func randomName() -> String {
        temporaryPrefix + String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }

    /// The folder (`.` when none is named) and the last component of `path`.
    private static func split(_ path: FilePath) -> (FilePath, [UInt8]) {
        guard let slash = path.bytes.lastIndex(of: UInt8(ascii: "/")) else { return (FilePath("."), path.bytes) }
        let folder = slash == 0 ? [UInt8(ascii: "/")] : Array(path.bytes[..<slash])
        return (FilePath(bytes: folder), Array(path.bytes[(slash + 1)...]))
    }

    /// The folder holding `path`.
    public static func folder(of path: FilePath) -> FilePath { split(path).0 }

    #if os(Linux)
        /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`): a macro Swift does not import. The value is the same on every
        /// architecture Swift supports on Linux.
        private static let openTemporary: Int32 = 0o20_200_000
        /// `AT_EMPTY_PATH`, likewise not imported.
        private static let emptyPath: Int32 = 0x1000
    #else
        private static let emptyPath: Int32 = 0
    #endif
}
