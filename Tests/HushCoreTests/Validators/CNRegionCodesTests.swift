import Foundation
import Testing

@testable import HushCore

struct CNRegionCodesTests {
    static let table = """
        # GB/T 2260 codes used by the validator tests
        110000 北京市
        110102 西城区
        110105 朝阳区

        120110 东郊区
        120110 东丽区
        360426 德安县
        412723 商水县
        440113 番禺区
        """

    /// The text of a table under `patterns/data/` in this checkout.
    static func shippedTable(_ name: String, filePath: String = #filePath) throws -> String {
        var root = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return try String(contentsOf: root.appendingPathComponent("patterns/data/\(name)"), encoding: .utf8)
    }

    @Test func readsTheShippedTable() throws {
        let regions = try CNRegionCodes(parsing: Self.shippedTable("cn-region-codes.txt"))
        #expect(regions.count > 3000)
        #expect(regions.name(of: 110105) == "朝阳区")
        #expect(regions.contains(110103))  // 崇文区, abolished in 2010
        #expect(!regions.contains(990426))
        let validator = ResidentIDChecksum(regions: regions, today: ResidentIDChecksumTests.today)
        #expect(validator.isValid(ArraySlice("11010519491231002X".utf8)))
    }

    @Test func readsCodesAndNames() throws {
        let regions = try CNRegionCodes(parsing: Self.table)
        #expect(regions.count == 7)
        #expect(regions.contains(110105))
        #expect(!regions.contains(990426))
        #expect(regions.name(of: 360426) == "德安县")
        #expect(regions.name(of: 990426) == nil)
    }

    @Test func keepsTheFirstNameOfARenamedCode() throws {
        #expect(try CNRegionCodes(parsing: Self.table).name(of: 120110) == "东郊区")
    }

    @Test func acceptsBOMCRLFTabsAndNamesWithSpaces() throws {
        let regions = try CNRegionCodes(parsing: "\u{FEFF}# codes\r\n110105\t朝阳区\r\n  654325  Burqin County  \r\n")
        #expect(regions.count == 2)
        #expect(regions.name(of: 654325) == "Burqin County")
    }

    @Test(arguments: [
        ("110105 朝阳区\n11010 short", 2, "expected a six-digit region code not starting with 0, found '11010'"),
        ("# header\n\n1101050 long", 3, "expected a six-digit region code not starting with 0, found '1101050'"),
        ("01010X name", 1, "expected a six-digit region code not starting with 0, found '01010X'"),
        ("010105 name", 1, "expected a six-digit region code not starting with 0, found '010105'"),
        ("110105 朝阳区\r\n110106", 2, "region code 110106 has no name"),
    ])
    func namesTheLineAndCauseOfAnError(text: String, line: Int, message: String) {
        #expect(throws: DataTableError(file: "regions.txt", line: line, message: message)) {
            try CNRegionCodes(parsing: text, file: "regions.txt")
        }
    }

    @Test func errorDescriptionReadsLikeACompilerMessage() {
        let error = DataTableError(file: "cn-region-codes.txt", line: 12, message: "region code 110106 has no name")
        #expect(error.description == "cn-region-codes.txt:12: region code 110106 has no name")
    }
}
