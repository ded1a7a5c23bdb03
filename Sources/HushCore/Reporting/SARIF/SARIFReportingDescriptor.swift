/// A rule as SARIF describes it: id, name, what it finds and what to do about it.
struct SARIFReportingDescriptor: Encodable {
    var id: String
    var name: String
    var shortDescription: SARIFMessage
    var fullDescription: SARIFMessage
    var help: SARIFMessage
    var defaultConfiguration: SARIFReportingConfiguration
    var properties: SARIFRuleProperties
}
