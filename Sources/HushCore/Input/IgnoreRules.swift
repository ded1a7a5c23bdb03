import HushPCRE2

/// The ignore files in force at one folder of a walk: those of its ancestors, shallowest first.
///
/// As in git, the last matching pattern decides, deeper files override shallower ones, and a folder that is ignored is
/// not entered (so nothing below it can be re-included).
struct IgnoreRules: Sendable {
    /// Ignore file names, in the order their patterns apply: `.hushignore` after `.gitignore`, so it can override.
    static let fileNames = [".gitignore", ".hushignore"]

    private struct Level: Sendable {
        /// The folder of the ignore file, relative to the walk root, with a trailing `/` (empty at the root).
        var base: String
        var patterns: [IgnorePattern]
    }

    private var levels: [Level] = []

    var isEmpty: Bool { levels.isEmpty }

    /// These rules plus the ignore files found in `directory` (relative path `base`).
    func adding(contentsOf files: [String], base: String) -> IgnoreRules {
        let patterns = files.flatMap { text in text.split(separator: "\n").compactMap(IgnorePattern.init(line:)) }
        guard !patterns.isEmpty else { return self }
        var copy = self
        copy.levels.append(Level(base: base, patterns: patterns))
        return copy
    }

    /// Whether `path` (relative to the walk root, no leading `./`) is ignored.
    func isIgnored(_ path: String, isDirectory: Bool, state: MatchState) -> Bool {
        var ignored = false
        for level in levels where path.hasPrefix(level.base) {
            let relative = Array(path.utf8.dropFirst(level.base.utf8.count))
            relative.withUnsafeBytes { bytes in
                for pattern in level.patterns where !pattern.directoryOnly || isDirectory {
                    if (try? pattern.regex.matches(bytes, state: state)) == true { ignored = !pattern.negated }
                }
            }
        }
        return ignored
    }
}
