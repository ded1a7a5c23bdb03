/// A named check over a matched value, referenced from pattern files (`validator = "luhn"`).
///
/// Validators see the value as the rule matched it in the text view: full-width digits and letters are already folded to
/// ASCII, but separators (spaces, dashes, parentheses), country prefixes and case are left as written, so each validator
/// normalises what it needs. A validator must be cheap and pure: it runs once per candidate on every scanning thread.
package protocol Validator: Sendable {
    /// Whether `value` (UTF-8 bytes) passes the check.
    func isValid(_ value: ArraySlice<UInt8>) -> Bool
}

extension Validator {
    /// The ASCII digits of `value`, in order; everything else is dropped.
    @inlinable
    package func digits(of value: ArraySlice<UInt8>) -> [UInt8] {
        value.compactMap { $0 >= 0x30 && $0 <= 0x39 ? $0 - 0x30 : nil }
    }
}
