import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

private func rule(for example: RuleExample) throws -> Rule {
    try #require(try builtin.get().rules.first { $0.id == example.ruleID })
}

private var allExamples: [RuleExample] {
    (try? builtin.get().rules.flatMap(\.examples)) ?? []
}

private var textRuleExamples: [RuleExample] {
    (try? builtin.get().rules.filter { !$0.fieldScoped }.flatMap(\.examples)) ?? []
}

@Test func builtinRulesLoad() throws {
    let rules = try builtin.get().rules
    #expect(rules.count >= 10)
    for rule in rules {
        #expect(rule.examples.filter(\.shouldMatch).count >= 3, "\(rule.file): fewer than three positive examples")
        #expect(rule.examples.filter { !$0.shouldMatch }.count >= 3, "\(rule.file): fewer than three negative examples")
    }
}

/// Every example of every rule, exactly as `hush rules test` runs it.
@Test(arguments: allExamples)
func example(_ example: RuleExample) throws {
    let failure = ExampleChecker().check(example, of: try rule(for: example))
    #expect(failure == nil, "\(failure?.description ?? "")")
}

/// Positive examples still find the same values after Chinese text and after a CSV cell: a rule must not depend on
/// its value starting the line, and offsets must shift by exactly the prefix's bytes.
/// Examples that depend on a file's structure (`file = …`) or on a field are left out: a prefix changes the structure.
@Test(arguments: textRuleExamples.filter { $0.shouldMatch && $0.fileName == nil }, ["备注：以下为导出内容，", "2024-05-16,王五,"])
func positiveExampleAfterPrefix(_ example: RuleExample, prefix: String) throws {
    let failure = ExampleChecker().check(example, of: try rule(for: example), prefix: prefix)
    #expect(failure == nil, "\(failure?.description ?? "")")
}

extension RuleExample: CustomTestStringConvertible {
    public var testDescription: String { "\(file.split(separator: "/").last ?? ""):\(line)" }
}
