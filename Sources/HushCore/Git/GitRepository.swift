import Foundation

/// The git repository a command runs in, and the states of it that change what a scan of it means.
///
/// Found with one `git rev-parse` from the current folder, so that `GIT_DIR`, `GIT_WORK_TREE` and worktrees work as
/// they do for git. States such as a detached HEAD or a merge in progress are read from the git folder's files
/// (`HEAD`, `MERGE_HEAD`), which costs no extra process.
public struct GitRepository: Sendable {
    /// The top of the work tree (absolute); nil for a bare repository.
    public let root: String?
    /// The git folder of this work tree (absolute): `.git`, or `.git/worktrees/NAME` for a linked worktree.
    public let gitDirectory: String

    public var isBare: Bool { root == nil }

    public init(root: String?, gitDirectory: String) {
        self.root = root
        self.gitDirectory = gitDirectory
    }

    /// The repository holding `directory` (nil: the current folder).
    public static func discover(from directory: String? = nil) throws(GitError) -> GitRepository {
        let output = try GitCommand.run(
            ["rev-parse", "--is-bare-repository", "--absolute-git-dir", "--is-inside-work-tree", "--show-toplevel"], in: directory)
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let place = directory ?? FileManager.default.currentDirectoryPath
        guard lines.count >= 3, !lines[1].isEmpty else {
            if output.stderr.contains("not a git repository") { throw .notARepository(place) }
            throw .failed("git rev-parse", output.complaint)
        }
        if lines[0] == "true" { return GitRepository(root: nil, gitDirectory: lines[1]) }
        guard lines[2] == "true", lines.count >= 4, !lines[3].isEmpty, output.status == 0 else { throw .outsideWorkTree(place) }
        return GitRepository(root: lines[3], gitDirectory: lines[1])
    }

    /// The top of the work tree, or the error a command that needs one reports.
    public func workTree() throws(GitError) -> String {
        guard let root else { throw .bareRepository(gitDirectory) }
        return root
    }

    /// The commit HEAD points at directly, when it is detached (nil when it names a branch).
    public var detachedHead: String? {
        guard let head = try? String(contentsOfFile: gitDirectory + "/HEAD", encoding: .utf8) else { return nil }
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.hasPrefix("ref:") ? nil : text
    }

    /// Whether a merge is in progress (`git merge` stopped for conflicts or `--no-commit`).
    public var isMerging: Bool {
        FileManager.default.fileExists(atPath: gitDirectory + "/MERGE_HEAD")
    }

    /// The folder git runs hooks from: `core.hooksPath` when set, else the common git folder's `hooks`.
    public func hooksDirectory() throws(GitError) -> String {
        let root = try workTree()
        let output = try GitCommand.check(["rev-parse", "--git-path", "hooks"], in: root)
        let path = output.text.trimmingCharacters(in: .newlines)
        return path.hasPrefix("/") ? path : root + "/" + path
    }
}
