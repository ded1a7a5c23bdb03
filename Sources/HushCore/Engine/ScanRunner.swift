import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a scan: walks the inputs, scans files in parallel on every core, and hands results to a reporter in walk
/// order, so output is the same from run to run while it still streams.
///
/// A file that cannot be read becomes a `SkippedFile` and a one-line diagnostic; it never stops the others.
public final class ScanRunner: Sendable {
    public let scanner: Scanner

    public init(scanner: Scanner) {
        self.scanner = scanner
    }

    enum Item {
        case file(path: String, location: FilePath, named: Bool)
        case standardInput
        /// A document from git's index or history (see `ScanRunner+Sources.swift`).
        case source(SourceDocument)
        case skipped(SkippedFile)
        case failed(path: String, cause: String)
    }

    enum Result: Sendable {
        case scanned(path: String, bytes: Int, result: DocumentResult)
        case skipped(SkippedFile)
        case failed(path: String, cause: String)
        /// A file too large to hold: scanned in windows when its turn to be delivered comes, so that its findings
        /// stream out instead of piling up (see `ScanRunner+Streaming.swift`).
        case streamed(path: String, location: FilePath, named: Bool)

        var path: String {
            switch self {
            case let .scanned(path, _, _), let .failed(path, _), let .streamed(path, _, _): path
            case let .skipped(file): file.path
            }
        }
    }

    /// Scans `request`, reporting to `reporter`; `diagnose` receives each one-line `path: cause` diagnostic and
    /// `progress` (if any) hears of each file as it is delivered.
    public func run(
        _ request: ScanRequest, reporter: any Reporter, progress: (any ProgressObserver)? = nil, diagnose: (String) -> Void
    ) -> ScanOutcome {
        let clock = ContinuousClock.now
        var items: [Item] = []
        let walker = FileWalker(options: request.walk)
        var roots: [String] = []
        var sawStdin = false
        for path in request.paths {
            if path == "-" {
                if !sawStdin { items.append(.standardInput) }
                sawStdin = true
            } else {
                roots.append(path)
            }
        }
        roots += request.fileList ?? []
        if !roots.isEmpty || (request.paths.isEmpty && request.fileList == nil) {
            let shard = request.shard
            walker.walk(roots) { entry in
                switch entry {
                case let .file(path, location, named):
                    if shard?.contains(path) ?? true { items.append(.file(path: path, location: location, named: named)) }
                case let .skipped(file):
                    if shard?.contains(file.path) ?? true { items.append(.skipped(file)) }
                case let .failed(path, cause):
                    if shard?.contains(path) ?? true { items.append(.failed(path: path, cause: cause)) }
                }
            }
        }
        return deliver(items, request: request, reporter: reporter, progress: progress, started: clock, diagnose: diagnose)
    }

