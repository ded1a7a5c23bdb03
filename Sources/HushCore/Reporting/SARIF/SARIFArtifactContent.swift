/// Text content: a context snippet (values masked) or the text a fix inserts.
struct SARIFArtifactContent: Encodable {
    var text: String
}
