import Testing

@testable import HushCore

struct HKIDCheckTests {
    static let validator = HKIDCheck()

    @Test(arguments: [
        "A123456(3)",
        "A1234563",
        "a123456(3)",
        "A123456 (3)",
        "G123456(A)",  // check character A (python-stdnum port stdnum-js)
        "G123456a",
        "A555555(0)",  // check digit 0
        "C567890(9)",
        "AB987654(3)",  // two-letter prefix
        "AB9876543",
        "WX123456(9)",
        "CA182361(1)",
    ])
    func accepts(_ id: String) {
        #expect(Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test(arguments: [
        "A123456(4)",
        "C5678908",  // wrong check digit (stdnum-js)
        "AB123456(7)",  // the usual format illustration; its real check digit is 9
        "G123456(B)",
        "1234567",
        "A12345(6)",
        "ABC123456(7)",
        "A1234567(8)",
        "1A23456(7)",
        "A123456(3)(3)",
        "A12-3456(3)",
        "",
    ])
    func rejects(_ id: String) {
        #expect(!Self.validator.isValid(ArraySlice(id.utf8)))
    }
}
