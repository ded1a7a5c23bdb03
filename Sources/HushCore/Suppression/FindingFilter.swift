/// Decides which of a document's findings a run keeps: the suppressions of DESIGN §7, most specific first —
/// `hush:allow` on the line, allowlists in `.hush.toml`, the baseline — and, for a git change, only what it adds.
///
/// It runs on the scanning thread, per document, while the document's bytes are still at hand (an inline marker is
/// found in them), before the runner counts anything: a suppressed finding neither shows nor changes the exit status.
/// It is also where findings get their repository-relative path for fingerprints, whatever folder hush runs in.
public struct FindingFilter: Sendable {
    /// Where a document came from, which says what its path is relative to and which lines count.
    public enum Origin: Sendable {
        /// Walked or named on the command line: the path is as reached from the arguments.
        case walk
        /// A git blob: the path is repository-relative already; `added` limits what counts (nil: all of it).
        case repository(added: AddedLines?)
    }

    /// Honour `hush:allow` and `hush:allow-next-line`.
    public var inlineAllow: Bool
    public var allowlist: Allowlist?
    public var baseline: Baseline?
    /// Maps walked paths to repository-relative ones; nil outside a repository (paths are then used as shown).
    public var paths: RepositoryPaths?
    /// Re-fingerprints findings whose repository-relative path differs from the path they were scanned under.
    public var fingerprinter: Fingerprinter?
    /// Repository-relative paths whose findings are never kept: the baseline file, which lists the paths of findings
    /// (a file named after an ID number is listed by name) that are reported where they are. Without this, writing a
    /// baseline would create a finding, and the next baseline would accept that one too.
    public var ignoredPaths: Set<String>

    public init(
        inlineAllow: Bool = true, allowlist: Allowlist? = nil, baseline: Baseline? = nil, paths: RepositoryPaths? = nil,
        fingerprinter: Fingerprinter? = nil, ignoredPaths: Set<String> = []
    ) {
        self.inlineAllow = inlineAllow
        self.allowlist = allowlist
        self.baseline = baseline
        self.paths = paths
        self.fingerprinter = fingerprinter
        self.ignoredPaths = ignoredPaths
    }

    /// The repository-relative path of a document reached as `path`.
    public func repositoryPath(_ path: String, origin: Origin) -> String {
        if case .repository = origin { return path }
        return paths?.relative(path) ?? (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// The findings of `document` that are kept, in their order.
    func keep(_ findings: [Finding], in document: Document, origin: Origin, state: ScanState) -> [Finding] {
        guard !findings.isEmpty else { return findings }
        let path = repositoryPath(document.path, origin: origin)
        if ignoredPaths.contains(path) { return [] }
        var kept = findings
        let scannedAs = document.path.hasPrefix("./") ? String(document.path.dropFirst(2)) : document.path
        if path != scannedAs, let fingerprinter {
            for index in kept.indices {
                kept[index].fingerprint = fingerprinter.fingerprint(
                    path: path, rule: kept[index].rule, normalizedValue: kept[index].normalizedValue, masked: kept[index].masked)
            }
        }
        if inlineAllow, let encoding = kept.first(where: { $0.part == .content })?.encoding,
            let markers = InlineAllow(bytes: document.bytes, encoding: encoding)
        {
            kept.removeAll { $0.part == .content && markers.allows(start: $0.start, end: $0.end) }
        }
        if let allowlist, !allowlist.isEmpty {
            kept.removeAll { allowlist.allows($0, path: path, state: state.match) }
        }
        var added: [Range<Int>]?
        if case let .repository(lines?) = origin { added = lines.byteRanges(in: document.bytes) }
        func isAdded(_ finding: Finding) -> Bool {
            guard let added, finding.part == .content else { return true }
            return added.contains { $0.lowerBound < max(finding.end, finding.start + 1) && finding.start < $0.upperBound }
        }
        if let baseline, !baseline.counts.isEmpty {
            // The baseline absorbs findings on unchanged lines first, so that a copy added beside an accepted value
            // is the one reported.
            var remaining: [Baseline.Key: Int] = [:]
            var absorbed = Set<Int>()
            let order = kept.indices.sorted { (isAdded(kept[$0]) ? 1 : 0, $0) < (isAdded(kept[$1]) ? 1 : 0, $1) }
            for index in order {
                let key = Baseline.Key(path: path, rule: kept[index].rule, fingerprint: kept[index].fingerprint)
                let left = remaining[key] ?? baseline.counts[key] ?? 0
                guard left > 0 else { continue }
                remaining[key] = left - 1
                absorbed.insert(index)
            }
            kept = kept.indices.filter { !absorbed.contains($0) }.map { kept[$0] }
        }
        if added != nil { kept.removeAll { !isAdded($0) } }
        return kept
    }
}
