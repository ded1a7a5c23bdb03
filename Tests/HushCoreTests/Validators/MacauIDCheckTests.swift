import Testing

@testable import HushCore

struct MacauIDCheckTests {
    static let validator = MacauIDCheck()

    @Test(arguments: [
        "1234567(8)",  // current cards
        "12345678",
        "1/234567/8",  // 1992–2002 cards
        "5215299(8)",
        "7123456(1)",
    ])
    func acceptsTheShape(_ id: String) {
        #expect(Self.validator.isValid(ArraySlice(id.utf8)))
    }

    @Test(arguments: [
        "2234567(8)",  // generation digit must be 1, 5 or 7
        "0234567(8)",  // business tax number
        "8234567(8)",
        "123456(7)",
        "12345678(9)",
        "1234567(A)",
        "",
    ])
    func rejects(_ id: String) {
        #expect(!Self.validator.isValid(ArraySlice(id.utf8)))
    }
}
