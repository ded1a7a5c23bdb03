import Testing

@testable import HushCore

struct CNMobileSegmentsTests {
    static let table = """
        # MIIT allocations used by the validator tests
        134 china-mobile voice
        1349 china-telecom voice
        138 china-mobile voice
        145 china-unicom data
        170 virtual virtual
        17400 china-telecom voice
        17405 china-telecom voice
        186 china-unicom voice
        192 china-broadnet voice
        199 china-telecom voice
        """

    static let segments = try! CNMobileSegments(parsing: table)

    @Test(arguments: [
        ([1, 3, 8, 1, 2, 3, 4, 5, 6, 7, 8], CNMobileSegments.SegmentKind.voice),
        ([1, 3, 4, 9, 0, 0, 0, 0, 0, 0, 0], .voice),
        ([1, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0], .data),
        ([1, 7, 0, 9, 0, 0, 0, 0, 0, 0, 0], .virtual),
        ([1, 7, 4, 0, 5, 0, 0, 0, 0, 0, 0], .voice),
        ([1, 9, 2], .voice),
    ] as [([UInt8], CNMobileSegments.SegmentKind)])
    func findsTheKindOfTheLongestPrefix(digits: [UInt8], kind: CNMobileSegments.SegmentKind) {
        #expect(Self.segments.kind(of: digits) == kind)
    }

    @Test(arguments: [
        [1, 7, 4, 0, 6, 0, 0, 0, 0, 0, 0],  // 174 is listed only as 17400 and 17405
        [1, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0],  // IoT
        [1, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0],  // not allocated
        [1, 3],
        [],
        [1, 3, 12, 0, 0],  // not a digit value
    ] as [[UInt8]])
    func findsNoKindForUnlistedPrefixes(digits: [UInt8]) {
        #expect(Self.segments.kind(of: digits) == nil)
    }

    @Test func readsTheShippedTable() throws {
        let segments = try CNMobileSegments(parsing: CNRegionCodesTests.shippedTable("cn-mobile-segments.txt"))
        #expect(segments.kind(of: [1, 3, 8, 0, 0, 0, 0, 0, 0, 0, 0]) == .voice)
        #expect(segments.kind(of: [1, 3, 4, 9, 0, 0, 0, 0, 0, 0, 0]) == .voice)
        #expect(segments.kind(of: [1, 4, 7, 0, 0, 0, 0, 0, 0, 0, 0]) == .data)
        #expect(segments.kind(of: [1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]) == .virtual)
        #expect(segments.kind(of: [1, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]) == nil)
        #expect(segments.kind(of: [1, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0]) == nil)
    }

    @Test func countsPrefixes() {
        #expect(Self.segments.count == 10)
    }

    @Test func acceptsCRLFAndTabs() throws {
        let segments = try CNMobileSegments(parsing: "138\tchina-mobile\tvoice\r\n1349  china-telecom  voice\r\n")
        #expect(segments.count == 2)
        #expect(segments.kind(of: [1, 3, 4, 9, 1]) == .voice)
    }

    @Test(arguments: [
        ("138 china-mobile", 1, "expected 'PREFIX OPERATOR KIND', found 2 fields"),
        ("# x\n138 china-mobile voice extra", 2, "expected 'PREFIX OPERATOR KIND', found 4 fields"),
        ("13 china-mobile voice", 1, "expected a prefix of 3 to 5 digits starting with 1, found '13'"),
        ("138000 china-mobile voice", 1, "expected a prefix of 3 to 5 digits starting with 1, found '138000'"),
        ("238 china-mobile voice", 1, "expected a prefix of 3 to 5 digits starting with 1, found '238'"),
        ("13a china-mobile voice", 1, "expected a prefix of 3 to 5 digits starting with 1, found '13a'"),
        ("138 china-mobil voice", 1,
         "unknown operator 'china-mobil' (expected one of china-broadnet, china-mobile, china-telecom, china-unicom, "
            + "virtual)"),
        ("1440 china-mobile iot", 1, "unknown kind 'iot' (expected voice, data or virtual)"),
        ("138 china-mobile voice\n\n138 china-unicom voice", 3, "prefix 138 is already listed on line 1"),
    ])
    func namesTheLineAndCauseOfAnError(text: String, line: Int, message: String) {
        #expect(throws: DataTableError(file: "segments.txt", line: line, message: message)) {
            try CNMobileSegments(parsing: text, file: "segments.txt")
        }
    }
}
