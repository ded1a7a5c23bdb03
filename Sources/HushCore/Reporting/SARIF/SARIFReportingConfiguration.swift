/// A rule's default level: its base confidence mapped as results are (`SARIFResult.level(for:)`).
struct SARIFReportingConfiguration: Encodable {
    var level: String
}
