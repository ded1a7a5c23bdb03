import Testing

@testable import HushCore

struct TaiwanIDCheckTests {
    static let validator = TaiwanIDCheck()

    @Test(arguments: [
        "A123456789",  // the usual published example
        "a123456789",
        "A200501505",
        "F131072989",
        "I100000003",  // I = 34
        "O200000006",  // O = 35
        "W188888887",  // W = 32
        "Z288888880",  // Z = 33
        "A800501507",  // resident certificate, 2021 format
        "B900000008",
    ])
    func accepts(_ id: String) {
        #expect(Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test(arguments: [
        "A123456788",  // wrong check digit
        "A123456780",
        "I100000004",
        "W188888886",  // valid only if W were 31, as an alphabetical table would have it
        "A323456789",  // gender digit 3
        "A723456789",
        "AB12345678",  // old resident certificate form
        "1123456789",
        "A12345678",
        "A1234567890",
        "",
    ])
    func rejects(_ id: String) {
        #expect(!Self.validator.isValid(ArraySlice(id.utf8)))
    }
}
