/// One run of hush: the tool with its rules, how it ran, and its results.
struct SARIFRun: Encodable {
    var tool: SARIFTool
    var invocations: [SARIFInvocation]
    var results: [SARIFResult]
    /// Columns count Unicode scalars of the decoded line, as everywhere in hush (DESIGN §5).
    var columnKind = "unicodeCodePoints"
    var properties: SARIFRunProperties
}
