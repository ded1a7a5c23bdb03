/// What the first bytes of a file say about how to read it.
///
/// A NUL byte in the first block means binary (as in git and ripgrep), but only after a UTF-16 byte-order mark has
/// been ruled out, since UTF-16 text is full of NULs.
public enum ContentKind: Sendable, Equatable {
    case text
    case binary
    case unsupported(encoding: String)

    public static let sniffLength = 8192

    public init(sniffing bytes: [UInt8]) {
        if bytes.starts(with: [0xFF, 0xFE]) {
            self = .unsupported(encoding: "utf-16le")
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            self = .unsupported(encoding: "utf-16be")
        } else if bytes.prefix(Self.sniffLength).contains(0) {
            self = .binary
        } else {
            self = .text
        }
    }
}
