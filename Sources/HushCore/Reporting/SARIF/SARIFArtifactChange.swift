/// The edits of a fix within one file.
struct SARIFArtifactChange: Encodable {
    var artifactLocation: SARIFArtifactLocation
    var replacements: [SARIFReplacement]
}
