/// The 18-character PRC resident identity number of GB 11643-1999: a region, a birth date, a sequence number and an
/// ISO 7064 MOD 11-2 check character.
///
/// All three parts are checked because each removes a different kind of look-alike: the check character rejects 10 in
/// 11 random digit runs, the region table rejects order and tracking numbers that happen to pass it, and the birth date
/// (a real day, from 1900 up to today) rejects timestamps and serials. The region is any code ever assigned, since a
/// number never changes when its division is renamed or abolished. `today` is fixed when the validator is made, so a
/// scan judges every candidate against the same day and tests can pin it.
package struct ResidentIDChecksum: Validator {
    package static let name = "gb11643"

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432".utf8)

    private let regions: CNRegionCodes
    private let today: CalendarDate

    package init(regions: CNRegionCodes, today: CalendarDate = .latestToday()) {
        self.regions = regions
        self.today = today
    }

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        guard value.count == 18 else { return false }
        var sum = 0
        var number = 0
        for (offset, byte) in value.prefix(17).enumerated() {
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            let digit = Int(byte - 0x30)
            sum += digit * Self.weights[offset]
            if offset < 14 { number = number * 10 + digit }
        }
        let check = value[value.endIndex - 1]
        guard Self.checkCharacters[sum % 11] == (check == UInt8(ascii: "x") ? UInt8(ascii: "X") : check) else {
            return false
        }
        let region = number / 100_000_000
        let year = number / 10_000 % 10_000
        guard regions.contains(region), year >= 1900,
              let birth = CalendarDate(year: year, month: number / 100 % 100, day: number % 100)
        else { return false }
        return birth <= today
    }
}
