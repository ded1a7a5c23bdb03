import Foundation
import HushCore

/// Everything `hush scan` and `hush baseline` work out before scanning: the repository, the configuration, the
/// baseline, the rules, and — for `--staged` and `--git` — what git holds. A thin adapter over `Project`,
/// `GitStagedSource` and `GitHistorySource`, so that the commands stay declarations of options.
struct ScanSetup {
    let project: Project
    let ruleSet: RuleSet
    let paths: RepositoryPaths?
    /// The documents to scan when scanning git; nil for files.
    let sources: [SourceEntry]?
    let staged: Bool
    let fingerprintKey: String?

    /// Resolves the setup. Every failure is a `CLIError` of one line; for `--staged` it says the commit was not checked.
    init(
        paths: [String], staged: Bool = false, range: String? = nil, configFile: String?, baselineFile: String? = nil,
        useBaseline: Bool = true, rules: RuleOptions
    ) throws {
        self.staged = staged
        let key = ProcessInfo.processInfo.environment["HUSH_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        fingerprintKey = key
        let suffix = staged ? "; the commit was not checked" : ""
        do {
            var repository: GitRepository?
            if staged || range != nil {
                if !paths.isEmpty { throw CLIError("--staged and --git scan the repository: name no paths") }
                let found = try GitRepository.discover()
                if staged { _ = try found.workTree() }
                repository = found
            }
            let directory = repository.map { $0.root ?? $0.gitDirectory } ?? Project.scannedDirectory(of: paths)
            project = try Project.locate(
                scanning: directory, root: repository.map { $0.root ?? $0.gitDirectory }, configFile: configFile,
                baselineFile: baselineFile, useBaseline: useBaseline, keyed: key != nil)
            ruleSet = try project.configuration.apply(to: try rules.ruleSet())
            self.paths = project.root.map { RepositoryPaths(root: $0) }
            if let repository, staged {
                if let commit = repository.detachedHead {
                    StandardError.write("hush: HEAD is detached at \(commit.prefix(12)); checking what is staged against that commit")
                }
                if repository.isMerging {
                    StandardError.write("hush: a merge is in progress; checking everything it adds to HEAD, the other branch's changes included")
                }
                sources = try GitStagedSource(repository: repository).entries
            } else if let repository, let range {
                sources = try GitHistorySource(repository: repository, range: range).entries
            } else {
                sources = nil
            }
        } catch let error as CLIError {
            throw CLIError(error.description + suffix)
        } catch {
            throw CLIError("\(error)" + suffix)
        }
    }

    /// The minimum confidence: the option, else the configuration, else medium.
    func minConfidence(_ option: Confidence?) -> Confidence {
        option ?? project.configuration.minConfidence ?? .medium
    }

    /// The level that fails the run: the option, else the configuration, else the minimum confidence.
    func failOn(_ option: Confidence?, minConfidence: Confidence) -> Confidence {
        option ?? project.configuration.failOn ?? minConfidence
    }

    /// The filter for the request: inline markers, allowlists and the baseline, with repository-relative paths.
    /// Findings in the baseline files (`.hush-baseline.json`, the one in force, and `writing`) are not reported.
    func filter(writing baselineOutput: String? = nil) throws -> FindingFilter {
        let allowlist: Allowlist
        do {
            allowlist = try project.configuration.allowlist()
        } catch {
            throw CLIError("\(error)" + (staged ? "; the commit was not checked" : ""))
        }
        let root = project.root ?? FileManager.default.currentDirectoryPath
        let mapping = paths ?? RepositoryPaths(root: root)
        let baselineFiles = [root + "/" + HushCore.Baseline.fileName, project.baselineFile, baselineOutput].compactMap { $0 }
        return FindingFilter(
            allowlist: allowlist, baseline: project.baseline, paths: paths, fingerprinter: Fingerprinter(key: fingerprintKey),
            ignoredPaths: Set(baselineFiles.map(mapping.relative)))
    }

    /// Runs the scan over files or git, whichever this setup is for.
    func run(
        _ runner: ScanRunner, request: ScanRequest, reporter: any Reporter, progress: (any ProgressObserver)?, diagnose: (String) -> Void
    ) -> ScanOutcome {
        if let sources {
            return runner.run(sources: sources, request: request, reporter: reporter, progress: progress, diagnose: diagnose)
        }
        return runner.run(request, reporter: reporter, progress: progress, diagnose: diagnose)
    }
}

extension ScanSetup {
    /// The exit status of a git scan, after telling the author of a blocked commit how to go on.
    func finish(_ outcome: ScanOutcome, failOn: Confidence, recorder: FindingRecorder) -> Int32 {
        let status = outcome.gitExitStatus(failOn: failOn)
        guard staged else {
            if status == 2 { StandardError.write("hush: some commits could not be checked (listed above)") }
            return status
        }
        switch status {
        case 1:
            StandardError.write(
                CommitGuidance.blocked(
                    findings: recorder.count, paths: recorder.paths, nameFindings: recorder.namePaths, root: project.root ?? ".",
                    current: FileManager.default.currentDirectoryPath, baselineFile: project.baselineFile))
        case 2:
            StandardError.write("hush: some staged files could not be read (listed above); the commit was not checked")
        default:
            break
        }
        return status
    }
}
