/// What `.hush.toml` says about one rule (`[rules.<id>]`).
public struct RuleSettings: Sendable, Equatable {
    /// false turns the rule off; nil leaves it on.
    public var enabled: Bool?
    /// The rule's base level, as `confidence` in its pattern file; evidence still moves it up or down.
    public var confidence: Confidence?
    /// Findings of this rule only that are accepted (`[rules.<id>.allow]`).
    public var allow = AllowlistSpec()

    public init(enabled: Bool? = nil, confidence: Confidence? = nil, allow: AllowlistSpec = AllowlistSpec()) {
        self.enabled = enabled
        self.confidence = confidence
        self.allow = allow
    }
}
