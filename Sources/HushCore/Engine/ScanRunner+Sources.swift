/// Scanning documents that do not come from walking the file system: git's index and history.
extension ScanRunner {
    /// Scans `entries` with the same threads, order, filtering and reporting as a walk: the git counterpart of
    /// `run(_:reporter:progress:diagnose:)`. `request.paths` and `request.walk` are not used.
    public func run(
        sources entries: [SourceEntry], request: ScanRequest, reporter: any Reporter, progress: (any ProgressObserver)? = nil,
        diagnose: (String) -> Void
    ) -> ScanOutcome {
        let clock = ContinuousClock.now
        let items: [Item] = entries.map { entry in
            switch entry {
            case let .document(source): .source(source)
            case let .skipped(file): .skipped(file)
            case let .failed(path, cause): .failed(path: path, cause: cause)
            }
        }
        return deliver(items, request: request, reporter: reporter, progress: progress, started: clock, diagnose: diagnose)
    }

    /// Loads and scans one source document under its repository-relative path (what fingerprints and allowlists
    /// see), then shows its results under its display path (`COMMIT:path` for history).
    func scan(_ source: SourceDocument, request: ScanRequest, state: ScanState) -> [Result] {
        let origin = FindingFilter.Origin.repository(added: source.added)
        if source.nameOnly {
            let name = Document(path: source.path, bytes: [], scansName: true)
            let findings = request.filter.keep(scanner.scanName(of: name, state: state), in: name, origin: origin, state: state)
            guard !findings.isEmpty else { return [] }
            let result = DocumentResult(findings: findings, diagnostics: [], encoding: nil, skipped: nil, counted: false)
            return [Result.scanned(path: source.path, bytes: 0, result: result).labelled(source.label)]
        }
        switch source.load(request.maxFileSize) {
        case let .success(bytes):
            let document = Document(path: source.path, bytes: bytes, scansName: source.scansName, encoding: request.encoding)
            return scan(document, request: request, state: state, origin: origin).map { $0.labelled(source.label) }
        case let .failure(.tooLarge(size, limit)):
            let reason = FileReader.Failure.tooLarge(size: size, limit: limit).description
            return [.skipped(SkippedFile(path: source.displayPath, reason: reason))]
        case let .failure(.unreadable(cause)):
            return [.failed(path: source.displayPath, cause: cause)]
        }
    }
}

extension ScanRunner.Result {
    /// The result with `label:` before every path in it (findings, skipped files, diagnostics).
    func labelled(_ label: String?) -> Self {
        guard let label else { return self }
        let prefix = label + ":"
        switch self {
        case let .scanned(path, bytes, result):
            var result = result
            for index in result.findings.indices { result.findings[index].path = prefix + result.findings[index].path }
            result.diagnostics = result.diagnostics.map { $0.hasPrefix(path) ? prefix + $0 : $0 }
            return .scanned(path: prefix + path, bytes: bytes, result: result)
        case let .skipped(file):
            return .skipped(SkippedFile(path: prefix + file.path, reason: file.reason))
        case let .failed(path, cause):
            return .failed(path: prefix + path, cause: cause)
        case .streamed:
            return self  // only walked files stream; git's blobs are read whole
        }
    }
}
