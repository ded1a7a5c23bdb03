import ArgumentParser
import Foundation
import HushCore

extension Hush {
    /// Finds personal data in files, folders or standard input.
    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find personal data in files, folders or standard input (-).",
            discussion: """
                Exit status: 1 when a finding is at or above --fail-on; otherwise 2 when hush could not do what it \
                was asked (a bad option or rule, a named path that cannot be read, nothing scanned); otherwise 0. \
                With --staged or --git, scanning nothing is not a failure: 0 allows the commit, 1 blocks it, 2 means \
                it was not checked.
                """)

        @Argument(help: "Files and folders to scan; - reads standard input. Default: the current folder.")
        var paths: [String] = []

        @Option(help: "Report format.")
        var format: ReportFormat = .text

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (mode 0600).", valueName: "file"))
        var output: String?

        @Option(help: "Report findings at this level or above (default: min_confidence in .hush.toml, else medium).")
        var minConfidence: Confidence?

        @Option(help: "Exit 1 when a finding is at this level or above (default: fail_on in .hush.toml, else --min-confidence).")
        var failOn: Confidence?

        @Option(help: ArgumentHelp("Only these types, comma-separated (phone,national_id,…).", valueName: "types"))
        var types: String?

        @OptionGroup var rules: RuleOptions

        @OptionGroup var git: GitSourceOptions

        @OptionGroup var project: ProjectOptions

        @OptionGroup var batch: BatchOptions

        @Flag(help: "Print values in full instead of masked.")
        var showValues = false

        @Option(help: "Scanning threads (default: one per core).")
        var threads: Int = 0

        @Option(help: ArgumentHelp("Skip files larger than this (e.g. 10M; default: no limit).", valueName: "size"))
        var maxFilesize: ByteSize?

        @Option(help: ArgumentHelp("Read files in this encoding instead of detecting it (utf-8, utf-16le, utf-16be, gb18030, big5).", valueName: "name"))
        var encoding: String?

        @Flag(help: "Do not honour .gitignore and .hushignore.")
        var noIgnore = false

        @Flag(help: "Follow symbolic links met while walking.")
        var follow = false

        @Flag(name: .shortAndLong, help: "Print only the summary.")
        var quiet = false

        @Flag(help: "Never colour the output.")
        var noColor = false

        @Option(help: "Language of the HTML report's labels (default: zh when LC_ALL, LC_MESSAGES or LANG is Chinese, else en).")
        var lang: ReportLanguage?

        func validate() throws {
            if let encoding, TextEncoding(name: encoding) == nil {
                throw ValidationError("unknown encoding '\(encoding)' (utf-8, utf-16le, utf-16be, gb18030, big5).")
            }
            if git.isActive && (batch.filesFrom != nil || batch.shard != nil) {
                throw ValidationError("--files-from and --shard scan files, not --staged or --git.")
            }
            if batch.shard != nil && paths.contains("-") { throw ValidationError("--shard cannot split standard input (-).") }
            if batch.filesFrom == "-" && paths.contains("-") {
                throw ValidationError("standard input is the --files-from list; it cannot also be scanned (-).")
            }
            if threads < 0 { throw ValidationError("--threads must be 0 (one per core) or more.") }
            if let types {
                for name in types.split(separator: ",") where FindingType(rawValue: String(name)) == nil {
                    throw ValidationError(
                        "unknown type '\(name)' in --types (one of \(FindingType.allCases.map(\.rawValue).joined(separator: ", "))).")
                }
            }
        }

        func run() throws {
            // The list first: standard input is read to its end even when the scan cannot start.
            let fileList = try batch.fileList()
            let setup = try ScanSetup(
                paths: paths.isEmpty ? Array((fileList ?? []).prefix(1)) : paths, staged: git.staged, range: git.range, configFile: project.config, baselineFile: project.baseline,
                useBaseline: !project.noBaseline, rules: rules)
            let ruleSet = setup.ruleSet
            let minConfidence = setup.minConfidence(minConfidence)
            let failLevel = setup.failOn(failOn, minConfidence: minConfidence)
            let typeFilter = types.map { Set($0.split(separator: ",").compactMap { FindingType(rawValue: String($0)) }) }
            var options = ScanOptions(
                minConfidence: min(minConfidence, failLevel), types: typeFilter, fingerprintKey: setup.fingerprintKey)
            options.snippets = format.showsSnippets
            let scanner = Scanner(rules: ruleSet.rules, options: options)
            let sink: OutputSink
            if let output {
                do { sink = try OutputSink.file(output) } catch { throw CLIError("\(output): \(error)") }
            } else {
                sink = .standardOutput()
            }
            let environment = ProcessInfo.processInfo.environment
            let color = !noColor && output == nil && sink.isTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true
            let settings = ReportSettings(
                showValues: showValues, color: color, quiet: quiet, language: lang ?? ReportLanguage(environment: environment),
                toolVersion: HushVersion.current, rules: ruleSet.rules.filter { typeFilter?.contains($0.type) ?? true })
            let reporter = FindingRecorder(format.makeReporter(sink: sink, settings: settings))
            // Progress only where a person watches stderr; the status line is cleared before the report or a
            // diagnostic is written to the same terminal.
            let statusLine = !quiet && isatty(STDERR_FILENO) == 1 ? StatusLine(descriptor: STDERR_FILENO) : nil
            if sink.isTerminal { sink.statusLine = statusLine }
            var request = ScanRequest(
                paths: paths, walk: WalkOptions(followLinks: follow, honourIgnoreFiles: !noIgnore),
                maxFileSize: maxFilesize?.bytes, threads: threads, reportConfidence: minConfidence,
                encoding: encoding.flatMap(TextEncoding.init(name:)))
            request.filter = try setup.filter()
            request.fileList = fileList
            request.shard = batch.parsedShard
            let outcome = setup.run(
                ScanRunner(scanner: scanner), request: request, reporter: reporter, progress: statusLine.map { TerminalProgress(line: $0) }
            ) { message in
                statusLine?.clear()
                StandardError.diagnostic(message)
            }
            // A report that could not be written whole is an error (exit 2 unless findings make it 1), and a partial
            // report file is removed rather than left to pass for a whole one.
            let reportFailed = sink.failure != nil
            if let failure = sink.failure {
                sink.removeIncompleteFile()
                StandardError.diagnostic("\(output ?? "standard output"): cannot write the report: \(failure)")
            }
            if setup.sources != nil {
                var status = setup.finish(outcome, failOn: failLevel, recorder: reporter)
                if reportFailed && status == 0 { status = 2 }
                if status != 0 { throw ExitCode(status) }
                return
            }
            var status = outcome.exitStatus(failOn: failLevel)
            // A shard may hold none of the files (the other shards scan them), and a batch task whose listed files
            // were all skipped (binaries, say) did its part: they are in the report. Neither fails the job.
            if status == 2 && outcome.failedPaths.isEmpty && (batch.shard != nil || (batch.filesFrom != nil && outcome.summary.skipped > 0)) {
                status = 0
            }
            if reportFailed && status == 0 { status = 2 }
            if status == 2 && outcome.failedPaths.isEmpty && outcome.summary.files == 0 {
                StandardError.write("hush: nothing was scanned")
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}
