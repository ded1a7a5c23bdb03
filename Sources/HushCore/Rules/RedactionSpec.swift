/// How a rule's values are replaced, in reports (`replacement`) and by `hush redact` alike.
public enum RedactionSpec: Sendable, Equatable {
    /// Same length: ASCII letters and digits become `*` (full-width ones `＊`) except the first `keepFirst` and last
    /// `keepLast`; separators stay. With `group`, only that capture group is masked (a phone's `+86` stays).
    case mask(keepFirst: Int, keepLast: Int, group: Int?)
    /// A fixed `********` that does not reveal the value's length (passwords, secrets).
    case fixed
    /// Keeps the first character of the local part and the whole domain.
    case email
    /// The type's label, `[PHONE]`.
    case label
    /// A keyed pseudonym, `PHONE_3f9a2c1b`: the same value gets the same token wherever it occurs (see `PseudonymKey`).
    case hash

    public static let fixedMask = "********"
}
