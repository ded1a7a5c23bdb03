import ArgumentParser
import HushCore

/// Options that choose the rules: shared by every command that scans.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Load more rules from a pattern file or folder (repeatable).", valueName: "path"))
    var rulePaths: [String] = []

    func ruleSet() throws -> RuleSet {
        var set = try RuleSet.builtin()
        if !rulePaths.isEmpty { try set.add(paths: rulePaths) }
        return set
    }
}
