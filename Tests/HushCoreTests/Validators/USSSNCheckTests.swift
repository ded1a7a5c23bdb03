import Testing

@testable import HushCore

struct USSSNCheckTests {
    static let validator = USSSNCheck()

    @Test(arguments: ["536-22-1234", "536 22 1234", "536221234", "001-01-0001", "899-99-9999", "665-12-3456"])
    func accepts(_ ssn: String) {
        #expect(Self.validator.isValid(ArraySlice(ssn.utf8)))
    }

    @Test(arguments: [
        "000-12-3456",  // area 000
        "666-12-3456",  // area 666
        "900-12-3456",  // areas 900–999
        "987-65-4321",
        "999-99-9999",
        "536-00-1234",  // group 00
        "536-22-0000",  // serial 0000
        "078-05-1120",  // the Woolworth wallet card
        "219-09-9999",  // SSA pamphlet sample
        "123-45-6789",
        "536-22-123",
        "536-22-12345",
        "536/22/1234",
        "",
    ])
    func rejects(_ ssn: String) {
        #expect(!Self.validator.isValid(ArraySlice(ssn.utf8)))
    }
}