    /// Scans `items` in parallel and delivers their results to `reporter` in order: the part of a run shared by every
    /// kind of input.
    func deliver(
        _ items: [Item], request: ScanRequest, reporter: any Reporter, progress: (any ProgressObserver)?,
        started clock: ContinuousClock.Instant, diagnose: (String) -> Void
    ) -> ScanOutcome {
        var summary = ScanSummary()
        var highest: Confidence?
        var failed: [String] = []
        var distinct = DistinctValueCounter()
        let threadCount = request.threads > 0 ? request.threads : max(1, ProcessInfoCores.count)
        var done = 0
        func handle(_ result: Result) {
            defer {
                done += 1
                progress?.advanced(ScanProgress(done: done, bytes: summary.bytes, elapsed: ContinuousClock.now - clock, path: result.path))
            }
            switch result {
            case let .scanned(path, bytes, result):
                if let reason = result.skipped {
                    let file = SkippedFile(path: path, reason: reason)
                    summary.skipped += 1
                    diagnose("\(file.path): \(file.reason)")
                    reporter.skipped(file)
                } else if result.counted {
                    summary.files += 1
                    summary.bytes += bytes
                }
                for message in result.diagnostics { diagnose(message) }
                if result.contactRecords >= AddressBook.minimumRecords {
                    summary.addressBooks.append(AddressBook(path: path, records: result.contactRecords))
                }
                // Fields are read in place and the array is passed on as it is when every finding is reported: a
                // finding holds a dozen references, and copying one retains and releases each.
                let findings = result.findings
                var allReported = true
                for index in findings.indices {
                    let confidence = findings[index].confidence
                    highest = max(highest ?? confidence, confidence)
                    guard confidence >= request.reportConfidence else {
                        allReported = false
                        continue
                    }
                    summary.findings += 1
                    summary.byType[findings[index].type, default: 0] += 1
                    distinct.insert(DistinctValue(type: findings[index].type, value: findings[index].normalizedValue))
                }
                reporter.record(path: path, findings: allReported ? findings : findings.filter { $0.confidence >= request.reportConfidence })
            case let .skipped(file):
                summary.skipped += 1
                diagnose("\(file.path): \(file.reason)")
                reporter.skipped(file)
            case let .failed(path, cause):
                failed.append(path)
                diagnose("\(path): \(cause)")
            case let .streamed(path, location, named):
                done -= 1  // counted by the results it streams
                stream(path: path, location: location, named: named, request: request, handle)
            }
        }
        forEachResult(items, request: request, threads: threadCount, handle)
        summary.distinctValues = distinct.count
        let elapsed = ContinuousClock.now - clock
        summary.elapsedMilliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        progress?.finish()
        reporter.finish(summary)
        return ScanOutcome(summary: summary, highestConfidence: highest, failedPaths: failed)
    }

    /// Produces each item's result on `threads` threads and delivers them to `deliver` in item order, on the calling
    /// side of a lock, so `deliver` needs no synchronisation of its own.
    private func forEachResult(_ items: [Item], request: ScanRequest, threads: Int, _ deliver: (Result) -> Void) {
        // One walk item can expand to many results (the members of an archive); they stay together and in order.
        let shared = Mutex(Progress(slots: Array(repeating: nil, count: items.count)))
        withoutActuallyEscaping(deliver) { deliver in
            let box = UncheckedBox(value: deliver)
            let work = UncheckedBox(value: items)
            DispatchQueue.concurrentPerform(iterations: min(threads, max(items.count, 1))) { _ in
                let state = ScanState()
                while true {
                    let index: Int? = shared.withLock { progress in
                        guard progress.next < work.value.count else { return nil }
                        defer { progress.next += 1 }
                        return progress.next
                    }
                    guard let index else { return }
                    let result = process(work.value[index], request: request, state: state)
                    shared.withLock { $0.slots[index] = result }
                    // Whoever finds results ready in order delivers them, outside the lock, so reporting one file never
                    // stops other threads from scanning; only one thread delivers at a time, which keeps the order.
                    while true {
                        let batch: [[Result]]? = shared.withLock { progress in
                            guard !progress.delivering else { return nil }
                            var batch: [[Result]] = []
                            while progress.delivered < progress.slots.count, let ready = progress.slots[progress.delivered] {
                                progress.slots[progress.delivered] = nil
                                progress.delivered += 1
                                batch.append(ready)
                            }
                            guard !batch.isEmpty else { return nil }
                            progress.delivering = true
                            return batch
                        }
                        guard let batch else { break }
                        for ready in batch {
                            for result in ready { box.value(result) }
                        }
                        shared.withLock { $0.delivering = false }
                    }
                }
            }
        }
    }

    private struct Progress: ~Copyable {
        var slots: [[Result]?]
        var next = 0
        var delivered = 0
        var delivering = false
    }

