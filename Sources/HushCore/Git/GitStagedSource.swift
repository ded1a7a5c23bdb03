/// What `git commit` would record now: the files in git's index that differ from HEAD, read from the index (never from
/// the work tree, which may hold other edits), each with the lines it adds.
///
/// Three git processes whatever the size of the repository: `rev-parse` (in `GitRepository`), one `diff --cached`
/// that gives both the exact names (`--raw -z`) and the added lines (`-p -U0`), and one `cat-file --batch` for the
/// blobs. Nothing walks the work tree, so a commit of ten files costs the same in a repository of a hundred thousand.
/// A repository without commits works: git compares the index with the empty tree.
public struct GitStagedSource: Sendable {
    public let entries: [SourceEntry]

    static let diffArguments = [
        "diff", "--cached", "--raw", "-p", "-U0", "-z", "-M", "--full-index", "--no-abbrev", "--no-color", "--no-ext-diff",
        "--no-textconv", "--no-relative", "--submodule=short", "--diff-filter=ACMRTU", "--",
    ]

    /// Lists what is staged in `repository`'s work tree.
    public init(repository: GitRepository) throws(GitError) {
        let root = try repository.workTree()
        let output = try GitCommand.run(Self.diffArguments, in: root)
        guard output.status == 0 else { throw .failed("git diff --cached", output.complaint) }
        let files = GitDiffParser.parse(output.stdout[...])
        let reader = files.contains { $0.status != .unmerged } ? try GitBlobReader(directory: root) : nil
        entries = files.map { file in
            let path = FilePath.display(file.path)
            if file.status == .unmerged {
                return .failed(path: path, cause: "unmerged (merge in progress): resolve the conflict and `git add` it")
            }
            if file.isSubmodule { return .skipped(SkippedFile(path: path, reason: "submodule (its own repository is not scanned)")) }
            if file.isSymbolicLink { return .skipped(SkippedFile(path: path, reason: "symbolic link")) }
            return .document(
                SourceDocument(
                    path: path, scansName: file.nameIsNew, added: file.added,
                    load: Self.loader(reader, blob: file.newBlob)))
        }
    }

    /// Whether nothing is staged (a commit with `--allow-empty`, or only deletions).
    public var isEmpty: Bool { entries.isEmpty }

    static func loader(_ reader: GitBlobReader?, blob: String) -> @Sendable (Int?) -> Result<[UInt8], SourceDocument.LoadFailure> {
        { limit in
            guard let reader else { return .failure(.unreadable("no blob reader")) }
            switch reader.read(blob, limit: limit) {
            case let .success(bytes): return .success(bytes)
            case let .failure(.tooLarge(size, limit)): return .failure(.tooLarge(size: size, limit: limit))
            case let .failure(.unreadable(cause)): return .failure(.unreadable("blob \(blob.prefix(12)): \(cause)"))
            }
        }
    }
}
