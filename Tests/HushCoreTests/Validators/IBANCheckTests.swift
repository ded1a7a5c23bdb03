import Testing

@testable import HushCore

struct IBANCheckTests {
    static let validator = IBANCheck()

    @Test(arguments: [
        // Wikipedia, "International Bank Account Number"
        "GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432",
        "BE71 0961 2345 6769",
        "FR76 3000 6000 0112 3456 7890 189",
        "DE91 1000 0000 0123 4567 89",
        "GR96 0810 0010 0000 0123 4567 890",
        "RO09 BCYP 0000 0012 3456 7890",
        "SA44 2000 0001 2345 6789 1234",
        "ES79 2100 0813 6101 2345 6789",
        "CH56 0483 5012 3456 7800 9",
        "GB98 MIDL 0700 9312 3456 78",
        // SWIFT IBAN registry samples (as collected by python-stdnum)
        "DE89 3704 0044 0532 0130 00",
        "NL91ABNA0417164300",
        "NO93 8601 1117 947",
        "AE070331234567890123456",
        "TR33 0006 1005 1978 6457 8413 26",
        "BR1800000000141455123924100C2",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
        "LC55 HEMM 0001 0001 0012 0012 0002 3015",
        "MC11 1273 9000 7000 1111 1000 h79",  // lower case
        "ES15-0049-1806-9121-1186-9374",
        "NO07.8380.08.06006",
        "gb82west12345698765432",
    ])
    func accepts(_ iban: String) {
        #expect(Self.validator.isValid(ArraySlice(iban.utf8)))
    }

    @Test(arguments: [
        "GB82 WEST 1234 5698 7654 33",  // wrong check
        "GB28 WEST 1234 5698 7654 32",  // swapped check digits
        "AL48212110090000000235698741",  // python-stdnum's broken checksums
        "AT611804300234573201",
        "DK5000400440116342",
        "AD48 0001 2030 2003 5910 01",  // valid checksum, wrong length (python-stdnum)
        "AT93 1904 3002 3457 3201 99",
        "BE36 5390 0754 7034 1234",
        "QQ93 1234 5678",  // unknown country
        "XX431234",
        "0098",
        "GBXX WEST 1234 5698 7654 32",
        "GB82 WEST 1234 5698 7654 3_",
        "",
    ])
    func rejects(_ iban: String) {
        #expect(!Self.validator.isValid(ArraySlice(iban.utf8)))
    }
}
