import Foundation

/// Turns paths as reports show them (`./a.csv`, `sub/a.csv`, `/home/me/repo/a.csv`) into paths relative to the
/// repository root, which is what fingerprints, allowlists and the baseline compare.
///
/// A fingerprint hashes the path, so without this `hush scan` in `sub/` and `hush scan` at the root would fingerprint
/// the same finding differently and a baseline would match from one folder only. The mapping is lexical (`.` and
/// `..` resolved, links not followed), because the paths it maps were built lexically from the arguments.
public struct RepositoryPaths: Sendable, Equatable {
    /// The repository root, absolute, without a trailing slash.
    public let root: String
    /// The folder relative paths start from (the current folder), absolute.
    public let base: String

    public init(root: String, base: String = FileManager.default.currentDirectoryPath) {
        self.root = Self.normalize(root)
        self.base = Self.normalize(base)
    }

    /// `path` relative to the root; a path outside it comes back as given, without a leading `./`. An archive member
    /// (`outer.zip!inner.csv`) keeps its member part.
    public func relative(_ path: String) -> String {
        var file = Substring(path)
        var member = Substring("")
        if let bang = path.firstIndex(of: "!") {
            file = path[..<bang]
            member = path[bang...]
        }
        let absolute = Self.normalize(file.hasPrefix("/") ? String(file) : base + "/" + file)
        if absolute == root { return String(member) }
        if absolute.hasPrefix(root == "/" ? "/" : root + "/") {
            return String(absolute.dropFirst(root == "/" ? 1 : root.count + 1)) + member
        }
        return (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// An absolute path with `.`, `..` and repeated slashes resolved.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The root of the repository holding `directory`: the nearest folder at or above it with a `.git` (a folder, or
    /// the file a worktree or submodule has). Found without running git, so a plain `hush scan` pays nothing for it.
    public static func repositoryRoot(containing directory: String) -> String? {
        var current = normalize(directory.hasPrefix("/") ? directory : FileManager.default.currentDirectoryPath + "/" + directory)
        while true {
            if FileManager.default.fileExists(atPath: (current == "/" ? "" : current) + "/.git") { return current }
            if current == "/" { return nil }
            current = (current as NSString).deletingLastPathComponent
        }
    }
}
