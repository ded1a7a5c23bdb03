import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One document's way through redaction: read → scan → redact → verify → write, region by region (DESIGN §6).
///
/// The original streams through a `ChunkedScan`; each region's findings, minus kept values, go to the `Redactor`;
/// the redacted bytes stream through a second `ChunkedScan` over the *result*, and only bytes that scan passes reach
/// the destination. So the new contents are proven clean before anything is renamed into place: if a finding of a
/// redacted type survives (a replacement that forms a new value with its neighbours, a value that overlap resolution
/// hid behind another), nothing is replaced and the file is named in a diagnostic. Memory stays a few regions
/// whatever the file's size.
///
/// Writing starts only at the first edit when the input can be read again (a file redacted in place or dry-run):
/// a clean file is read once and never written, and the clean regions before the first edit are re-read with
/// `pread` for the temporary file and the verifying scan.
final class FileRedaction {
    enum Target {
        /// Replace `location`, keeping the original as `location + suffix`.
        case inPlace(location: FilePath, backupSuffix: String?)
        /// Write a new file (`-o`) with `mode`.
        case file(FilePath, mode: mode_t)
        /// Stream to a descriptor (standard output).
        case descriptor(Int32)
        /// Write nothing (dry run).
        case nothing
    }

    struct Result {
        var edits = 0
        var kept = 0
        /// Why the document was not text (binary, undecodable); nothing was written.
        var skipped: String?
        var diagnostics: [String] = []
    }

    static let readSize = 1 << 20
    private static let jsonExtensions = [".json", ".jsonl", ".ndjson", ".geojson", ".har"]
    private static let markupExtensions = [".xml", ".html", ".htm", ".xhtml", ".svg", ".plist", ".rss", ".atom"]

    private let scanner: Scanner
    private let regionSize: Int
    private let keep: KeepList
    private let path: String
    private let target: Target
    private let source: Int32
    private let snapshot: FileSnapshot?
    private let rereadable: Bool
    private let diff: ((String) -> Void)?
    private let diffShowsValues: Bool

    private let input: ChunkedScan
    private let verifyState = ScanState()
    private var verifier: ChunkedScan?
    private var redactor: Redactor?
    private var jsonAware = false
    private var replacer: AtomicFileReplacer?
    private var backup: AtomicFileReplacer?
    private var diffWriter: UnifiedDiffWriter?
    private var started = false
    private var cleanPrefix = 0
    private var result = Result()
    private var deferredFailure: RedactionError?

    /// `source` is read from its current position; `snapshot` describes it when it is a regular file. `diff` receives
    /// a unified diff of the changes, with values masked on its `-` lines unless `diffShowsValues`.
    init(
        scanner: Scanner, state: ScanState, keep: KeepList, path: String, encoding: TextEncoding?, regionSize: Int,
        source: Int32, snapshot: FileSnapshot?, target: Target, diff: ((String) -> Void)?, diffShowsValues: Bool = false
    ) {
        self.keep = keep
        self.path = path
        self.target = target
        self.source = source
        self.snapshot = snapshot
        self.diff = diff
        self.diffShowsValues = diffShowsValues
        input = ChunkedScan(scanner: scanner, state: state, path: path, encoding: encoding, regionSize: regionSize)
        self.scanner = scanner
        self.regionSize = regionSize
        switch target {
        case .inPlace, .nothing: rereadable = snapshot != nil
        case .file, .descriptor: rereadable = false
        }
    }

    /// Diagnostics from scanning the original, also when the redaction failed.
    var diagnostics: [String] { input.diagnostics }

    func run() throws(RedactionError) -> Result {
        do {
            try process()
            return result
        } catch {
            replacer?.discard()
            backup?.discard()
            if let error = error as? RedactionError { throw error }
            throw .system(operation: "cannot redact", SystemError(EIO))
        }
    }

    private func process() throws {
        var total = 0
        while true {
            let chunk: [UInt8]
            do { chunk = try DescriptorIO.read(source, count: Self.readSize) } catch {
                throw RedactionError.system(operation: "cannot read", error)
            }
            if chunk.isEmpty { break }
            total += chunk.count
            try chunk.withUnsafeBufferPointer { try input.push($0, redact) }
        }
        try input.finish(redact)
        result.diagnostics = input.diagnostics
        if let reason = input.skipped {
            result.skipped = reason
            return
        }
        if let snapshot, total != snapshot.size { throw RedactionError.changedDuringRun }
        if started, let verifier {
            try verifier.finish(verified)
            if let reason = verifier.skipped { throw RedactionError.unverifiable(reason: reason) }
        }
        diffWriter?.finish()
        if let deferredFailure { throw deferredFailure }
        try commit()
    }

