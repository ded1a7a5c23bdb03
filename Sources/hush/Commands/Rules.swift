import ArgumentParser
import HushCore

extension Hush {
    /// Lists, shows and tests detection rules.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show and test the detection rules.",
            subcommands: [List.self, Show.self, Test.self])
    }
}

extension Hush.Rules {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, type, base confidence, name.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let set = try loadRules(rules)
            let output = StandardOutput("the rule list")
            let width = set.rules.map(\.id.count).max() ?? 0
            for rule in set.rules.sorted(by: { $0.id < $1.id }) {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let type = rule.type.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                output.line("\(id)  \(type)  \(rule.baseConfidence.description.padding(toLength: 6, withPad: " ", startingAt: 0))  \(rule.name)")
            }
            try output.finish()
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a rule's pattern file.")
        @Argument(help: "The rule id.") var id: String
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let set = try loadRules(rules)
            guard let rule = set.rules.first(where: { $0.id == id }) else { throw CLIError("no rule with id '\(id)'") }
            let output = StandardOutput("the pattern file")
            output.line("# \(rule.file)")
            output.write(rule.source.hasSuffix("\n") ? rule.source : rule.source + "\n")
            try output.finish()
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run rules' examples: all built-in rules, or the rules in the files named.",
            discussion: "Exit status 1 names the file and line of each failing example.")
        @Argument(help: "Pattern files or folders to test instead of the built-in rules.") var files: [String] = []

        func run() throws {
            var set: RuleSet
            do {
                set = try RuleSet.builtin()
                if !files.isEmpty {
                    let loaded = try set.add(paths: files, replacing: true)
                    set.restrict(to: Set(loaded))
                }
            } catch {
                throw CLIError("\(error)")
            }
            let checker = ExampleChecker()
            let output = StandardOutput("the results")
            var failures = 0
            var examples = 0
            for rule in set.rules {
                examples += rule.examples.count
                for failure in checker.check(rule) {
                    failures += 1
                    output.line(failure.description)
                }
            }
            output.line("\(examples - failures) passed, \(failures) failed (\(set.rules.count) rules)")
            try output.finish(status: failures > 0 ? 1 : 0)
        }
    }
}

private func loadRules(_ options: RuleOptions) throws -> RuleSet {
    do { return try options.ruleSet() } catch { throw CLIError("\(error)") }
}
