import CPCRE2

/// Options for compiling a pattern, named after PCRE2's own flags.
///
/// The default for scanning is `[.utf, .matchInvalidUTF]`: files are arbitrary bytes, and under plain `.utf` invalid
/// UTF-8 is undefined behaviour for the JIT, while `.matchInvalidUTF` makes it safe at almost no cost.
public struct CompileOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let utf = CompileOptions(rawValue: PCRE2_UTF)
    public static let matchInvalidUTF = CompileOptions(rawValue: PCRE2_MATCH_INVALID_UTF)
    public static let caseless = CompileOptions(rawValue: PCRE2_CASELESS)
    public static let multiline = CompileOptions(rawValue: PCRE2_MULTILINE)
    public static let dotAll = CompileOptions(rawValue: PCRE2_DOTALL)
    public static let extended = CompileOptions(rawValue: PCRE2_EXTENDED)
    public static let anchored = CompileOptions(rawValue: PCRE2_ANCHORED)
    public static let literal = CompileOptions(rawValue: PCRE2_LITERAL)
    /// Lets a search say where matches may start without cutting the subject short (`startingBefore:` of
    /// `PCRE2Regex.forEachMatch`).
    public static let useOffsetLimit = CompileOptions(rawValue: PCRE2_USE_OFFSET_LIMIT)

    /// What hush compiles every rule with. `.useOffsetLimit` is what lets the scanner search only the starts near a
    /// prefilter's hit while lookaheads still see the real bytes after them.
    public static let scanning: CompileOptions = [.utf, .matchInvalidUTF, .useOffsetLimit]
}
