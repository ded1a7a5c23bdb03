/// Scans a byte stream of any length in overlapping windows, so redacting a file far larger than memory holds only a
/// few windows at a time (DESIGN §8).
///
/// Bytes are pushed in as they are read; the stream is cut into *regions* that follow each other without gap or
/// overlap, and each region is handed on with the findings that start in it. A region is scanned inside a window that
/// reaches `margin` bytes further on each side (cut at line starts or character boundaries, see
/// `TextEncoding.cut`), so a value, its context words and the overlap resolution near a cut are seen as in a scan of
/// the whole file. A region ends at a cut, or at the end of a value that runs over the cut, so a value is never split
/// between regions. A stream no longer than one region is scanned as one window, exactly as `hush scan` scans it.
///
/// This serves streams read once in order (`hush redact` rewriting as it reads), which need byte ranges only, so a
/// finding's line and column are those of its window. `hush scan` reads a large file's windows out of order and in
/// parallel instead (`FileWindows`, `ScanRunner.stream`), with the same margins and the same rule for a value over a
/// cut, and a `StreamPosition` for whole-file lines.
///
/// What windows cannot see is structure far away: a CSV header or JSON key more than a region before a value
/// (field evidence, DESIGN §2) only counts within the first region.
final class ChunkedScan {
    /// A region and its findings; `bytes` is valid only during the call.
    struct Region {
        /// The region's offset in the stream.
        var start: Int
        var bytes: UnsafeBufferPointer<UInt8>
        /// Findings of the content that start in the region, in order, offsets into the stream.
        var findings: [Finding]
        /// The byte after the region, when the stream goes on.
        var next: UInt8?
        var isFirst: Bool
        var isLast: Bool
    }

    let scanner: Scanner
    let state: ScanState
    let path: String
    let regionSize: Int
    let margin: Int
    /// Nil until detected from the first window, unless forced.
    private(set) var encoding: TextEncoding?
    /// Set when the first window is not text (binary, undecodable): nothing is handed on.
    private(set) var skipped: String?
    /// Diagnostics from scanning: all of the first window's, and limit problems of later ones.
    private(set) var diagnostics: [String] = []

    private var buffer: [UInt8] = []
    /// Stream offset of `buffer[0]`, always a character boundary.
    private var bufferStart = 0
    /// Stream offset where the next region starts.
    private var regionStart = 0
    private var windows = 0
    /// The encoding detected before the first window, used for cutting until the window confirms it.
    private var firstGuess = TextEncoding.utf8
    /// How far beyond a region a cut is looked for before more input is awaited.
    private var slack: Int

    init(scanner: Scanner, state: ScanState, path: String, encoding: TextEncoding?, regionSize: Int, margin: Int? = nil) {
        self.scanner = scanner
        self.state = state
        self.path = path
        self.encoding = encoding
        self.regionSize = regionSize
        self.margin = margin ?? Self.margin(for: scanner)
        slack = max(self.margin, 1 << 16)
    }

    /// How far a window reaches beyond its region: room for the longest value a rule can match (its `max_length`)
    /// and the context around it, at least 64 KiB.
    static func margin(for scanner: Scanner) -> Int {
        max(1 << 16, 4 * (scanner.rules.map(\.maxLength).max() ?? 0))
    }

    /// Adds bytes; hands on every region that is complete.
    func push(_ bytes: UnsafeBufferPointer<UInt8>, _ handle: (Region) throws -> Void) rethrows {
        buffer.append(contentsOf: bytes)
        while skipped == nil, bufferStart + buffer.count - regionStart >= regionSize + margin + slack {
            try emit(atEnd: false, handle)
        }
    }

    /// Ends the stream; hands on the remaining regions (at least one, possibly empty, unless the stream was skipped).
    func finish(_ handle: (Region) throws -> Void) rethrows {
        repeat {
            guard skipped == nil else { return }
            try emit(atEnd: true, handle)
        } while regionStart < bufferStart + buffer.count
    }

