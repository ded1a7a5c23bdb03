import Testing

@testable import HushCore

struct LegacyResidentIDCheckTests {
    static let validator = LegacyResidentIDCheck(regions: try! CNRegionCodes(parsing: CNRegionCodesTests.table))

    @Test(arguments: [
        "110105491231002",  // the 15-digit form of GB 11643's example 11010519491231002X
        "360426910101007",
        "110105960229001",  // 1996-02-29
        "120110801201007",  // renamed region
    ])
    func accepts(_ id: String) {
        #expect(Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test(arguments: [
        "110105000229001",  // 1900-02-29
        "110105970229001",  // 1997-02-29
        "110105491331002",  // month 13
        "110105490001002",  // month 0
        "110105491200002",  // day 0
        "990426910101007",  // unknown region
        "11010549123100",  // 14 digits
        "1101054912310021",  // 16 digits
        "11010549123100X",  // X belongs to the 18-digit form
        "110105-491231-002",
    ])
    func rejects(_ id: String) {
        #expect(!Self.validator.isValid(ArraySlice(id.utf8)))
    }
}
