import Foundation

/// A day of the proleptic Gregorian calendar, as printed in identity numbers (`19491231`).
///
/// Identity numbers carry dates without a time zone, so validators compare days, not instants. Only real days can be
/// constructed (`1900-02-29` cannot), which is the whole of the "real birth date" check.
package struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The latest date it is anywhere on Earth now (UTC+14), from the system clock.
    ///
    /// A birth registered today in Beijing or Kiribati must not count as "in the future" on a machine whose clock is
    /// still on yesterday, so "not after today" is judged against the easternmost time zone.
    package static func latestToday() -> CalendarDate {
        latestToday(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    /// The date in UTC+14 at an instant given in seconds since 1970-01-01 00:00 UTC.
    package static func latestToday(secondsSince1970 seconds: Int) -> CalendarDate {
        let shifted = seconds + 14 * 3600
        let days = shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400
        return CalendarDate(daysSince1970: days)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private init(daysSince1970 days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        self.init(
            unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * marchMonth + 2) / 5 + 1)
    }

    package static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    package var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
