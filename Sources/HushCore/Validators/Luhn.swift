/// The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812).
///
/// Separators are ignored; the number must have 12 to 19 digits, since shorter runs pass by chance too often to be evidence.
package struct Luhn: Validator {
    package static let name = "luhn"

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        let digits = digits(of: value)
        guard (12...19).contains(digits.count) else { return false }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            var d = Int(digit)
            if index % 2 == 1 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return sum % 10 == 0
    }
}
