/// The text around a finding on its line, with the finding's own value cut out, so a report can show where a value
/// sits without showing it.
///
/// "Line 3, column 9" does not tell a person who has never opened a terminal what to fix; the words around the value
/// do. The value is not stored here: a reporter puts the masked value (or, with `--show-values`, the value) between
/// `before` and `after`, so the snippet cannot leak by accident. Every other candidate value in the window is already
/// masked (see `SnippetMaker`).
public struct Snippet: Sendable, Equatable {
    /// Text before the value on its line; starts with `…` when the line was cut.
    public var before: String
    /// Text after the value on its line; ends with `…` when the line was cut.
    public var after: String

    public init(before: String = "", after: String = "") {
        self.before = before
        self.after = after
    }

    /// The snippet with `shown` (the masked value, or the value) in the gap.
    public func text(showing shown: String) -> String { before + shown + after }
}
