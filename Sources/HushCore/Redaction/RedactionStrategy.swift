/// The redaction a user picks for a whole run (`hush redact --strategy`), over what each rule's pattern file says.
///
/// `mask` keeps each rule's own same-length recipe (a phone keeps its first three and last four digits, a password
/// becomes the fixed `********`), because the rule's author knows which characters identify a person; only rules
/// whose file asks for `label` or `hash` fall back to masking every letter and digit. `label` and `hash` apply to every
/// rule alike: a user who wants no digits left at all should not have to know which rules keep some.
public enum RedactionStrategy: String, CaseIterable, Sendable {
    case mask
    case label
    case hash

    /// The spec a rule whose pattern file says `ruleSpec` is redacted with under this strategy.
    public func spec(overriding ruleSpec: RedactionSpec) -> RedactionSpec {
        switch self {
        case .label: .label
        case .hash: .hash
        case .mask:
            switch ruleSpec {
            case .mask, .fixed, .email: ruleSpec
            case .label, .hash: .mask(keepFirst: 0, keepLast: 0, group: nil)
            }
        }
    }
}
