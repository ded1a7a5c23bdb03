import Testing

@testable import HushCore

struct USCCCheckTests {
    static let validator = USCCCheck()

    @Test(arguments: [
        // python-stdnum's examples and its list of codes found online.
        "91110000600037341L",
        "91 110000 600037341L",
        "121200004013590816",
        "91110000710926094P",
        "9115220107837757XE",
        "91310115MA1K3BTP2B",
        "91340600MA2PBM9HXD",
        "92340603MA2PBQ16XJ",
        "91620105L015101280",
        "913101127033980359",
        "91110000600037341l",  // lower case
    ])
    func accepts(_ code: String) {
        #expect(Self.validator.isValid(ArraySlice(code.utf8)))
    }

    @Test(arguments: [
        "91110000600037341N",  // wrong check character (python-stdnum)
        "91110000600037341M",
        "9111000060003IOZSV",  // letters outside the alphabet (python-stdnum)
        "91A10000600037341L",  // region must be digits
        "12345",
        "91110000600037341",
        "91110000600037341LL",
        "000000000000000000",  // passes the arithmetic, but a placeholder
        "",
    ])
    func rejects(_ code: String) {
        #expect(!Self.validator.isValid(ArraySlice(code.utf8)))
    }
}
