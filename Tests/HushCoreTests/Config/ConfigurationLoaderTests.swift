import Foundation
import HushCore
import Testing

private func load(_ text: String) throws(ConfigurationError) -> Configuration {
    try ConfigurationLoader.load(text: text, file: "repo/.hush.toml")
}

@Test func aFullConfigurationLoads() throws {
    let configuration = try load(
        """
        min_confidence = "low"
        fail_on = "high"
        rule_paths = ["ci/rules"]

        [allow]
        paths = ["fixtures/**"]
        values = ["13800138000"]
        regexes = ['^test-']

        [rules.cn-landline]
        enabled = false

        [rules.email]
        confidence = "low"
        allow = { values = ["noreply@example.com"] }

        [rules.cn-mobile.allow]
        paths = ["docs/"]
        """)
    #expect(configuration.minConfidence == .low && configuration.failOn == .high)
    #expect(configuration.rulePaths == ["repo/ci/rules"])
    #expect(configuration.allow == AllowlistSpec(paths: ["fixtures/**"], values: ["13800138000"], regexes: ["^test-"]))
    #expect(configuration.rules["cn-landline"] == RuleSettings(enabled: false))
    #expect(configuration.rules["email"] == RuleSettings(confidence: .low, allow: AllowlistSpec(values: ["noreply@example.com"])))
    #expect(configuration.rules["cn-mobile"]?.allow.paths == ["docs/"])
}

@Test(arguments: [
    ("fail_on = \"medium\"\nfial_on = \"high\"\n", "repo/.hush.toml:2: unknown key 'fial_on'"),
    ("min_confidence = \"certain\"\n", "repo/.hush.toml:1: min_confidence must be \"low\", \"medium\" or \"high\""),
    ("[rules.email]\nconfidence = \"high\"\n\n[rules.cn-mobile]\nenabeld = false\n", "repo/.hush.toml:5: unknown key 'enabeld' in [rules.cn-mobile]"),
    ("[rules.cn-mobile]\nenabled = \"no\"\n", "repo/.hush.toml:2: rules.cn-mobile.enabled must be true or false"),
    ("[allow]\npaths = \"fixtures\"\n", "repo/.hush.toml:2: allow.paths must be an array of strings"),
    ("[rules.email]\nallow = { value = [\"x\"] }\n", "repo/.hush.toml:2: unknown key 'value' in rules.email.allow"),
    ("rules = [\"extra\"]\n", "repo/.hush.toml:1: 'rules' must be a table"),
    ("[allow\npaths = []\n", "repo/.hush.toml:1: invalid TOML"),
])
func badConfigurationsSayFileLineAndCause(text: String, message: String) {
    #expect { try load(text) } throws: { "\($0)".hasPrefix(message) }
}

@Test func errorsFoundAfterLoadingStillHaveLines() throws {
    let rules = try RuleSet.builtin()
    let unknown = try load("min_confidence = \"low\"\n\n[rules.cn-mobil]\nenabled = false\n")
    #expect { try unknown.apply(to: rules) } throws: { "\($0)" == "repo/.hush.toml:3: no rule with id 'cn-mobil' (see `hush rules list`)" }
    let badRegex = try load("[allow]\nvalues = []\nregexes = ['(open']\n")
    #expect { try badRegex.allowlist() } throws: { "\($0)".hasPrefix("repo/.hush.toml:3: allow.regexes: '(open'") }
}

@Test func rulesAreSwitchedOffAndReleveled() throws {
    let configuration = try load("[rules.cn-mobile]\nenabled = false\n\n[rules.email]\nconfidence = \"high\"\n")
    let rules = try configuration.apply(to: try RuleSet.builtin()).rules
    #expect(!rules.contains { $0.id == "cn-mobile" })
    #expect(rules.first { $0.id == "email" }?.baseConfidence == .high)
}

@Test func thePrintedConfigurationLoadsBackTheSame() throws {
    let configuration = try load(
        "fail_on = \"high\"\n[allow]\nregexes = ['\\d{3}\"x']\n[rules.email]\nenabled = false\nallow = { paths = [\"a b/**\"] }\n")
    let printed = ConfigurationPrinter.render(
        configuration, minConfidence: .medium, failOn: .high, rules: [], baselineFile: nil, baseline: nil)
    let again = try load(printed)
    #expect(again.allow == configuration.allow && again.rules == configuration.rules && again.failOn == .high)
    #expect(again.minConfidence == .medium)
}

// The configuration is TOML too, read by the same parser (see tableHeaderThatIsNotAKeyIsALoadErrorNotACrash).
@Test func tableHeaderThatIsNotAKeyIsAnErrorAtItsLine() {
    #expect(throws: ConfigurationError(file: "repo/.hush.toml", line: 2, message: "invalid TOML: a table name must start with a letter, a digit, '_', '-' or a quote, not '+'")) {
        try load("min_confidence = \"low\"\n[+]\n")
    }
}
