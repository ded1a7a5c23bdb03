/// A span of a file: lines and columns (1-based, columns in Unicode scalars) and, where known, the byte offset and
/// length into the original bytes — the same bytes `hush redact` edits, whatever the file's encoding.
struct SARIFRegion: Encodable {
    var startLine: Int?
    var startColumn: Int?
    var endLine: Int?
    var endColumn: Int?
    var byteOffset: Int?
    var byteLength: Int?
    var snippet: SARIFArtifactContent?
}
