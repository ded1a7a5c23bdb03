/// What scanning one document produced.
public struct DocumentResult: Sendable {
    public var findings: [Finding]
    /// One-line problems met while scanning (a rule that hit a match limit), each naming the rule and the path.
    public var diagnostics: [String]
}
