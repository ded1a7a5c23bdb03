import ArgumentParser
import Foundation
import HushCore

extension Hush {
    /// Rewrites files with the redactions a scan recommends: a thin adapter over `RedactRunner`.
    struct Redact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace personal data in files: in place, into another file, or from standard input (-).",
            discussion: """
                Every byte outside the replaced values stays as it was (encoding, BOM, line endings, mode). A file is \
                replaced atomically, and only after a second scan of the result finds nothing of the redacted types. \
                Exit status: 1 when a file could not be redacted (read-only, changed during the run, findings left); \
                otherwise 2 when hush could not do what it was asked (a bad option, a named path that cannot be \
                read, nothing read, a diff that could not be written); otherwise 0. A dry run never exits 1.

                A dry run's diff shows each replaced value masked on its - lines, as scan reports do: it is for \
                review and cannot be applied with patch. With --show-values the - lines hold the values, and the \
                diff of a UTF-8 file applies (patch -p0 < changes.diff).
                """)

        @Argument(help: "Files and folders to redact; - reads standard input and writes the result to standard output.")
        var paths: [String] = []

        @Flag(help: "Rewrite the files themselves.")
        var inPlace = false

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the redacted copy of the one input here.", valueName: "file"))
        var output: String?

        @Flag(help: "Print a unified diff of what would change, values masked, and change nothing.")
        var dryRun = false

        @Flag(help: "With --dry-run, print the values replaced in full instead of masked, so that the diff applies with patch.")
        var showValues = false

        @Option(help: "mask: each rule's own mask (default); label: [PHONE]; hash: a keyed pseudonym, PHONE_3f9a2c1b.")
        var strategy: RedactionStrategy?

        @Option(help: ArgumentHelp("Read the key for hash pseudonyms from this file (default: HUSH_KEY).", valueName: "file"))
        var keyFile: String?

        @Option(help: ArgumentHelp("Leave this value as it is (repeatable); compared without separators or +86.", valueName: "value"))
        var keep: [String] = []

        @Option(help: ArgumentHelp("Leave the values in this file as they are: one per line, # starts a comment.", valueName: "file"))
        var keepFile: [String] = []

        @Option(help: ArgumentHelp("With --in-place, keep each original beside it as PATH+SUFFIX, mode 0600.", valueName: "suffix"))
        var backup: String?

        @Option(help: "Redact findings at this level or above.")
        var minConfidence: Confidence = .medium

        @Option(help: ArgumentHelp("Only these types, comma-separated (phone,national_id,…).", valueName: "types"))
        var types: String?

        @OptionGroup var rules: RuleOptions

        @Option(help: ArgumentHelp("Read files in this encoding instead of detecting it (utf-8, utf-16le, utf-16be, gb18030, big5).", valueName: "name"))
        var encoding: String?

        @Flag(help: "Do not honour .gitignore and .hushignore.")
        var noIgnore = false

        @Option(help: "Files redacted at once (default: one per core).")
        var threads: Int = 0

        @Flag(name: .shortAndLong, help: "Print no summary.")
        var quiet = false

        /// Bytes per scanning window of a large file: for tests that need many windows in a small file, and for tuning.
        @Option(help: .hidden)
        var regionSize: ByteSize?

        func validate() throws {
            let standardInput = paths.contains("-")
            if paths.isEmpty { throw ValidationError("name the files or folders to redact, or - for standard input.") }
            if inPlace && output != nil { throw ValidationError("choose one of --in-place and -o.") }
            if standardInput && paths.count > 1 { throw ValidationError("- (standard input) cannot be combined with other paths.") }
            if standardInput && inPlace {
                throw ValidationError("standard input cannot be redacted in place: drop --in-place (the result goes to standard output) or use -o FILE.")
            }
            if !inPlace && output == nil && !dryRun && !standardInput {
                throw ValidationError("say where the result goes: --in-place, -o FILE, or --dry-run to see what would change.")
            }
            if output != nil && paths.count != 1 { throw ValidationError("-o takes exactly one input file.") }
            if showValues && !dryRun { throw ValidationError("--show-values shows the values in the --dry-run diff; add --dry-run or drop it.") }
            if let backup {
                if !inPlace { throw ValidationError("--backup keeps the originals of files redacted --in-place.") }
                if backup.isEmpty || backup.contains("/") { throw ValidationError("--backup needs a suffix such as .orig, without '/'.") }
            }
            if let encoding, TextEncoding(name: encoding) == nil {
                throw ValidationError("unknown encoding '\(encoding)' (utf-8, utf-16le, utf-16be, gb18030, big5).")
            }
            if threads < 0 { throw ValidationError("--threads must be 0 (one per core) or more.") }
            if let regionSize, regionSize.bytes < 4096 { throw ValidationError("--region-size must be at least 4K.") }
            if let types {
                for name in types.split(separator: ",") where FindingType(rawValue: String(name)) == nil {
                    throw ValidationError(
                        "unknown type '\(name)' in --types (one of \(FindingType.allCases.map(\.rawValue).joined(separator: ", "))).")
                }
            }
        }

        func run() throws {
            let ruleSet: RuleSet
            do { ruleSet = try rules.ruleSet() } catch { throw CLIError("\(error)") }
            let typeFilter = types.map { Set($0.split(separator: ",").compactMap { FindingType(rawValue: String($0)) }) }
            let environment = ProcessInfo.processInfo.environment
            let policy = RedactionPolicy(strategy: strategy, key: try key(environment: environment))
            if policy.lacksKey(for: ruleSet.rules.filter { typeFilter?.contains($0.type) ?? true }) {
                throw CLIError("the hash strategy needs a key: pass --key-file FILE or set HUSH_KEY (there is no default key)")
            }
            var keepList = KeepList(keep)
            for file in keepFile {
                for value in KeepList.values(inFile: try Self.read(file)) { keepList.add(value) }
            }
            let scanner = Scanner(
                rules: ruleSet.rules,
                options: ScanOptions(
                    minConfidence: minConfidence, types: typeFilter, fingerprintKey: environment["HUSH_KEY"], redaction: policy))
            let destination: RedactRequest.Destination =
                if inPlace { .inPlace(backupSuffix: backup) } else if let output { .file(output) } else { .standardOutput }
            var request = RedactRequest(
                paths: paths, destination: destination, dryRun: dryRun, showValues: showValues, walk: WalkOptions(honourIgnoreFiles: !noIgnore),
                keep: keepList, encoding: encoding.flatMap(TextEncoding.init(name:)), threads: threads)
            if let regionSize { request.regionSize = regionSize.bytes }
            let outcome = RedactRunner(scanner: scanner).run(request) { StandardError.diagnostic($0) }
            if let failure = outcome.diffFailure { StandardError.diagnostic("standard output: cannot write the diff: \(failure)") }
            if !quiet { StandardError.write("hush: " + Self.summary(outcome, dryRun: dryRun)) }
            var status = dryRun && outcome.exitStatus == 1 ? 0 : outcome.exitStatus
            if outcome.diffFailure != nil && status == 0 { status = 2 }
            if status != 0 { throw ExitCode(status) }
        }

        /// The pseudonym key: the key file's bytes, else `HUSH_KEY`'s. An empty key is refused like a missing one.
        private func key(environment: [String: String]) throws -> PseudonymKey? {
            if let keyFile {
                guard let key = PseudonymKey(fileContents: try Self.read(keyFile)) else { throw CLIError("\(keyFile): the key file is empty") }
                return key
            }
            return environment["HUSH_KEY"].flatMap { PseudonymKey(bytes: Array($0.utf8)) }
        }

        private static func read(_ path: String) throws -> [UInt8] {
            switch FileReader.readAll(FilePath(path), limit: 16 << 20) {
            case let .success(bytes): return bytes
            case let .failure(error): throw CLIError("\(path): \(error)")
            }
        }

        private static func summary(_ outcome: RedactOutcome, dryRun: Bool) -> String {
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            if outcome.files == 0 && outcome.unredacted.isEmpty { return "nothing was redacted: no file was read" }
            var text =
                dryRun
                ? "dry run: would redact \(plural(outcome.redactedValues, "value")) in \(outcome.changedFiles) of \(plural(outcome.files, "file"))"
                : "redacted \(plural(outcome.redactedValues, "value")) in \(outcome.changedFiles) of \(plural(outcome.files, "file"))"
            if outcome.keptValues > 0 { text += ", kept \(outcome.keptValues)" }
            if !outcome.unredacted.isEmpty { text += "; not redacted: \(outcome.unredacted.joined(separator: ", "))" }
            if dryRun { text += "; nothing was changed" }
            return text
        }
    }
}
