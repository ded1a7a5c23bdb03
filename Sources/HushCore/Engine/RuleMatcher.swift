import HushPCRE2

/// What the scanner needs of a rule for every file and every match, kept apart from `Rule`.
///
/// `Rule` is a struct of some twenty fields, most of them strings and arrays; binding one (`let rule = rules[i]`)
/// retains and releases each, and the scanner did so per rule per file and per match — 7 % of the time on small
/// files. This holds the few fields matching reads, with two references among them.
struct RuleMatcher: Sendable {
    let regex: PCRE2Regex
    let valueGroup: Int
    /// The group the mask keeps, when the rule masks part of the value.
    let maskGroup: Int?
    let validator: (any Validator)?
    let validatorScoresOnly: Bool
    /// `validator:NAME`, made once rather than per finding.
    let validatorEvidence: String
    let baseConfidence: Confidence
    let digits: Int?
    /// Bytes before its run of digits where a match can start.
    let lead: Int
    /// Bytes before and after a keyword where a match can start: `lead` and 0 when the rule's matches hold their
    /// keyword (a `lead` without `digits`), `maxLength` on both sides when a keyword may be a label outside the match.
    let keywordReach: (before: Int, after: Int)
    let fieldScoped: Bool

    init(_ rule: Rule) {
        regex = rule.regex
        valueGroup = rule.valueGroup
        maskGroup = if case let .mask(_, _, group) = rule.redaction { group } else { nil }
        validator = rule.validator
        validatorScoresOnly = rule.validatorScoresOnly
        validatorEvidence = "validator:\(rule.validatorName ?? "")"
        baseConfidence = rule.baseConfidence
        digits = rule.digits
        lead = rule.lead ?? rule.maxLength
        keywordReach = if rule.digits == nil, let lead = rule.lead { (lead, 0) } else { (rule.maxLength, rule.maxLength) }
        fieldScoped = rule.fieldScoped
    }
}
