import Foundation
import Testing

@testable import HushCore

struct CalendarDateTests {
    @Test(arguments: [(2000, 2, 29), (1996, 2, 29), (1900, 2, 28), (2026, 12, 31), (1949, 4, 30)])
    func realDays(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) != nil)
    }

    @Test(arguments: [(1900, 2, 29), (2100, 2, 29), (2023, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 1),
                      (2026, 1, 0), (0, 1, 1)])
    func impossibleDays(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test func ordersByYearThenMonthThenDay() throws {
        let a = try #require(CalendarDate(year: 2025, month: 12, day: 31))
        let b = try #require(CalendarDate(year: 2026, month: 1, day: 1))
        #expect(a < b)
        #expect(b.description == "2026-01-01")
    }

    @Test(arguments: [
        (0, CalendarDate(year: 1970, month: 1, day: 1)),
        (36_000 - 1, CalendarDate(year: 1970, month: 1, day: 1)),  // 09:59:59 UTC is 23:59:59 in UTC+14
        (36_000, CalendarDate(year: 1970, month: 1, day: 2)),
        (951_782_400, CalendarDate(year: 2000, month: 2, day: 29)),  // 2000-02-29 00:00 UTC
        (1_787_220_000, CalendarDate(year: 2026, month: 8, day: 21)),  // 2026-08-20 10:00 UTC
        (4_107_542_400, CalendarDate(year: 2100, month: 3, day: 1)),  // 2100-03-01 00:00 UTC: 2100 is not leap
        (-86_400, CalendarDate(year: 1969, month: 12, day: 31)),
    ])
    func latestTodayIsTheDateInUTCPlus14(seconds: Int, expected: CalendarDate?) {
        #expect(CalendarDate.latestToday(secondsSince1970: seconds) == expected)
    }

    @Test func latestTodayFromTheClockIsNotBeforeTheUTCDate() throws {
        let utc = CalendarDate.latestToday(secondsSince1970: Int(Date().timeIntervalSince1970) - 14 * 3600)
        #expect(CalendarDate.latestToday() >= utc)
    }
}
