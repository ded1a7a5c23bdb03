import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ScanRunner {
    /// Scans a file too large to hold (`ScanRequest.streamAbove`) in overlapping windows (`FileWindows`), handing on
    /// each region's findings once it and the regions before it are scanned: memory stays bounded by a few windows, not
    /// the file (DESIGN §8), and the windows of one huge file are scanned on every thread.
    ///
    /// Runs when the file's turn to be delivered comes, so its findings go out in walk order without waiting in
    /// memory. Delivers the content's findings region by region, then one result that counts the file and carries the
    /// file name's findings and the diagnostics. A region keeps the findings of its window that start in it; a value
    /// running over its end belongs to it, and the next region starts after that value, as in `ChunkedScan`.
    func stream(path: String, location: FilePath, named: Bool, request: ScanRequest, _ deliver: (Result) -> Void) {
        let state = ScanState()
        let descriptor = location.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        var info = stat()
        guard descriptor >= 0, fstat(descriptor, &info) == 0 else {
            let error = SystemError()
            if descriptor >= 0 { close(descriptor) }
            deliver(named ? .failed(path: path, cause: error.description) : .skipped(SkippedFile(path: path, reason: error.description)))
            return
        }
        defer { close(descriptor) }
        // The size when opened bounds the read, so a file that keeps growing (a live log) still ends.
        let size = Int(info.st_size)
        let margin = ChunkedScan.margin(for: scanner)
        let threads = max(1, request.threads > 0 ? request.threads : ProcessInfoCores.count)
        let inFlight = max(1, min(threads, request.streamBudget / max(request.regionSize, 1)))
        var diagnostics: [String] = []
        var encoding: TextEncoding?
        var skipped: String?
        var records = 0
        var total = 0
        do {
            // The encoding decides where cuts may fall, so it is detected first, from what the first window holds.
            let guess: TextEncoding
            if let forced = request.encoding {
                guess = forced
            } else {
                switch EncodingDetector.detect(FileReader.head(descriptor, count: request.regionSize + margin)) {
                case .binary: guess = .utf8; skipped = "binary file"
                case let .text(detected, _): guess = detected
                }
            }
            let windows = try FileWindows(descriptor: descriptor, size: size, encoding: guess, regionSize: request.regionSize, margin: margin)
            var position = StreamPosition(encoding: guess)
            var previous: (start: Int, bytes: [UInt8])?
            var regionStart = 0
            var next = 0
            while skipped == nil, next < windows.regionCount {
                let batch = next..<min(windows.regionCount, next + inFlight)
                let scanned = try scanWindows(batch, of: windows, path: path, request: request, first: request.encoding)
                for (offset, window) in scanned.enumerated() {
                    let k = batch.lowerBound + offset
                    var result = window.result
                    if k == 0 {
                        if let reason = result.skipped {
                            skipped = reason
                            diagnostics += result.diagnostics
                            break
                        }
                        if result.encoding != guess {
                            // The cuts were made for `guess`; the first window is read the way they were.
                            result = scanFiltered(
                                Document(path: path, bytes: window.bytes, scansName: false, encoding: guess), request: request,
                                state: state, origin: .walk)
                        }
                        diagnostics += result.diagnostics
                        encoding = guess
                        records = result.contactRecords
                    } else {
                        diagnostics += result.diagnostics.filter { $0.contains(": rule ") }
                    }
                    if let previous, position.offset < window.start {
                        previous.bytes.withUnsafeBufferPointer { bytes in
                            position.advance(over: UnsafeBufferPointer(rebasing: bytes[(position.offset - previous.start)..<(window.start - previous.start)]))
                        }
                    }
                    let startsWithLF = window.bytes.withUnsafeBufferPointer { guess.isLineFeed(at: 0, in: $0) }
                    let regionEnd = windows.cuts[k + 1]
                    var findings: [Finding] = []
                    var end = regionEnd
                    for var finding in result.findings where finding.part == .content {
                        finding.start += window.start
                        finding.end += window.start
                        guard finding.start >= regionStart, finding.start < regionEnd else { continue }
                        (finding.line, finding.column) = position.place(line: finding.line, column: finding.column, windowStartsWithLF: startsWithLF)
                        findings.append(finding)
                        end = max(end, finding.end)
                    }
                    if !findings.isEmpty {
                        deliver(.scanned(path: path, bytes: 0, result: DocumentResult(findings: findings, diagnostics: [], encoding: guess, skipped: nil, counted: false)))
                    }
                    regionStart = end
                    total = window.start + window.bytes.count
                    previous = (window.start, window.bytes)
                }
                next = batch.upperBound
            }
        } catch {
            deliver(.failed(path: path, cause: "read failed after \(total) of \(size) bytes (\(error)); findings up to there were reported"))
            return
        }
        if skipped == nil, total < size {
            diagnostics.append("\(path): shrank while being scanned (\(total) of \(size) bytes read)")
        } else if skipped == nil, FileReader.head(descriptor, offset: size, count: 1).count > 0 {
            diagnostics.append("\(path): grew while being scanned; its first \(size) bytes were scanned")
        }
        // The name comes after the content, as in `Scanner.scan`.
        let name = Document(path: path, bytes: [], scansName: true)
        let nameFindings = request.filter.keep(scanner.scanName(of: name, state: state), in: name, origin: .walk, state: state)
        var result = DocumentResult(findings: nameFindings, diagnostics: diagnostics, encoding: encoding, skipped: skipped, counted: true)
        result.contactRecords = records
        deliver(.scanned(path: path, bytes: skipped == nil ? total : size, result: result))
    }

    /// Reads and scans the windows of `regions` on a thread each; the first window of the file is read in `first`
    /// (nil detects), like a file scanned whole, and the others in the windows' encoding.
    private func scanWindows(
        _ regions: Range<Int>, of windows: FileWindows, path: String, request: ScanRequest, first: TextEncoding?
    ) throws(SystemError) -> [(start: Int, bytes: [UInt8], result: DocumentResult)] {
        let slots = Mutex([(start: Int, bytes: [UInt8], result: DocumentResult)?](repeating: nil, count: regions.count))
        let failure = Mutex<SystemError?>(nil)
        DispatchQueue.concurrentPerform(iterations: regions.count) { offset in
            let k = regions.lowerBound + offset
            do throws(SystemError) {
                let (start, bytes) = try windows.window(k)
                let document = Document(path: path, bytes: bytes, scansName: false, encoding: k == 0 ? first : windows.encoding)
                let result = scanFiltered(document, request: request, state: ScanState(), origin: .walk)
                slots.withLock { $0[offset] = (start, bytes, result) }
            } catch {
                failure.withLock { $0 = error }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return slots.withLock { $0.map { $0! } }
    }
}
