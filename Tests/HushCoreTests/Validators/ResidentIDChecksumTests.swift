import Testing

@testable import HushCore

struct ResidentIDChecksumTests {
    static let today = CalendarDate(year: 2026, month: 8, day: 20)!
    static let validator = ResidentIDChecksum(
        regions: try! CNRegionCodes(parsing: CNRegionCodesTests.table), today: today)

    @Test(arguments: [
        "11010519491231002X",  // GB 11643-1999's own example
        "11010519491231002x",  // lower-case check character
        "360426199101010071",  // python-stdnum
        "44011320141005001X",  // python-stdnum
        "110105200002290013",  // 2000-02-29: 2000 is a leap year
        "11010519000101001X",  // the earliest accepted year
        "110105202608200018",  // born today
        "120110198012010073",  // a region code since renamed (东郊区 → 东丽区)
    ])
    func accepts(_ id: String) {
        #expect(Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test(arguments: [
        "11010519491231002Y",  // not a check character
        "110105194912310021",  // wrong check digit (DESIGN's negative example)
        "36042619910102009X",  // wrong check digit (python-stdnum)
        "110105194912310020",
        "990426199112010074",  // right check digit, unknown region (python-stdnum)
        "360426199113010079",  // month 13 (python-stdnum)
        "110105194902300012",  // 30 February
        "110105190002290017",  // 1900-02-29: 1900 is not a leap year
        "110105189912310015",  // before 1900
        "110105202608210013",  // born tomorrow
        "110105209912310010",  // far future
        "T60426199101010078",  // letter in the body (python-stdnum)
        "1101051949123100X2",  // X not last
        "11010519491231002",  // 17 characters
        "11010519491231002XX",
        "110105 19491231 002X",  // separators are the rule's business
        "",
    ])
    func rejects(_ id: String) {
        #expect(!Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test func checksAValueInsideALargerBuffer() {
        let text = Array("身份证 11010519491231002X。".utf8)
        let start = "身份证 ".utf8.count
        #expect(Self.validator.isValid(text[start..<(start + 18)]))
    }

    @Test func defaultTodayAcceptsBirthsUpToNow() throws {
        let validator = ResidentIDChecksum(regions: try CNRegionCodes(parsing: CNRegionCodesTests.table))
        #expect(validator.isValid(ArraySlice("11010519491231002X".utf8)))
        #expect(!validator.isValid(ArraySlice("110105209912310010".utf8)))
    }
}
