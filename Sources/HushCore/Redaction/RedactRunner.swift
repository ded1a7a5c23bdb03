import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a redaction: walks the inputs as `hush scan` does, redacts each file (`FileRedaction`), and reports in walk
/// order.
///
/// Files are redacted in parallel, one per core, except when the output is one stream (a dry run's diff, standard
/// output, `-o`). A file that cannot be redacted is a one-line `path: cause` diagnostic and never stops the others.
/// Symbolic links are never rewritten: one met while walking is skipped, one named on the command line is refused in
/// place (renaming over it would replace the link by a file). Temporary files (`.hush-tmp-…`) are never redacted;
/// before rewriting files in a folder, those left by a killed run are removed.
public final class RedactRunner: Sendable {
    public let scanner: Scanner

    public init(scanner: Scanner) {
        self.scanner = scanner
    }

    private enum Item {
        case file(path: String, location: FilePath, named: Bool)
        case standardInput
        case skipped(SkippedFile)
        case failed(path: String, cause: String)
    }

    private enum ItemResult: Sendable {
        case redacted(path: String, bytes: Int, result: FileResult)
        case unredacted(path: String, error: RedactionError, diagnostics: [String])
        case skipped(SkippedFile)
        case failed(path: String, cause: String)
    }

    /// `FileRedaction.Result` made sendable for delivery.
    private struct FileResult: Sendable {
        var edits: Int
        var kept: Int
        var skipped: String?
        var diagnostics: [String]
    }

    /// Redacts as `request` says. Dry-run diffs and standard-output data go to `output`; `diagnose` receives each
    /// one-line `path: cause` diagnostic.
    public func run(_ request: RedactRequest, output: Int32 = STDOUT_FILENO, diagnose: (String) -> Void) -> RedactOutcome {
        var outcome = RedactOutcome()
        let items = collect(request)
        let fileCount = items.count { if case .file = $0 { true } else if case .standardInput = $0 { true } else { false } }
        // A dry run without -o writes nothing but the diff, which covers any number of files.
        let oneFile = !isInPlace(request) && !(request.dryRun && request.destination == .standardOutput)
        if oneFile, fileCount > 1 {
            diagnose("-o and - take exactly one file, and \(fileCount) were given")
            outcome.failedPaths = request.paths
            return outcome
        }
        if isInPlace(request) && !request.dryRun {
            var folders: [FilePath] = []
            for case let .file(_, location, _) in items {
                let folder = AtomicFileReplacer.folder(of: location)
                if !folders.contains(folder) { folders.append(folder) }
            }
            for folder in folders {
                let removed = AtomicFileReplacer.removeStaleTemporaries(in: folder)
                if removed > 0 {
                    diagnose("\(folder.display): removed \(removed) temporary file\(removed == 1 ? "" : "s") left by an interrupted run")
                }
            }
        } else if case let .file(out) = request.destination, !request.dryRun {
            AtomicFileReplacer.removeStaleTemporaries(in: AtomicFileReplacer.folder(of: FilePath(out)))
        }
        let streams = request.dryRun || !isInPlace(request)
        let threads = streams ? 1 : request.threads > 0 ? request.threads : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        // Through a sink, which keeps the first failed write (a full disk, /dev/full): a diff cut short must be an
        // error, not an exit 0 that passes for a whole diff.
        let diffSink = request.dryRun ? OutputSink(descriptor: output) : nil
        let diff: ((String) -> Void)? = diffSink.map { sink in { sink.write($0) } }
        forEachResult(items, threads: threads, { item, state in process(item, request: request, state: state, output: output, diff: diff) }) {
            result in
            // Each file's diff goes out before its diagnostics, as it did when every hunk was written at once.
            diffSink?.flush()
            switch result {
            case let .redacted(path, _, result):
                for message in result.diagnostics { diagnose(message) }
                if let reason = result.skipped {
                    outcome.skipped += 1
                    diagnose("\(path): \(reason)")
                    return
                }
                outcome.files += 1
                outcome.keptValues += result.kept
                if result.edits > 0 {
                    outcome.changedFiles += 1
                    outcome.redactedValues += result.edits
                }
            case let .unredacted(path, error, diagnostics):
                for message in diagnostics { diagnose(message) }
                outcome.files += 1
                outcome.unredacted.append(path)
                diagnose("\(path): \(error)")
            case let .skipped(file):
                outcome.skipped += 1
                diagnose("\(file.path): \(file.reason)")
            case let .failed(path, cause):
                outcome.failedPaths.append(path)
                diagnose("\(path): \(cause)")
            }
        }
        diffSink?.flush()
        outcome.diffFailure = diffSink?.failure
        return outcome
    }

    private func isInPlace(_ request: RedactRequest) -> Bool {
        if case .inPlace = request.destination { true } else { false }
    }

