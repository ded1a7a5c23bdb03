import HushCore
import HushTestSupport
import Testing

private let loader = Result { RuleLoader(data: try PatternData.builtin()) }

private func loadError(_ source: String) throws -> String {
    do {
        _ = try loader.get().load(source: source, file: "rules/x-test.toml", expectedID: "x-test")
        return "loaded"
    } catch {
        return "\(error)"
    }
}

private let valid = """
    id = "x-test"
    name = "Test"
    type = "phone"
    regex = '''(?<![0-9])1[3-9][0-9]{9}(?![0-9])'''

    """

@Test func validRuleLoads() throws {
    let rule = try loader.get().load(source: valid + "[[examples]]\ntext = \"tel «13812345678»\"\n", file: "x-test.toml")
    #expect(rule.id == "x-test")
    #expect(rule.examples.first?.expectedSpans == [4..<15])
    #expect(rule.examples.first?.line == 6)
}

@Test func badRegexNamesFileLineRuleAndOffset() throws {
    let source = valid.replacingOccurrences(of: "(?![0-9])'''", with: "(?![0-9]'''")
    let message = try loadError(source)
    #expect(message == "rules/x-test.toml:4: x-test: regex error at offset 32: missing closing parenthesis", "\(message)")
}

@Test func unknownValidatorIsAnError() throws {
    #expect(try loadError(valid + "validator = \"nope\"\n").hasPrefix("rules/x-test.toml:5: x-test: no validator named 'nope'"))
}

@Test func unknownKeyIsAnError() throws {
    #expect(try loadError(valid + "colour = \"red\"\n") == "rules/x-test.toml:5: x-test: unknown key 'colour'")
}

@Test func unknownTypeIsAnError() throws {
    let source = valid.replacingOccurrences(of: "type = \"phone\"", with: "type = \"telephone\"")
    #expect(try loadError(source).hasPrefix("rules/x-test.toml:3: x-test: unknown type 'telephone'"))
}

@Test func idMustMatchFileName() throws {
    let source = valid.replacingOccurrences(of: "id = \"x-test\"", with: "id = \"other\"")
    #expect(try loadError(source) == "rules/x-test.toml:1: other: the file must be named after the rule's id ('other.toml')")
}

@Test func emptyMatchingRegexIsRejected() throws {
    let source = valid.replacingOccurrences(of: "(?<![0-9])1[3-9][0-9]{9}(?![0-9])", with: "[0-9]*")
    #expect(try loadError(source) == "rules/x-test.toml:4: x-test: the regex can match the empty string")
}

@Test func tomlSyntaxErrorHasALine() throws {
    #expect(try loadError("id = \"x-test\"\nname = \n").hasPrefix("rules/x-test.toml:2: invalid TOML"))
}

@Test func exampleErrorsPointAtTheExample() throws {
    #expect(
        try loadError(valid + "\n[[examples]]\ntext = \"no marker\"\n")
            == "rules/x-test.toml:7: x-test: a positive example needs «» around each expected value")
}

// Found by fuzz-rules (Fuzz/Regressions/fuzz-rules/table-header-not-a-key.toml): toml++ asserts that a table name
// starts like a key, so `[手机号]` aborted hush instead of failing to load.
@Test func tableHeaderThatIsNotAKeyIsALoadErrorNotACrash() throws {
    let source = String(decoding: try Repository.bytes("Fuzz/Regressions/fuzz-rules/table-header-not-a-key.toml"), as: UTF8.self)
    #expect(try loadError(source) == "rules/x-test.toml:3: invalid TOML: a table name must start with a letter, a digit, '_', '-' or a quote, not '手'")
    for header in ["[+]", "[[ @x]]", "[\n"] {
        #expect(try loadError(valid + header).contains("invalid TOML: a table name must start with"), "\(header)")
    }
}

// Found by fuzz-rules (Fuzz/Regressions/fuzz-rules/brace-in-array.toml): toml++ asserts that an array's next value
// does not start with a `}`.
@Test func braceInsideAnArrayIsALoadErrorNotACrash() throws {
    let source = String(decoding: try Repository.bytes("Fuzz/Regressions/fuzz-rules/brace-in-array.toml"), as: UTF8.self)
    #expect(try loadError(source) == "rules/x-test.toml:3: invalid TOML: '}' inside an array")
    // Inline tables and arrays inside an array are valid TOML: what rejects them is the rule's schema, not the check.
    #expect(try !loadError(valid + "keywords = [{ a = 1 }, [\"b\"]]\n").contains("invalid TOML"))
}

@Test func bracketsInsideStringsAndValuesAreNotTableHeaders() throws {
    let source = valid + """
        context = [
          "[x",
        ]
        description = '''
        [+] a line of text
        '''

        [[examples]]
        text = "tel «13812345678»"
        """
    #expect(try loadError(source) == "loaded")
}

@Test func leadNeedsAPrefilterAndAtMostMaxLength() throws {
    #expect(try loadError(valid + "lead = 2\n").contains("lead needs digits or keywords"))
    #expect(try loadError(valid + "keywords = [\"tel\"]\nlead = 4\n") == "loaded")
    #expect(try loadError(valid + "digits = 11\nmax_length = 20\nlead = 21\n").contains("lead must be 0…max_length (20)"))
    #expect(try loadError(valid + "digits = 11\nlead = 3\n") == "loaded")
}

/// The messages `ExampleChecker` gives for a rule `x-test` with `prefilter` lines and one example.
private func exampleFailures(type: String, regex: String, prefilter: String, example: String) throws -> [String] {
    let source = """
        id = "x-test"
        name = "Test"
        type = "\(type)"
        regex = '''\(regex)'''
        \(prefilter)

        [[examples]]
        text = "\(example)"
        """
    let rule = try loader.get().load(source: source, file: "rules/x-test.toml", expectedID: "x-test")
    return ExampleChecker().check(rule).map(\.message)
}

/// An example's value six bytes ahead of its digits (`(+86) `) passes with `lead = 6` and fails with `lead = 5`, which
/// only a search limited to the prefilter's windows shows: the example is short enough to be searched whole.
@Test(arguments: [(6, true), (5, false)])
func exampleChecksCatchALeadTooSmall(lead: Int, passes: Bool) throws {
    let failures = try exampleFailures(
        type: "phone", regex: #"(?<![0-9])(?:\(\+86\) )?1[3-9][0-9]{9}(?![0-9])"#, prefilter: "digits = 11\nlead = \(lead)",
        example: "tel «(+86) 13812345678»")
    #expect(failures.isEmpty == passes)
    if !passes {
        #expect(failures.first?.hasSuffix("when searching only near its prefilter's hits (check digits, lead and keywords)") == true)
    }
}

/// A keyword rule's `lead` without `digits`: the match holds its keyword and starts at most `lead` bytes before it.
/// `mail ` and the local part put the match's start 8 bytes ahead of its `@`; `lead = 7` misses it.
@Test(arguments: [(8, true), (7, false)])
func exampleChecksCatchAKeywordLeadTooSmall(lead: Int, passes: Bool) throws {
    let failures = try exampleFailures(
        type: "email", regex: #"mail [a-z]{3}@[a-z]+\.cn"#, prefilter: "keywords = [\"@\"]\nlead = \(lead)",
        example: "to «mail abc@qq.cn»")
    #expect(failures.isEmpty == passes, "\(failures)")
}
