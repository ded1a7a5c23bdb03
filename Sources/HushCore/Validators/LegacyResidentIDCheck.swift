/// The 15-digit PRC resident identity number issued before 1999: a region, a birth date `YYMMDD` in the 1900s and a
/// sequence number, without a check digit.
///
/// With no check digit, the region table and a real birth date are all that separate an old ID number from any other
/// 15-digit run, so rules using this validator should also ask for context. The century is always 19: these numbers
/// were replaced by the 18-digit form before anyone born in 2000 needed one.
package struct LegacyResidentIDCheck: Validator {
    package static let name = "cn-id-15"

    private let regions: CNRegionCodes

    package init(regions: CNRegionCodes) {
        self.regions = regions
    }

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        guard value.count == 15 else { return false }
        var number = 0
        for byte in value.prefix(12) {
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            number = number * 10 + Int(byte - 0x30)
        }
        guard value.suffix(3).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return regions.contains(number / 1_000_000)
            && CalendarDate(year: 1900 + number / 10_000 % 100, month: number / 100 % 100, day: number % 100) != nil
    }
}