    private func collect(_ request: RedactRequest) -> [Item] {
        var items: [Item] = []
        var roots: [String] = []
        for path in request.paths {
            if path == "-" {
                items.append(.standardInput)
            } else {
                roots.append(path)
            }
        }
        guard !roots.isEmpty else { return items }
        let walker = FileWalker(options: WalkOptions(followLinks: false, honourIgnoreFiles: request.walk.honourIgnoreFiles))
        walker.walk(roots) { entry in
            switch entry {
            case let .file(path, location, named):
                if location.bytes.split(separator: UInt8(ascii: "/")).last?.starts(with: Array(AtomicFileReplacer.temporaryPrefix.utf8)) == true {
                    return
                }
                items.append(.file(path: path, location: location, named: named))
            case let .skipped(file):
                let reason = file.reason.replacingOccurrences(of: " (use --follow)", with: "")
                items.append(.skipped(SkippedFile(path: file.path, reason: reason)))
            case let .failed(path, cause):
                items.append(.failed(path: path, cause: cause))
            }
        }
        return items
    }

    private func process(
        _ item: Item, request: RedactRequest, state: ScanState, output: Int32, diff: ((String) -> Void)?
    ) -> ItemResult {
        switch item {
        case let .skipped(file):
            return .skipped(file)
        case let .failed(path, cause):
            return .failed(path: path, cause: cause)
        case .standardInput:
            let target: FileRedaction.Target
            switch request.destination {
            case _ where request.dryRun: target = .nothing
            case .standardOutput, .inPlace: target = .descriptor(output)
            case let .file(out): target = .file(FilePath(out), mode: 0o600)
            }
            return redact(
                path: "<stdin>", source: STDIN_FILENO, snapshot: nil, target: target, request: request, state: state, diff: diff)
        case let .file(path, location, named):
            let inPlace = isInPlace(request)
            if inPlace, FileSnapshot.of(location)?.isSymbolicLink == true {
                let error = RedactionError.symbolicLink
                return named ? .failed(path: path, cause: error.description) : .skipped(SkippedFile(path: path, reason: error.description))
            }
            let descriptor = location.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (inPlace ? O_NOFOLLOW : 0)) }
            guard descriptor >= 0 else {
                let cause = SystemError().description
                return named ? .failed(path: path, cause: cause) : .skipped(SkippedFile(path: path, reason: cause))
            }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return .failed(path: path, cause: SystemError().description) }
            let snapshot = FileSnapshot(info)
            guard snapshot.isRegular else {
                return .skipped(SkippedFile(path: path, reason: "not a regular file (\(FileWalker.kind(info.st_mode)))"))
            }
            let target: FileRedaction.Target
            switch request.destination {
            case _ where request.dryRun: target = .nothing
            case let .inPlace(suffix): target = .inPlace(location: location, backupSuffix: suffix)
            case let .file(out): target = .file(FilePath(out), mode: snapshot.permissions)
            case .standardOutput: target = .descriptor(output)
            }
            return redact(path: path, source: descriptor, snapshot: snapshot, target: target, request: request, state: state, diff: diff)
        }
    }

    private func redact(
        path: String, source: Int32, snapshot: FileSnapshot?, target: FileRedaction.Target, request: RedactRequest,
        state: ScanState, diff: ((String) -> Void)?
    ) -> ItemResult {
        let redaction = FileRedaction(
            scanner: scanner, state: state, keep: request.keep, path: path, encoding: request.encoding,
            regionSize: request.regionSize, source: source, snapshot: snapshot, target: target, diff: diff,
            diffShowsValues: request.showValues)
        do {
            let result = try redaction.run()
            return .redacted(
                path: path, bytes: snapshot?.size ?? 0,
                result: FileResult(edits: result.edits, kept: result.kept, skipped: result.skipped, diagnostics: result.diagnostics))
        } catch {
            return .unredacted(path: path, error: error, diagnostics: redaction.diagnostics)
        }
    }

    /// Produces each item's result on `threads` threads and hands them to `deliver` in item order, under a lock.
    private func forEachResult(
        _ items: [Item], threads: Int, _ work: (Item, ScanState) -> ItemResult, _ deliver: (ItemResult) -> Void
    ) {
        if threads <= 1 || items.count <= 1 {
            let state = ScanState()
            for item in items { deliver(work(item, state)) }
            return
        }
        let shared = Mutex(Progress(slots: Array(repeating: nil, count: items.count)))
        withoutActuallyEscaping(work) { work in
            withoutActuallyEscaping(deliver) { deliver in
                let box = RedactUncheckedBox(value: (work, deliver, items))
                DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
                    let state = ScanState()
                    while true {
                        let index: Int? = shared.withLock { progress in
                            guard progress.next < box.value.2.count else { return nil }
                            defer { progress.next += 1 }
                            return progress.next
                        }
                        guard let index else { return }
                        let result = box.value.0(box.value.2[index], state)
                        shared.withLock { progress in
                            progress.slots[index] = result
                            while progress.delivered < progress.slots.count, let ready = progress.slots[progress.delivered] {
                                progress.slots[progress.delivered] = nil
                                progress.delivered += 1
                                box.value.1(ready)
                            }
                        }
                    }
                }
            }
        }
    }

    private struct Progress: ~Copyable {
        var slots: [ItemResult?]
        var next = 0
        var delivered = 0
    }
}

/// Lets closures and items known to be used safely cross into `concurrentPerform`.
private struct RedactUncheckedBox<Value>: @unchecked Sendable {
    let value: Value
}
