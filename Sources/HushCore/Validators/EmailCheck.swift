/// Syntactic sanity of an e-mail address beyond what the rule's regex can say cheaply: RFC 5321 lengths (local part at
/// most 64 bytes, domain at most 253), DNS labels of 1–63 bytes without a leading or trailing hyphen, no empty label
/// or `..`, at least two labels, and a top-level domain of at least two letters (or an internationalised one: `xn--…`
/// or non-ASCII).
///
/// The check stays syntactic on purpose: whether `test@example.com` is anyone's address is for allowlists, not for
/// the validator. The one exception is asset file names that look like addresses, `icon@2x.png` and `logo@3x.webp`
/// (Apple's scale suffixes, everywhere in app repositories): no TLD is an image, stylesheet or script extension, so
/// those tails fail.
package struct EmailCheck: Validator {
    package static let name = "email"

    private static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif", "heic", "tif", "tiff", "css", "scss", "js",
        "mjs",
    ]

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        guard let at = value.lastIndex(of: UInt8(ascii: "@")) else { return false }
        let local = value[..<at]
        let domain = value[(at + 1)...]
        guard (1...64).contains(local.count), (1...253).contains(domain.count),
              local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              !Self.containsDoubleDot(local)
        else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
                  label.allSatisfy(Self.isLabelByte)
            else { return false }
        }
        return Self.isTopLevelDomain(labels[labels.count - 1])
    }

    private static func containsDoubleDot(_ bytes: ArraySlice<UInt8>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), 0x80...0xFF:
            true
        default:
            false
        }
    }

    private static func isTopLevelDomain(_ label: ArraySlice<UInt8>) -> Bool {
        let lower = label.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        if lower.starts(with: "xn--".utf8) { return lower.count > 4 }
        if lower.allSatisfy({ $0 >= 0x80 }) { return lower.count >= 2 }
        guard lower.count >= 2, lower.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            return false
        }
        return !fileExtensions.contains(String(decoding: lower, as: UTF8.self))
    }
}
