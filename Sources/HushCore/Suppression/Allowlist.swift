import HushPCRE2

/// Findings a team has declared harmless in `.hush.toml`: by path, exact value or regex, for every rule or for one.
///
/// Compiled once and shared by all scanning threads (PCRE2 patterns are immutable; each thread brings its match
/// state). Values are compared both as written and normalised the way the finding's type normalises, so
/// `138 0013 8000` in the config accepts `+86 13800138000` in a file, as the baseline would.
public struct Allowlist: Sendable {
    /// Why an allowlist entry cannot be used.
    public enum Problem: Error, Sendable {
        case badGlob(String)
        case badRegex(String, String)
    }

    struct Matcher: Sendable {
        var paths: [IgnorePattern]
        var values: Set<String>
        var normalized: [FindingType: Set<String>]
        var regexes: [PCRE2Regex]

        init(_ spec: AllowlistSpec) throws(Problem) {
            paths = []
            for glob in spec.paths {
                guard let pattern = IgnorePattern(line: Substring(glob)) else { throw .badGlob(glob) }
                paths.append(pattern)
            }
            values = Set(spec.values)
            var normalized: [FindingType: Set<String>] = [:]
            for type in FindingType.allCases {
                normalized[type] = Set(spec.values.map { ValueNormalizer.normalize(Array($0.utf8), type: type) }.filter { !$0.isEmpty })
            }
            self.normalized = normalized
            regexes = []
            for pattern in spec.regexes {
                do {
                    regexes.append(try PCRE2Regex(pattern))
                } catch {
                    throw .badRegex(pattern, "\(error)")
                }
            }
        }

        func allows(_ finding: Finding, path: String, state: MatchState) -> Bool {
            if !paths.isEmpty && Allowlist.matches(path, patterns: paths, state: state) { return true }
            if values.contains(finding.value) || normalized[finding.type]?.contains(finding.normalizedValue) == true { return true }
            if !regexes.isEmpty {
                let bytes = Array(finding.value.utf8)
                let hit = bytes.withUnsafeBytes { raw in regexes.contains { (try? $0.matches(raw, state: state)) == true } }
                if hit { return true }
            }
            return false
        }
    }

    private let global: Matcher?
    private let perRule: [String: Matcher]

    /// `global` applies to every rule; `perRule` to the rule of each key.
    public init(global: AllowlistSpec, perRule: [String: AllowlistSpec]) throws(Problem) {
        self.global = global.isEmpty ? nil : try Matcher(global)
        var compiled: [String: Matcher] = [:]
        for (rule, spec) in perRule where !spec.isEmpty { compiled[rule] = try Matcher(spec) }
        self.perRule = compiled
    }

    public var isEmpty: Bool { global == nil && perRule.isEmpty }

    /// Whether `finding`, at repository-relative `path`, is accepted.
    func allows(_ finding: Finding, path: String, state: MatchState) -> Bool {
        if let global, global.allows(finding, path: path, state: state) { return true }
        if let matcher = perRule[finding.rule], matcher.allows(finding, path: path, state: state) { return true }
        return false
    }

    /// gitignore semantics: the last matching pattern decides, and a folder that matches takes everything below it
    /// (an archive member is below its archive).
    static func matches(_ path: String, patterns: [IgnorePattern], state: MatchState) -> Bool {
        let components = path.split(separator: "!", maxSplits: 1).first.map(String.init) ?? path
        let parts = components.split(separator: "/")
        var prefix = ""
        for (index, part) in parts.enumerated() {
            prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
            let isLast = index == parts.count - 1
            var matched = false
            Array(prefix.utf8).withUnsafeBytes { raw in
                for pattern in patterns where !pattern.directoryOnly || !isLast {
                    if (try? pattern.regex.matches(raw, state: state)) == true { matched = !pattern.negated }
                }
            }
            if matched { return true }
        }
        return false
    }
}
