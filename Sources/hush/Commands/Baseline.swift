import ArgumentParser
import Foundation
import HushCore

extension Hush {
    /// Accepts today's findings, so later scans and the hook report only new ones: a thin adapter over
    /// `BaselineCollector` and `Baseline`.
    struct Baseline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept the findings there are now: write .hush-baseline.json, so later scans report only new ones.",
            discussion: """
                Scans the repository's work tree (or the paths given) like `hush scan` and records each finding as \
                (path, rule, fingerprint) with a count: no line numbers, no values. Moving a line changes nothing; a \
                second copy of an accepted value is new. The file is sorted and rewritten only when the findings \
                change. Commit it. Exit status: 0 written (or unchanged); 2 when hush could not do it.
                """)

        @Argument(help: "Files and folders to scan. Default: the whole repository (or the current folder outside one).")
        var paths: [String] = []

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the baseline here (default: .hush-baseline.json at the repository root).", valueName: "file"))
        var output: String?

        @Option(help: "Accept findings at this level or above (default: min_confidence in .hush.toml, else medium).")
        var minConfidence: Confidence?

        @OptionGroup var rules: RuleOptions

        @Option(help: ArgumentHelp("Read settings from this file (default: .hush.toml at the repository root).", valueName: "file"))
        var config: String?

        @Option(help: "Scanning threads (default: one per core).")
        var threads: Int = 0

        @Flag(help: "Do not honour .gitignore and .hushignore.")
        var noIgnore = false

        @Flag(name: .shortAndLong, help: "Print nothing when it succeeds.")
        var quiet = false

        func run() throws {
            let setup = try ScanSetup(paths: paths, configFile: config, useBaseline: false, rules: rules)
            let root = setup.project.root
            let minConfidence = setup.minConfidence(minConfidence)
            let scanner = Scanner(
                rules: setup.ruleSet.rules, options: ScanOptions(minConfidence: minConfidence, fingerprintKey: setup.fingerprintKey))
            var request = ScanRequest(
                paths: paths.isEmpty ? [root ?? "."] : paths, walk: WalkOptions(honourIgnoreFiles: !noIgnore), threads: threads,
                reportConfidence: minConfidence)
            let file = output ?? (root ?? FileManager.default.currentDirectoryPath) + "/" + HushCore.Baseline.fileName
            request.filter = try setup.filter(writing: file)
            let filter = request.filter
            let collector = BaselineCollector(keyed: setup.fingerprintKey != nil) { filter.repositoryPath($0, origin: .walk) }
            let outcome = ScanRunner(scanner: scanner).run(request, reporter: collector) { message in
                StandardError.diagnostic(message)
            }
            guard outcome.failedPaths.isEmpty else { throw CLIError("the baseline was not written: some paths could not be scanned") }
            let written: Bool
            do {
                written = try collector.baseline.write(to: file)
            } catch {
                throw CLIError("\(file): cannot write the baseline (\(error.localizedDescription))")
            }
            if !quiet {
                let count = collector.baseline.total
                let files = collector.files.count
                let output = StandardOutput("the confirmation")
                output.line(
                    "hush: \(CommitGuidance.relative(file, from: FileManager.default.currentDirectoryPath)): \(count) finding\(count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") accepted"
                        + (written ? "" : " (unchanged)"))
                try output.finish()
            }
        }
    }
}
