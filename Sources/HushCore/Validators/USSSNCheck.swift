/// The United States Social Security number `AAA-GG-SSSS`, with dashes, spaces or nothing between the groups.
///
/// There is no check digit, so the validator rejects what the Social Security Administration never issues: area 000,
/// 666 and 900–999, group 00, serial 0000. It also rejects the numbers made famous by misuse: 078-05-1120 (printed
/// on a wallet insert in 1938 and used by thousands), 219-09-9999 (an SSA pamphlet sample) and 123-45-6789 (the
/// universal form-filler), which appear in documents as examples, not as anyone's number.
package struct USSSNCheck: Validator {
    package static let name = "us-ssn"

    private static let knownFakes: Set<Int> = [078_05_1120, 219_09_9999, 123_45_6789]

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        var number = 0
        var count = 0
        for byte in value {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                count += 1
            case UInt8(ascii: "-"), UInt8(ascii: " "):
                continue
            default:
                return false
            }
        }
        let area = number / 1_000_000
        let group = number / 10_000 % 100
        let serial = number % 10_000
        return count == 9 && area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
            && !Self.knownFakes.contains(number)
    }
}
