/// Why hush could not read what git holds. Prints as one line, because a pre-commit hook's user sees only that line
/// before deciding what to do.
public enum GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `git` is not on `PATH`.
    case notInstalled
    /// The folder is not inside a git repository.
    case notARepository(String)
    /// A bare repository has no index and no work tree; only history can be scanned.
    case bareRepository(String)
    /// Inside the `.git` folder rather than the work tree.
    case outsideWorkTree(String)
    /// A revision or range that git does not know.
    case badRevision(String, String)
    /// A git command failed: the command and git's first line of complaint.
    case failed(String, String)
    /// A blob listed by git could not be read back.
    case unreadableBlob(String, String)

    public var description: String {
        switch self {
        case .notInstalled:
            "git is not installed (or not on PATH)"
        case let .notARepository(directory):
            "not a git repository: \(directory) (run hush inside one, or scan files with `hush scan PATH`)"
        case let .bareRepository(directory):
            "\(directory) is a bare repository: it has no index or work tree (scan its history with --git all or --git A..B)"
        case let .outsideWorkTree(directory):
            "\(directory) is inside the .git folder: run hush in the work tree"
        case let .badRevision(spec, message):
            "not a revision range git knows: '\(spec)' (\(message))"
        case let .failed(command, message):
            "`\(command)` failed: \(message)"
        case let .unreadableBlob(path, message):
            "\(path): cannot read the staged blob (\(message))"
        }
    }
}
