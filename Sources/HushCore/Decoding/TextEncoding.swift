/// The text encodings hush reads. Reports name them as in DESIGN §5 (GBK files are reported as `gb18030`, its superset).
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5

    /// Accepts the names users type for `--encoding` (`gbk`, `GB2312`, `utf16le`, `cp936`…).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le", "utf-16": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936", "euc-cn": self = .gb18030
        case "big5", "big-5", "cp950": self = .big5
        default: return nil
        }
    }

    /// The name glibc's iconv knows it by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        // Plain BIG5, not BIG5-HKSCS: HKSCS maps a few characters to two code points, which would break the
        // one-character-to-one-scalar correspondence the offset map relies on.
        case .big5: "BIG5"
        }
    }

    /// Bytes an undecodable unit occupies: one byte for the multi-byte legacy encodings, a code unit for UTF-16.
    var invalidUnitLength: Int {
        switch self {
        case .utf16LE, .utf16BE: 2
        default: 1
        }
    }

    /// The length of the (valid) character starting at `bytes[index]`, from its first bytes alone; it never reads past
    /// the end of `bytes` (decoded fragments, such as a quoted-printable value, may end in the middle of a character).
    @inline(__always)
    func characterLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        switch self {
        case .utf8:
            return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        case .utf16LE, .utf16BE:
            guard index + 1 < bytes.count else { return 1 }  // an odd byte at the end: a unit cut short
            let high = self == .utf16LE ? bytes[index + 1] : lead
            if high & 0xFC == 0xD8, index + 3 < bytes.count {
                let next = self == .utf16LE ? bytes[index + 3] : bytes[index + 2]
                if next & 0xFC == 0xDC { return 4 }
            }
            return 2
        case .gb18030:
            guard lead >= 0x81, index + 1 < bytes.count else { return 1 }
            let second = bytes[index + 1]
            return second >= 0x30 && second <= 0x39 ? 4 : 2
        case .big5:
            return lead >= 0x81 ? 2 : 1
        }
    }
}
