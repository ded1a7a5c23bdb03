/// hush itself, with every rule in effect for the run.
///
/// All rules are listed, not only those with results: a code-scanning service then knows what was checked, and an
/// empty result list for a rule means "looked, found nothing". Rules whose type `--types` left out did not run and
/// are not listed.
struct SARIFToolComponent: Encodable {
    var name = "hush"
    var version: String
    var semanticVersion: String?
    var rules: [SARIFReportingDescriptor]
}
