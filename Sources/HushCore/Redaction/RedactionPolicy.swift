/// How a run turns values into replacements: an optional strategy over the rules' own, and the pseudonym key.
///
/// Part of `ScanOptions`, so the scanner computes each finding's `replacement` under the same policy that `hush redact`
/// writes with: a report recommends exactly what redaction does.
public struct RedactionPolicy: Sendable {
    /// nil: each rule's pattern file decides.
    public var strategy: RedactionStrategy?
    /// Needed when any rule in use is redacted with `hash`.
    public var key: PseudonymKey?

    public init(strategy: RedactionStrategy? = nil, key: PseudonymKey? = nil) {
        self.strategy = strategy
        self.key = key
    }

    /// The spec `rule` is redacted with.
    public func spec(for rule: Rule) -> RedactionSpec {
        strategy?.spec(overriding: rule.redaction) ?? rule.redaction
    }

    /// Whether redacting with `rules` needs a key that is missing: `hush redact` refuses to start then.
    public func lacksKey(for rules: [Rule]) -> Bool {
        key == nil && rules.contains { spec(for: $0) == .hash }
    }
}
