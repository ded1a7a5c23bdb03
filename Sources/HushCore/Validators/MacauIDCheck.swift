/// The Macau resident identity card (BIR) number: `1234567(8)` on current cards, `1/234567/8` on those of 1992–2002.
///
/// This is a shape check only. The last digit is a check digit, but the Identification Services Bureau has never
/// published how it is computed, and neither python-stdnum nor other public validators implement one (they check the
/// shape too), so any 8-digit run opening with 1, 5 or 7 passes. The first digit tells the generation of the number:
/// 1 for numbers issued since 1992, 5 for former Portuguese identity card holders, 7 for former "blue card" holders;
/// 0 and 8 are business tax numbers, not people. Rules using this validator must ask for context (`澳門`, `BIR`,
/// `身份證`) before a match counts.
package struct MacauIDCheck: Validator {
    package static let name = "macau-id"

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var first: UInt8 = 0
        for byte in value {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if count == 0 { first = byte }
                count += 1
            case UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: " "), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return count == 8 && "157".utf8.contains(first)
    }
}
