import Testing

@testable import HushCore

struct MobileSegmentCheckTests {
    static let validator = MobileSegmentCheck(segments: CNMobileSegmentsTests.segments)

    @Test(arguments: [
        "13812345678",
        "138-1234-5678",
        "138 1234 5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "+86-138-1234-5678",
        "(+86)13812345678",
        "(+86) 138-1234-5678",
        "008613812345678",
        "0086 138 1234 5678",
        "8613812345678",
        "13490000000",  // 1349 inside China Mobile's 134
        "14500000000",  // data segment
        "17091234567",  // virtual operator
        "17405123456",
        "19212345678",  // China Broadnet
    ])
    func accepts(_ number: String) {
        #expect(Self.validator.isValid(ArraySlice(number.utf8)))
    }

    @Test(arguments: [
        "15412345678",  // 154 not allocated
        "17406123456",  // 174 outside 17400–17405
        "1440123456789",  // 13-digit IoT number
        "1381234567",  // 10 digits
        "138123456789",  // 12 digits
        "23812345678",  // does not start with 1
        "8513812345678",  // 85 is not China's code
        "0085213812345678",
        "86138123456",  // 86 dropped only when 11 digits remain
        "+86 1381234567",
        "138-1234-567a",  // letters are not separators
        "１３８12345678",  // full-width digits arrive folded; raw ones are not digits
        "",
    ])
    func rejects(_ number: String) {
        #expect(!Self.validator.isValid(ArraySlice(number.utf8)))
    }
}
