/// The recommended redaction as a SARIF fix, so a viewer that applies fixes can apply it.
struct SARIFFix: Encodable {
    var description: SARIFMessage
    var artifactChanges: [SARIFArtifactChange]
}
