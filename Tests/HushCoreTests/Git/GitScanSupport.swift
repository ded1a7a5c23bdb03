import HushCore
import HushTestSupport

/// Collects what a run reports, in order.
final class CollectingReporter: Reporter {
    var findings: [Finding] = []
    var skipped: [SkippedFile] = []
    var summary: ScanSummary?

    func record(path: String, findings: [Finding]) { self.findings += findings }
    func skipped(_ file: SkippedFile) { skipped.append(file) }
    func finish(_ summary: ScanSummary) { self.summary = summary }
}

struct SourceScan {
    var findings: [Finding]
    var skipped: [SkippedFile]
    var outcome: ScanOutcome
    var diagnostics: [String]

    /// `path:line rule` for each finding, the shape most tests compare.
    var lines: [String] { findings.map { "\($0.path):\($0.line) \($0.rule)" } }
}

private let builtinRules = Result { try RuleSet.builtin() }

/// Scans `entries` with the built-in rules through `ScanRunner`, as `hush scan --staged` does.
func scan(_ entries: [SourceEntry], filter: FindingFilter = FindingFilter()) throws -> SourceScan {
    let runner = ScanRunner(scanner: Scanner(rules: try builtinRules.get().rules))
    var request = ScanRequest(threads: 2)
    request.filter = filter
    let reporter = CollectingReporter()
    var diagnostics: [String] = []
    let outcome = runner.run(sources: entries, request: request, reporter: reporter) { diagnostics.append($0) }
    return SourceScan(findings: reporter.findings, skipped: reporter.skipped, outcome: outcome, diagnostics: diagnostics)
}

/// Scans what is staged in `sandbox`.
func scanStaged(_ sandbox: GitSandbox, filter: FindingFilter = FindingFilter()) throws -> SourceScan {
    let repository = try GitRepository.discover(from: sandbox.root)
    return try scan(GitStagedSource(repository: repository).entries, filter: filter)
}
