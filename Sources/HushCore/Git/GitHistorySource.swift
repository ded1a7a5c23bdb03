/// What commits added: a revision range for a pull request, or the whole history.
///
/// The two answer different questions, so they scan differently:
/// - A range (`A..B`, anything `git log` takes) is checked commit by commit, and in each commit only the lines it added
///   count, like `--staged`. A value added in one commit and removed in the next is still found: it stays in history
///   once pushed. Merge commits are skipped; what they bring was added by the merged commits.
/// - `all` reads every blob reachable from any ref (branches, tags, stash, HEAD) once, whole, and reports it with the
///   commit that introduced it, as `COMMIT:path`. Every version of a file that holds a value is listed, because
///   purging history means rewriting each of those blobs. Commits are visited parents first, and merges are diffed
///   against each parent, so every blob is met: one in a merge that equals a parent's was met in that parent.
public struct GitHistorySource: Sendable {
    public let entries: [SourceEntry]

    private static let diffOptions = [
        "-z", "--no-abbrev", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "--submodule=short", "--root",
        "--format=%x01%H",
    ]

    /// Width of the commit id shown before each path.
    static let labelLength = 12

    /// What `range` added in `repository` (a bare one too), or its whole history when `range` is `all`.
    public init(repository: GitRepository, range: String) throws(GitError) {
        let directory = repository.root ?? repository.gitDirectory
        let arguments: [String]
        let whole = range == "all"
        if whole {
            arguments = ["log", "--all", "--topo-order", "--reverse", "--diff-merges=separate", "--raw", "--no-renames", "--diff-filter=ACMRT"]
                + Self.diffOptions + ["--"]
        } else {
            guard !range.hasPrefix("-") else { throw .badRevision(range, "a range cannot start with '-'") }
            arguments = ["log", "--topo-order", "--reverse", "--no-merges", "--raw", "-p", "-U0", "-M", "--full-index", "--diff-filter=ACMRT"]
                + Self.diffOptions + [range, "--"]
        }
        let output = try GitCommand.run(arguments, in: directory)
        guard output.status == 0 else {
            if whole && output.stderr.contains("does not have any commits") {
                entries = []
                return
            }
            throw whole ? .failed("git log --all", output.complaint) : .badRevision(range, output.complaint)
        }
        let commits = Self.commits(in: output.stdout)
        let reader = commits.isEmpty ? nil : try GitBlobReader(directory: directory)
        var entries: [SourceEntry] = []
        var seenBlobs = Set<String>()
        var seenNames = Set<[UInt8]>()
        for (commit, files) in commits {
            let label = String(commit.prefix(Self.labelLength))
            for file in files where !file.isSubmodule && !file.isSymbolicLink {
                let path = FilePath.display(file.path)
                let newName = seenNames.insert(file.path).inserted
                if whole {
                    if seenBlobs.insert(file.newBlob).inserted {
                        entries.append(
                            .document(
                                SourceDocument(
                                    path: path, label: label, scansName: newName, load: GitStagedSource.loader(reader, blob: file.newBlob))))
                    } else if newName {
                        entries.append(.document(SourceDocument(path: path, label: label, scansName: true, nameOnly: true, load: { _ in .success([]) })))
                    }
                } else {
                    entries.append(
                        .document(
                            SourceDocument(
                                path: path, label: label, scansName: file.nameIsNew, added: file.added,
                                load: GitStagedSource.loader(reader, blob: file.newBlob))))
                }
            }
        }
        self.entries = entries
    }

    /// Splits `git log -z --format=%x01%H` output into commits and their changed files. The marker byte 01 starts a
    /// commit only at the start of the output or after a NUL or newline: patch content lines start with a space, `+`,
    /// `-` or `\`, so a 01 byte inside a file can never be taken for it.
    static func commits(in bytes: [UInt8]) -> [(String, [ChangedFile])] {
        var starts: [Int] = []
        for index in bytes.indices where bytes[index] == 1 && (index == 0 || bytes[index - 1] == 0 || bytes[index - 1] == UInt8(ascii: "\n")) {
            starts.append(index)
        }
        var commits: [(String, [ChangedFile])] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : bytes.count
            let chunk = bytes[(start + 1)..<end]
            let idEnd = chunk.firstIndex { $0 == 0 || $0 == UInt8(ascii: "\n") } ?? chunk.endIndex
            let id = String(decoding: chunk[chunk.startIndex..<idEnd], as: UTF8.self)
            commits.append((id, GitDiffParser.parse(chunk[idEnd...])))
        }
        return commits
    }
}
