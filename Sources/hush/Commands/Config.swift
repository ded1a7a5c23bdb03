import ArgumentParser
import Foundation
import HushCore

extension Hush {
    /// Shows the configuration in effect.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the configuration in effect (.hush.toml).",
            subcommands: [Show.self])
    }
}

extension Hush.Config {
    /// Prints the effective configuration as TOML: every default filled in, the files it came from as comments.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the configuration in effect as TOML, with its defaults filled in.",
            discussion: "Exit status 2 when the configuration, a rule file or the baseline cannot be used (file:line: cause).")

        @Argument(help: "The folder whose configuration to show (default: the current one).")
        var path: String?

        @OptionGroup var project: ProjectOptions

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let setup = try ScanSetup(
                paths: path.map { [$0] } ?? [], configFile: project.config, baselineFile: project.baseline,
                useBaseline: !project.noBaseline, rules: rules)
            _ = try setup.filter()
            let minConfidence = setup.minConfidence(nil)
            let output = StandardOutput("the configuration")
            output.write(
                ConfigurationPrinter.render(
                    setup.project.configuration, minConfidence: minConfidence, failOn: setup.failOn(nil, minConfidence: minConfidence),
                    rules: setup.ruleSet.rules, baselineFile: setup.project.baselineFile, baseline: setup.project.baseline))
            try output.finish()
        }
    }
}
