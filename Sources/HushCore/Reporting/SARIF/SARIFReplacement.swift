/// Replaces a byte range with text: the value's bytes with the recommended replacement.
struct SARIFReplacement: Encodable {
    var deletedRegion: SARIFRegion
    var insertedContent: SARIFArtifactContent
}
