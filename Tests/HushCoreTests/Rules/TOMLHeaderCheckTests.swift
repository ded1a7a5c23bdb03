@testable import HushCore
import HushTestSupport
import Testing

/// TOMLKit's parser aborted the process on these headers (found by fuzz-rules); they must be load errors instead.
@Suite struct TOMLHeaderCheckTests {
    @Test(arguments: ["[#]", "[.x]", "[=]", "[é]", "[中文]", "[[ \u{FFFD}examples]]", "[]", "[\u{1}]", "  [\u{2028}]"])
    func aHeaderThatDoesNotStartWithAKeyIsNamed(header: String) {
        #expect(TOMLHeaderCheck.firstBadHeader(in: "id = \"x\"\n# [#] in a comment\n\(header)\nkey = 1\n") == 3)
    }

    @Test func bracketsInStringsCommentsAndArraysAreNotHeaders() {
        let text = """
            regex = '''(?x)
            [^0-9\\r\\n]{0,20}
              [#]'''
            note = \"\"\"
            [=] \\\"\"\" still inside
            [.]\"\"\"
            list = [
              [],
              [ "a", 'b' ],
            ]
            quoted = "[#]" # [=]
            ["quoted key".x]
            [[examples]]
            ['literal']
            """
        #expect(TOMLHeaderCheck.firstBadHeader(in: text) == nil)
    }

    @Test func theLoadersReportItAsAnErrorAtItsLine() throws {
        let source = try String(decoding: Repository.bytes("Fuzz/Regressions/fuzz-rules/header-starting-with-a-non-key-character.toml"), as: UTF8.self)
        #expect(throws: RuleLoadError(file: "r.toml", line: 2, message: TOMLHeaderCheck.message)) {
            _ = try RuleLoader(data: PatternData.builtin()).load(source: source, file: "r.toml")
        }
        #expect(throws: ConfigurationError(file: ".hush.toml", line: 1, message: TOMLHeaderCheck.message)) {
            _ = try ConfigurationLoader.load(text: "[#]\n", file: ".hush.toml")
        }
    }
}
