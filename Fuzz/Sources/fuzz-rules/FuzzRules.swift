import FuzzSupport
@testable import HushCore

/// The rule-file loader: TOML text in, a rule or a `RuleLoadError` naming the file out. A rule that loads has its
/// examples run through the scanner, as `hush rules test` does.
@main enum FuzzRules {
    static let loader = RuleLoader(data: try! PatternData.builtin())
    nonisolated(unsafe) static let state = ScanState()  // libFuzzer calls the target on one thread

    static func main() {
        runFuzzer { buffer in
            let source = String(decoding: buffer, as: UTF8.self)
            let rule: Rule
            do throws(RuleLoadError) {
                rule = try loader.load(source: source, file: "fuzz.toml")
            } catch {
                require(error.description.hasPrefix("fuzz.toml"), "rules: error without the file: \(error.description)")
                return
            }
            require(!rule.id.isEmpty, "rules: a rule without an id")
            _ = ExampleChecker().check(rule, state: state)
        }
    }
}