    private func process(_ item: Item, request: ScanRequest, state: ScanState) -> [Result] {
        switch item {
        case let .skipped(file):
            return [.skipped(file)]
        case let .failed(path, cause):
            return [.failed(path: path, cause: cause)]
        case let .source(source):
            return scan(source, request: request, state: state)
        case .standardInput:
            switch FileReader.read(STDIN_FILENO, limit: request.maxFileSize) {
            case let .success(bytes):
                return scan(Document(path: "<stdin>", bytes: bytes, scansName: false, encoding: request.encoding), request: request, state: state)
            case let .failure(error):
                return [.failed(path: "<stdin>", cause: error.description)]
            }
        case let .file(path, location, named):
            enum Plan {
                case container(ContainerFormat)
                case stream
                case contents([UInt8])
                case unreadable(FileReader.Failure)
            }
            let opened = FileReader.withOpenFile(location, limit: request.maxFileSize) { descriptor, size -> Plan in
                if request.openContainers, let format = ContainerFormat(sniffing: FileReader.head(descriptor)) { return .container(format) }
                if size > request.streamAbove { return .stream }
                switch FileReader.readAll(descriptor, size: size, limit: request.maxFileSize) {
                case let .success(bytes): return .contents(bytes)
                case let .failure(error): return .unreadable(error)
                }
            }
            switch opened {
            case let .success(.container(format)):
                // Members are read from the file one by one, not from a copy of the whole archive in memory.
                return expand(path: path, source: .file(location), format: format, request: request, state: state)
            case .success(.stream):
                return [.streamed(path: path, location: location, named: named)]
            case let .success(.contents(bytes)):
                return scan(Document(path: path, bytes: bytes, encoding: request.encoding), request: request, state: state)
            case let .failure(error), let .success(.unreadable(error)):
                if named, case .system = error { return [.failed(path: path, cause: error.description)] }
                return [.skipped(SkippedFile(path: path, reason: error.description))]
            }
        }
    }

    func scan(_ document: Document, request: ScanRequest, state: ScanState, origin: FindingFilter.Origin = .walk) -> [Result] {
        if request.openContainers, let format = ContainerFormat(sniffing: document.bytes) {
            return expand(
                path: document.path, source: .bytes(document.bytes), format: format, request: request, state: state, origin: origin,
                scansName: document.scansName)
        }
        return [.scanned(path: document.path, bytes: document.bytes.count, result: scanFiltered(document, request: request, state: state, origin: origin))]
    }

    /// Scans one document and keeps what `request.filter` keeps (suppressions; for a git change, its added lines).
    func scanFiltered(_ document: Document, request: ScanRequest, state: ScanState, origin: FindingFilter.Origin) -> DocumentResult {
        var result = scanner.scan(document, state: state)
        result.findings = request.filter.keep(result.findings, in: document, origin: origin, state: state)
        return result
    }

    /// Scans every member of a container; the container's own name is scanned too.
    private func expand(
        path: String, source: ContainerReader.Source, format: ContainerFormat, request: ScanRequest, state: ScanState,
        origin: FindingFilter.Origin = .walk, scansName: Bool = true
    ) -> [Result] {
        // A member is whole: git's added lines are lines of the container, not of its members.
        let memberOrigin: FindingFilter.Origin = if case .repository = origin { .repository(added: nil) } else { .walk }
        var results: [Result] = []
        var reader = ContainerReader(container: path, limits: request.archiveLimits)
        reader.expand(path: path, source: source, format: format, encoding: request.encoding) { event in
            switch event {
            case let .member(document):
                results.append(.scanned(path: document.path, bytes: document.bytes.count, result: scanFiltered(document, request: request, state: state, origin: memberOrigin)))
            case let .skipped(file):
                results.append(.skipped(file))
            }
        }
        let name = Document(path: path, bytes: [], scansName: scansName)
        let nameFindings = scansName ? request.filter.keep(scanner.scanName(of: name, state: state), in: name, origin: origin, state: state) : []
        if !nameFindings.isEmpty {
            results.insert(.scanned(path: path, bytes: 0, result: DocumentResult(findings: nameFindings, diagnostics: [], encoding: nil, skipped: nil, counted: false)), at: 0)
        }
        return results
    }
}

/// Lets a value known to be used safely cross into `concurrentPerform`'s closure.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
}

enum ProcessInfoCores {
    static var count: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
