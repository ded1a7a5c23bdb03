/// What a blocked commit tells its author: how to fix or accept each finding, with commands that work as printed,
/// and that history may already hold what this commit was about to add.
///
/// Printed on stderr after the report. Paths are shell-quoted and relative to the folder hush runs in (a hook runs at
/// the repository root), so each line can be pasted as it is.
public enum CommitGuidance {
    /// The message for a commit blocked by findings in `paths` (repository-relative, in report order).
    /// `nameFindings` are the paths whose file name itself holds a finding. `root`/`current` make the paths relative.
    public static func blocked(
        findings: Int, paths: [String], nameFindings: [String], root: String, current: String, baselineFile: String?
    ) -> String {
        func shown(_ path: String) -> String { shellQuote(relative(root + "/" + path, from: current)) }
        let files = unique(paths.filter { !$0.contains("!") }).map(shown)
        let archives = unique(paths.filter { $0.contains("!") }.map { String($0.split(separator: "!", maxSplits: 1)[0]) }).map(shown)
        var lines = ["hush: commit blocked: the staged changes add \(findings) finding\(findings == 1 ? "" : "s") of personal data (listed above)."]
        if !files.isEmpty {
            let list = files.joined(separator: " ")
            lines.append("  fix:     hush redact \(list) --in-place && git add \(list)")
        }
        for archive in archives {
            lines.append("           archive: hush cannot redact inside \(archive) yet; rebuild it without the data, or unstage it: git rm --cached \(archive)")
        }
        for path in unique(nameFindings) {
            lines.append("           rename: git mv \(shellQuote(relative(root + "/" + path, from: current))) NEW-NAME")
        }
        let baseline = shellQuote(relative(baselineFile.map { $0.hasPrefix("/") ? $0 : current + "/" + $0 } ?? root + "/" + Baseline.fileName, from: current))
        lines.append("  accept:  write hush:allow on the line (or hush:allow-next-line on the line above it),")
        lines.append("           or accept everything found now: hush baseline && git add \(baseline)")
        lines.append("  history: earlier commits may still hold personal data; check them with: hush scan --git all")
        return lines.joined(separator: "\n")
    }

    /// `path` (absolute) relative to `base` (absolute), with `..` where needed.
    public static func relative(_ path: String, from base: String) -> String {
        let target = RepositoryPaths.normalize(path).split(separator: "/")
        let from = RepositoryPaths.normalize(base).split(separator: "/")
        var common = 0
        while common < min(target.count, from.count) && target[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `text` as one shell word: left bare when it is plainly safe, else in single quotes.
    public static func shellQuote(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._/-+=,:@".unicodeScalars.contains(scalar))
        }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
