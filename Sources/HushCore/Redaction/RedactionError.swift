/// Why a file was not redacted. Each case prints as the cause in a one-line `path: cause` diagnostic; the file itself
/// is never left half-written (see `AtomicFileReplacer`).
public enum RedactionError: Error, CustomStringConvertible {
    /// Two findings claim the same bytes: the scanner resolves overlaps, so this is a bug, and nothing is written.
    case overlappingFindings(offset: Int)
    /// A finding's span lies outside the bytes given.
    case spanOutOfRange(offset: Int)
    /// The replacement has a character the file's encoding cannot hold.
    case unencodable(offset: Int, encoding: TextEncoding)
    /// The replacement would add a quote, delimiter or line break that the value did not have, which could break CSV
    /// quoting or a JSON string around it.
    case unsafeReplacement(offset: Int, rule: String, character: Character)
    /// The value is written escaped in a way hush cannot reproduce for its replacement.
    case unescapable(offset: Int)
    /// After redaction the result still holds findings of the redacted types.
    case findingsRemain(count: Int, types: [FindingType], firstOffset: Int)
    /// A JSON document that parsed before redaction would no longer parse.
    case brokeJSON
    /// The result could not be scanned again, so it cannot be shown to be clean.
    case unverifiable(reason: String)
    /// The file's permissions do not allow writing it.
    case readOnly
    /// Rewriting through a symbolic link would replace the link by a file, or follow it out of the tree.
    case symbolicLink
    /// The file has other names; renaming over one would leave the original data under the others.
    case hardLinks(count: Int)
    /// The file changed between reading and replacing it; the newer contents are kept.
    case changedDuringRun
    /// A system call failed.
    case system(operation: String, SystemError)

    public var description: String {
        switch self {
        case let .overlappingFindings(offset): "findings overlap at byte \(offset); nothing written"
        case let .spanOutOfRange(offset): "finding at byte \(offset) lies outside the file; nothing written"
        case let .unencodable(offset, encoding):
            "the replacement at byte \(offset) cannot be written in \(encoding.rawValue); nothing written"
        case let .unsafeReplacement(offset, rule, character):
            "the \(rule) replacement at byte \(offset) would add \(character.debugDescription), which could break the file's structure; nothing written"
        case let .unescapable(offset):
            "the value at byte \(offset) is written in an escaped form hush cannot write its replacement in; nothing written"
        case let .findingsRemain(count, types, first):
            "\(count) finding\(count == 1 ? "" : "s") (\(types.map(\.rawValue).joined(separator: ", "))) would remain after redaction, the first at byte \(first); file left unchanged"
        case .brokeJSON: "the redacted JSON would not parse; file left unchanged"
        case let .unverifiable(reason): "the result could not be scanned again (\(reason)); file left unchanged"
        case .readOnly: "read-only; not redacted"
        case .symbolicLink: "symbolic link; not rewritten (redact the file it points to)"
        case let .hardLinks(count): "has \(count) hard links, which would keep the original; not redacted"
        case .changedDuringRun: "changed while hush was redacting it; left as it now is"
        case let .system(operation, error): "\(operation): \(error); file left unchanged"
        }
    }
}
