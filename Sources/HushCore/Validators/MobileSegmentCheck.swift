/// A mainland China mobile number whose segment is allocated to voice, data or virtual-operator service.
///
/// The value may carry a country prefix (`+86`, `0086`, `86`, `(+86)`) and separators (spaces, `-`, `.`, parentheses);
/// anything else, such as letters, fails. The 86 is dropped only when that leaves exactly 11 digits, so an 11-digit
/// number is never shortened. Eleven digits starting with 1 are plentiful in order and tracking numbers; an allocated
/// segment (`patterns/data/cn-mobile-segments.txt`) is what makes the run a phone number, and 13-digit IoT numbers are
/// rejected because their segments are not in the table.
package struct MobileSegmentCheck: Validator {
    package static let name = "cn-mobile"

    private let segments: CNMobileSegments

    package init(segments: CNMobileSegments) {
        self.segments = segments
    }

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        var number = 0
        var count = 0
        for byte in value {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                count += 1
                guard count <= 15 else { return false }
                number = number * 10 + Int(byte - 0x30)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "+"), UInt8(ascii: "\t"):
                continue
            default:
                return false
            }
        }
        let national = 100_000_000_000
        if (count == 13 || count == 15) && number / national == 86 {
            number %= national
            count = 11
        }
        guard count == 11, number / 10_000_000_000 == 1 else { return false }
        return segments.kind(ofElevenDigits: number) != nil
    }
}
