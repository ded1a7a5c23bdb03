/// A rule's property bag: tags a code-scanning service can filter by, and hush's own type and base confidence.
struct SARIFRuleProperties: Encodable {
    var tags: [String]
    var type: String
    var confidence: String
}