    private func redact(_ region: ChunkedScan.Region) throws {
        if redactor == nil {
            let encoding = input.encoding ?? .utf8
            jsonAware = encoding == .utf8 && Self.looksLikeJSON(path: path, start: region.bytes)
            redactor = Redactor(
                encoding: encoding, jsonAware: jsonAware, markupAware: Self.looksLikeMarkup(path: path, start: region.bytes, encoding: encoding))
            if let diff {
                diffWriter = UnifiedDiffWriter(encoding: encoding, oldPath: path, newPath: path, showValues: diffShowsValues, emit: diff)
            }
        }
        let findings = region.findings.filter { !keep.keeps($0) }
        result.kept += region.findings.count - findings.count
        let output = try redactor!.redact(region: region.bytes, at: region.start, findings: findings, next: region.next)
        result.edits += output.edits.count
        diffWriter?.feed(region.bytes, at: region.start, edits: output.edits)
        if jsonAware, region.isFirst, region.isLast, !output.edits.isEmpty,
            Self.parsesAsJSON(Array(region.bytes)), !Self.parsesAsJSON(output.bytes)
        {
            throw RedactionError.brokeJSON
        }
        if !started {
            if rereadable && output.edits.isEmpty {
                cleanPrefix += region.bytes.count
                return
            }
            try start()
        }
        try backup?.write(region.bytes)
        try output.bytes.withUnsafeBufferPointer { try verifier!.push($0, verified) }
    }

    /// Opens the destination and the verifying scan, and replays the clean regions read so far.
    private func start() throws {
        started = true
        verifier = ChunkedScan(
            scanner: scanner, state: verifyState, path: path, encoding: input.encoding ?? .utf8, regionSize: regionSize)
        switch target {
        case let .inPlace(location, suffix):
            let writable = location.withCString { faccessat(AT_FDCWD, $0, W_OK, AT_EACCESS) } == 0
            guard writable else {
                if errno == EACCES || errno == EROFS || errno == EPERM { throw RedactionError.readOnly }
                throw RedactionError.system(operation: "cannot check write permission", SystemError())
            }
            if let snapshot, snapshot.links > 1 { throw RedactionError.hardLinks(count: snapshot.links) }
            replacer = try AtomicFileReplacer(target: location)
            if let suffix { backup = try AtomicFileReplacer(target: FilePath(bytes: location.bytes + Array(suffix.utf8))) }
        case let .file(output, _):
            do {
                replacer = try AtomicFileReplacer(target: output)
            } catch {
                // The diagnostic names the file read; the temporary file goes beside the output, which may be elsewhere.
                guard case let .system(_, cause) = error else { throw error }
                throw RedactionError.system(operation: "cannot create a temporary file beside \(output.display)", cause)
            }
        case .descriptor, .nothing:
            break
        }
        var offset = 0
        while offset < cleanPrefix {
            let piece: [UInt8]
            do { piece = try DescriptorIO.read(source, count: min(Self.readSize, cleanPrefix - offset), at: offset) } catch {
                throw RedactionError.system(operation: "cannot read", error)
            }
            guard !piece.isEmpty else { throw RedactionError.changedDuringRun }
            try piece.withUnsafeBufferPointer { bytes in
                try backup?.write(bytes)
                try verifier!.push(bytes, verified)
            }
            offset += piece.count
        }
    }

    /// Receives the result region by region once the verifying scan has passed it.
    private func verified(_ region: ChunkedScan.Region) throws {
        let remaining = region.findings.filter { !keep.keeps($0) }
        if let first = remaining.first {
            let failure = RedactionError.findingsRemain(
                count: remaining.count, types: Array(Set(remaining.map(\.type))).sorted(), firstOffset: first.start)
            // A dry run shows the whole diff, then says the real run would fail.
            guard case .nothing = target else { throw failure }
            deferredFailure = deferredFailure ?? failure
        }
        switch target {
        case .inPlace, .file:
            try replacer?.write(region.bytes)
        case let .descriptor(descriptor):
            do { try DescriptorIO.writeAll(descriptor, region.bytes) } catch {
                throw RedactionError.system(operation: "cannot write", error)
            }
        case .nothing:
            break
        }
    }

    private func commit() throws {
        guard started else { return }
        switch target {
        case let .inPlace(location, _):
            guard let replacer, let snapshot, result.edits > 0 else {
                replacer?.discard()
                backup?.discard()
                return
            }
            try replacer.prepare(mode: snapshot.permissions, owner: (uid_t(snapshot.owner), gid_t(snapshot.group)))
            try backup?.prepare(mode: 0o600)
            guard let now = FileSnapshot.of(location), now.isUnchanged(comparedWith: snapshot) else {
                throw RedactionError.changedDuringRun
            }
            try backup?.install()
            try replacer.install()
        case let .file(_, mode):
            try replacer?.prepare(mode: mode)
            try replacer?.install()
        case .descriptor, .nothing:
            break
        }
    }

    private static func looksLikeJSON(path: String, start: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = path.lowercased()
        if jsonExtensions.contains(where: { lower.hasSuffix($0) }) { return true }
        var index = start.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < start.count, [0x20, 0x09, 0x0A, 0x0D].contains(start[index]) { index += 1 }
        return index < start.count && start[index] == UInt8(ascii: "{")
    }

    /// HTML and XML by name, or text that starts with `<`.
    private static func looksLikeMarkup(path: String, start: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> Bool {
        let lower = path.lowercased()
        if markupExtensions.contains(where: { lower.hasSuffix($0) }) { return true }
        let text = encoding == .utf8 ? Array(start.prefix(256)) : (try? Transcoder.decode(Array(start.prefix(256)), from: encoding))?.utf8 ?? []
        let firstVisible = text.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return firstVisible == UInt8(ascii: "<")
    }

    private static func parsesAsJSON(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
    }
}
