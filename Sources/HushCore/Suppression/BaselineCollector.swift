/// Builds a baseline from a scan's reported findings: the reporter behind `hush baseline`.
public final class BaselineCollector: Reporter {
    public private(set) var baseline: Baseline
    public private(set) var files = Set<String>()
    private let repositoryPath: (String) -> String

    /// `repositoryPath` maps a reported path to the repository-relative one a later scan will look up.
    public init(keyed: Bool, repositoryPath: @escaping (String) -> String) {
        baseline = Baseline(keyed: keyed)
        self.repositoryPath = repositoryPath
    }

    public func record(path: String, findings: [Finding]) {
        for finding in findings {
            let relative = repositoryPath(finding.path)
            baseline.accept(finding, path: relative)
            files.insert(relative)
        }
    }

    public func skipped(_ file: SkippedFile) {}

    public func finish(_ summary: ScanSummary) {}
}