    private func emit(atEnd: Bool, _ handle: (Region) throws -> Void) rethrows {
        let count = buffer.count
        let relative = regionStart - bufferStart
        if windows == 0, let container = ContainerFormat(sniffing: buffer) {
            // Members are scanned by `hush scan`; rewriting them inside their container is not done here.
            skipped = "\(container == .zip ? "zip" : "gzip") archive: its members are not redacted (hush scan lists what they hold)"
            return
        }
        if windows == 0 && encoding == nil {
            // Cuts depend on the encoding, so the first window's is detected before cutting, from what that window
            // will hold: for a stream of one window, the same bytes `hush scan` detects from.
            switch EncodingDetector.detect(Array(buffer.prefix(regionSize + margin))) {
            case .binary:
                skipped = "binary file"
                return
            case let .text(detected, _):
                firstGuess = detected
            }
        }
        let enc = encoding ?? firstGuess
        let plan: (windowStart: Int, ownEnd: Int, windowEnd: Int)? = buffer.withUnsafeBufferPointer { bytes in
            var ownEnd: Int
            if atEnd && count - relative <= regionSize + margin {
                ownEnd = count
            } else if let cut = enc.cut(near: relative + regionSize, limit: count - (atEnd ? 0 : 1), in: bytes), cut > relative {
                ownEnd = cut
            } else if atEnd {
                ownEnd = count
            } else {
                return nil
            }
            let windowStart = relative == 0 ? 0 : enc.cut(near: max(0, relative - margin), limit: relative, in: bytes) ?? relative
            var windowEnd = count
            if ownEnd < count {
                windowEnd = enc.cut(near: min(ownEnd + margin, count), limit: count - (atEnd ? 0 : 1), in: bytes) ?? ownEnd
            }
            return (windowStart, ownEnd, windowEnd)
        }
        guard let plan else {
            slack *= 2  // no character boundary within reach: wait for more input
            return
        }
        let windowOffset = bufferStart + plan.windowStart
        let document = Document(
            path: path, bytes: Array(buffer[plan.windowStart..<plan.windowEnd]), scansName: false, encoding: encoding)
        var result = scanner.scan(document, state: state)
        windows += 1
        if windows == 1 {
            if let reason = result.skipped {
                diagnostics += result.diagnostics
                skipped = reason
                return
            }
            if encoding == nil, result.encoding != firstGuess {
                // Only a stream longer than its first window can get here: its cuts were made for `firstGuess`.
                result = scanner.scan(
                    Document(path: path, bytes: document.bytes, scansName: false, encoding: firstGuess), state: state)
            }
            diagnostics += result.diagnostics
            encoding = enc
        } else {
            diagnostics += result.diagnostics.filter { $0.contains(": rule ") }
        }
        let ownStart = regionStart
        let ownEnd = bufferStart + plan.ownEnd
        var findings: [Finding] = []
        var end = ownEnd
        for var finding in result.findings where finding.part == .content {
            finding.start += windowOffset
            finding.end += windowOffset
            guard finding.start >= ownStart, finding.start < ownEnd else { continue }
            findings.append(finding)
            end = max(end, finding.end)
        }
        findings.sort { $0.start < $1.start }
        let regionEnd = end - bufferStart
        let isLast = atEnd && regionEnd == count
        try buffer.withUnsafeBufferPointer { bytes in
            try handle(
                Region(
                    start: ownStart, bytes: UnsafeBufferPointer(rebasing: bytes[relative..<regionEnd]), findings: findings,
                    next: regionEnd < count ? bytes[regionEnd] : nil, isFirst: windows == 1, isLast: isLast))
        }
        regionStart = end
        compact()
    }

    /// Drops what no later window reaches back to, keeping `buffer[0]` on a character boundary.
    private func compact() {
        let relative = regionStart - bufferStart
        guard relative > margin * 2 else { return }
        let enc = encoding ?? .utf8
        let drop = buffer.withUnsafeBufferPointer { bytes in
            enc.cut(near: relative - margin - margin / 2, limit: relative - margin, in: bytes) ?? 0
        }
        guard drop > 0 else { return }
        buffer.removeSubrange(0..<drop)
        bufferStart += drop
    }
}
