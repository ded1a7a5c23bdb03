import HushPCRE2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files under the paths a user named, the way ripgrep does.
///
/// Children are visited in byte order of their names so output is stable. `.git` is never entered; dotfiles (`.env`)
/// are scanned. Ignore files apply below the folder they sit in. Links are not followed unless asked; when they are,
/// a link back to a folder being walked is reported as a loop instead of recursing forever.
public struct FileWalker {
    public let options: WalkOptions
    private let matchState = MatchState()

    public init(options: WalkOptions = WalkOptions()) {
        self.options = options
    }

    /// Walks `roots` (files or folders; an empty list means the current folder, shown without `./`).
    public func walk(_ roots: [String], _ visit: (WalkEntry) -> Void) {
        if roots.isEmpty {
            walkRoot(display: "", location: FilePath("."), visit)
        } else {
            for root in roots { walkRoot(display: root, location: FilePath(root), visit) }
        }
    }

    private func walkRoot(display: String, location: FilePath, _ visit: (WalkEntry) -> Void) {
        var info = stat()
        guard location.withCString({ stat($0, &info) }) == 0 else {
            visit(.failed(path: display.isEmpty ? "." : display, cause: SystemError().description))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            var ignores = IgnoreRules()
            if options.honourIgnoreFiles { ignores = ignores.adding(contentsOf: ignoreFiles(in: location), base: "") }
            walkDirectory(display: display, location: location, relative: "", ignores: ignores, ancestors: [Self.identity(info)], visit)
        case S_IFREG:
            visit(.file(path: display, location: location, named: true))
        default:
            visit(.failed(path: display, cause: "not a regular file or directory (\(Self.kind(info.st_mode)))"))
        }
    }

    private func walkDirectory(
        display: String, location: FilePath, relative: String, ignores: IgnoreRules, ancestors: [FileIdentity],
        _ visit: (WalkEntry) -> Void
    ) {
        let names: [[UInt8]]
        switch listDirectory(location) {
        case let .success(list): names = list
        case let .failure(error):
            visit(.skipped(SkippedFile(path: display.isEmpty ? "." : display, reason: error.description)))
            return
        }
        for name in names {
            if name == Array(".git".utf8) { continue }
            let childLocation = location.bytes == Array(".".utf8) && display.isEmpty ? FilePath(bytes: name) : location.appending(name)
            let childDisplay = display.isEmpty ? FilePath.display(name) : Self.join(display, FilePath.display(name))
            let childRelative = relative.isEmpty ? FilePath.display(name) : relative + "/" + FilePath.display(name)
            var info = stat()
            guard childLocation.withCString({ lstat($0, &info) }) == 0 else {
                visit(.skipped(SkippedFile(path: childDisplay, reason: SystemError().description)))
                continue
            }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard options.followLinks else {
                    if !ignores.isIgnored(childRelative, isDirectory: false, state: matchState) {
                        visit(.skipped(SkippedFile(path: childDisplay, reason: "symbolic link not followed (use --follow)")))
                    }
                    continue
                }
                guard childLocation.withCString({ stat($0, &info) }) == 0 else {
                    let error = SystemError()
                    let reason = error.code == ENOENT ? "broken symbolic link" : error.code == ELOOP ? "symbolic link loop" : error.description
                    visit(.skipped(SkippedFile(path: childDisplay, reason: reason)))
                    continue
                }
                mode = info.st_mode & S_IFMT
            }
            let isDirectory = mode == S_IFDIR
            if ignores.isIgnored(childRelative, isDirectory: isDirectory, state: matchState) { continue }
            switch mode {
            case S_IFDIR:
                let identity = Self.identity(info)
                if ancestors.contains(identity) {
                    visit(.skipped(SkippedFile(path: childDisplay, reason: "symbolic link loop")))
                    continue
                }
                let childIgnores = options.honourIgnoreFiles
                    ? ignores.adding(contentsOf: ignoreFiles(in: childLocation), base: childRelative + "/") : ignores
                walkDirectory(
                    display: childDisplay, location: childLocation, relative: childRelative, ignores: childIgnores,
                    ancestors: ancestors + [identity], visit)
            case S_IFREG:
                visit(.file(path: childDisplay, location: childLocation, named: false))
            default:
                visit(.skipped(SkippedFile(path: childDisplay, reason: "not a regular file (\(Self.kind(info.st_mode)))")))
            }
        }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private func ignoreFiles(in directory: FilePath) -> [String] {
        IgnoreRules.fileNames.compactMap { name in
            let path = directory.appending(Array(name.utf8))
            guard case let .success(bytes) = FileReader.readAll(path, limit: 1 << 20) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private func listDirectory(_ location: FilePath) -> Result<[[UInt8]], SystemError> {
        guard let directory = location.withCString({ opendir($0) }) else { return .failure(SystemError()) }
        defer { closedir(directory) }
        var names: [(name: [UInt8], key: [UInt8])] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            // A folder sorts as `name/`, so the walk visits paths in the byte order of their full paths and reports
            // that sort by path can stream in walk order.
            names.append((name, entry.pointee.d_type == UInt8(DT_DIR) ? name + [0x2F] : name))
        }
        return .success(names.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.name))
    }

    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func identity(_ info: stat) -> FileIdentity {
        FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "fifo"
        case S_IFSOCK: "socket"
        case S_IFCHR: "character device"
        case S_IFBLK: "block device"
        case S_IFDIR: "directory"
        case S_IFLNK: "symbolic link"
        default: "special file"
        }
    }
}
