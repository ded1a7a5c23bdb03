/// The settings of `.hush.toml`: rule switches and levels, more rules, allowlists, and default levels.
///
/// ```toml
/// min_confidence = "medium"          # default of --min-confidence
/// fail_on = "high"                   # default of --fail-on
/// rule_paths = ["ci/hush-rules"]     # more pattern files or folders, like --rules (relative to this file)
///
/// [allow]                            # accepted for every rule
/// paths = ["fixtures/**", "*.lock"]  # gitignore-style globs over repository-relative paths
/// values = ["13800138000"]           # exact values (also compared normalised)
/// regexes = ['^test-']               # PCRE2, searched for in the value
///
/// [rules.cn-landline]
/// enabled = false
///
/// [rules.email]
/// confidence = "low"                 # the rule's base level
/// allow = { values = ["noreply@example.com"] }
/// ```
///
/// Extra rule files are `rule_paths`, not `rules`: TOML cannot make `rules` both an array and the table of
/// `[rules.<id>]`. Command-line options win over the file.
public struct Configuration: Sendable, Equatable {
    /// The file it was read from; nil for the defaults (no file).
    public var file: String?
    public var minConfidence: Confidence?
    public var failOn: Confidence?
    /// Extra rule files or folders, resolved against the configuration file's folder.
    public var rulePaths: [String] = []
    /// Settings per rule id.
    public var rules: [String: RuleSettings] = [:]
    /// Findings of any rule that are accepted.
    public var allow = AllowlistSpec()
    /// Lines of keys in the file (dotted paths such as `rules.email.allow.regexes`), for errors found after loading.
    var positions: [String: Int] = [:]

    /// The default file name, looked for at the repository root, then in the scanned folder.
    public static let fileName = ".hush.toml"

    public init(file: String? = nil) {
        self.file = file
    }

    func error(_ path: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file ?? Self.fileName, line: positions[path], message: message)
    }

    /// The allowlists, compiled; an entry that cannot be compiled is an error at its line.
    public func allowlist() throws(ConfigurationError) -> Allowlist {
        var perRule: [String: AllowlistSpec] = [:]
        for (id, settings) in rules { perRule[id] = settings.allow }
        do {
            return try Allowlist(global: allow, perRule: perRule)
        } catch {
            let (pattern, isRegex, cause): (String, Bool, String) =
                switch error {
                case let .badGlob(glob): (glob, false, "not a usable path glob")
                case let .badRegex(regex, message): (regex, true, message)
                }
            let key = isRegex ? "regexes" : "paths"
            let place = ([("allow", allow)] + rules.sorted { $0.key < $1.key }.map { ("rules.\($0.key).allow", $0.value.allow) })
                .first { (isRegex ? $0.1.regexes : $0.1.paths).contains(pattern) }?.0 ?? "allow"
            throw self.error(place + "." + key, "\(place).\(key): '\(pattern)': \(cause)")
        }
    }

    /// `ruleSet` with this configuration's rules added, switched off and re-levelled. A `[rules.<id>]` naming no rule
    /// is an error (a typo would otherwise silently do nothing).
    public func apply(to ruleSet: RuleSet) throws(ConfigurationError) -> RuleSet {
        var set = ruleSet
        if !rulePaths.isEmpty {
            do {
                try set.add(paths: rulePaths)
            } catch {
                throw self.error("rule_paths", "rule_paths: \(error)")
            }
        }
        let known = Set(set.rules.map(\.id))
        for id in rules.keys.sorted() where !known.contains(id) {
            throw self.error("rules.\(id)", "no rule with id '\(id)' (see `hush rules list`)")
        }
        var rules = set.rules
        for index in rules.indices {
            guard let settings = self.rules[rules[index].id] else { continue }
            if let level = settings.confidence { rules[index].baseConfidence = level }
        }
        rules.removeAll { self.rules[$0.id]?.enabled == false }
        return RuleSet(rules: rules, data: set.data)
    }
}
