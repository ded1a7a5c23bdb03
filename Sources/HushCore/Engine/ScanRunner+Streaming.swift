#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ScanRunner {
    /// Scans a file too large to hold (`ScanRequest.streamAbove`) in overlapping windows, handing on each region's
    /// findings as soon as the region is scanned: memory stays bounded by the window, not the file (DESIGN §8).
    ///
    /// Runs when the file's turn to be delivered comes, so its findings go out in walk order without waiting in
    /// memory; other threads go on scanning the files after it meanwhile. Delivers the content's findings region by
    /// region, then one result that counts the file and carries the file name's findings and the diagnostics.
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
        let chunks = ChunkedScan(scanner: scanner, state: state, path: path, encoding: request.encoding, regionSize: request.regionSize)
        chunks.filter = { findings, window in request.filter.keep(findings, in: window, origin: .walk, state: state) }
        func emit(_ region: ChunkedScan.Region) {
            guard !region.findings.isEmpty else { return }
            deliver(.scanned(path: path, bytes: 0, result: DocumentResult(findings: region.findings, diagnostics: [], encoding: chunks.encoding, skipped: nil, counted: false)))
        }
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        var readError: SystemError?
        while total < size {
            let got = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, size - total)) }
            if got < 0 {
                if errno == EINTR { continue }
                readError = SystemError()
                break
            }
            if got == 0 { break }
            total += got
            block.withUnsafeBufferPointer { chunks.push(UnsafeBufferPointer(rebasing: $0[0..<got]), emit) }
            if chunks.skipped != nil { break }
        }
        if chunks.skipped == nil { chunks.finish(emit) }
        var diagnostics = chunks.diagnostics
        if readError == nil, chunks.skipped == nil, total < size {
            diagnostics.append("\(path): shrank while being scanned (\(total) of \(size) bytes read)")
        } else if readError == nil, chunks.skipped == nil, block.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, 1) }) > 0 {
            diagnostics.append("\(path): grew while being scanned; its first \(size) bytes were scanned")
        }
        // The name comes after the content, as in `Scanner.scan`.
        let name = Document(path: path, bytes: [], scansName: true)
        let nameFindings = request.filter.keep(scanner.scanName(of: name, state: state), in: name, origin: .walk, state: state)
        var result = DocumentResult(findings: nameFindings, diagnostics: diagnostics, encoding: chunks.encoding, skipped: chunks.skipped, counted: readError == nil)
        result.contactRecords = chunks.firstResult?.contactRecords ?? 0
        deliver(.scanned(path: path, bytes: total, result: result))
        if let readError {
            deliver(.failed(path: path, cause: "read failed after \(total) of \(size) bytes (\(readError)); findings up to there were reported"))
        }
    }
}
