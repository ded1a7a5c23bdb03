import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

private func findings(_ text: String) throws -> [Finding] {
    let scanner = Scanner(rules: try builtin.get().rules)
    return scanner.scan(Document(path: "t.txt", bytes: Array(text.utf8), scansName: false), state: ScanState()).findings
}

@Suite struct KeepListTests {
    @Test func keptNumbersMatchWhateverTheirSeparatorsAndWidth() throws {
        let found = try findings("手机 13812345678，电话 １３８１２３４５６７８，另一个 13912345678")
        #expect(found.count == 3)
        for keep in [KeepList(["+86 138-1234-5678"]), KeepList(["１３８１２３４５６７８"]), KeepList(["0086 13812345678"])] {
            #expect(found.map(keep.keeps) == [true, true, false])
        }
    }

    @Test func keptValuesAreComparedPerType() throws {
        let found = try findings("邮箱 zhang.san@example.com 身份证 11010519491231002X")
        #expect(found.map(\.type) == [.email, .nationalID])
        #expect(found.allSatisfy(KeepList(["Zhang.San@Example.com", "11010519491231002x"]).keeps))
    }

    @Test func keepFileSkipsCommentsAndBlankLines() {
        let values = KeepList.values(inFile: Array("# the collector\n 13812345678 \r\n\n#x\n+86 139 0000 1111\n".utf8))
        #expect(values == ["13812345678", "+86 139 0000 1111"])
    }
}
