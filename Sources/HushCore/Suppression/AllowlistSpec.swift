/// What one allowlist of `.hush.toml` says, as written: the form `hush config show` prints back.
public struct AllowlistSpec: Sendable, Equatable {
    /// gitignore-style globs over repository-relative paths (`fixtures/**`, `*.lock`); a folder allows what is in it.
    public var paths: [String] = []
    /// Exact values, also compared normalised (separators, `+86` and case folded as for fingerprints).
    public var values: [String] = []
    /// PCRE2 patterns searched for in the value (anchor them with `^…$` to mean the whole value).
    public var regexes: [String] = []

    public init(paths: [String] = [], values: [String] = [], regexes: [String] = []) {
        self.paths = paths
        self.values = values
        self.regexes = regexes
    }

    public var isEmpty: Bool { paths.isEmpty && values.isEmpty && regexes.isEmpty }
}
