#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a large file is cut into regions and the overlapping windows they are scanned in, worked out from the bytes
/// near each cut alone, so windows can be read and scanned in any order and on several threads.
///
/// Region `k` runs from `cuts[k]` to `cuts[k + 1]`; its window reaches `margin` bytes further on each side, to a line
/// start or character boundary (`TextEncoding.cut`), as in `ChunkedScan`. `ChunkedScan` plans each window from where
/// the previous region's last value ended, which ties every window to the one before; here a value running over a cut
/// is settled when the regions are put back in order (see `ScanRunner.stream`), and the plan is made up front.
struct FileWindows {
    let descriptor: Int32
    let size: Int
    let encoding: TextEncoding
    let margin: Int
    /// Region boundaries: 0, the cuts, `size`.
    private(set) var cuts: [Int] = []

    /// How far past a target a cut is looked for (`TextEncoding.cut` looks 64 KiB ahead for a line start).
    private static let reach = 1 << 17

    init(descriptor: Int32, size: Int, encoding: TextEncoding, regionSize: Int, margin: Int) throws(SystemError) {
        self.descriptor = descriptor
        self.size = size
        self.encoding = encoding
        self.margin = margin
        cuts = [0]
        var target = regionSize
        while target < size {
            let cut = try self.cut(near: target) ?? target
            if cut > cuts[cuts.count - 1], cut < size { cuts.append(cut) }
            target = max(cut, target) + regionSize
        }
        cuts.append(size)
    }

    var regionCount: Int { cuts.count - 1 }

    /// The window of region `k`: its offset in the file and its bytes.
    func window(_ k: Int) throws(SystemError) -> (start: Int, bytes: [UInt8]) {
        let low = cuts[k] == 0 ? 0 : max(0, cuts[k] - margin)
        let high = min(size, cuts[k + 1] + margin)
        // Read a little more on each side: a cut is looked for from `low` and `high` onwards.
        let readStart = max(0, low - 2 - (low & 1))
        let readEnd = min(size, high + Self.reach)
        let bytes = try read(from: readStart, to: readEnd)
        return bytes.withUnsafeBufferPointer { buffer in
            let start = low == 0 ? 0 : (encoding.cut(near: low - readStart, limit: cuts[k] - readStart, in: buffer) ?? cuts[k] - readStart)
            let end = high == size ? buffer.count : (encoding.cut(near: high - readStart, limit: buffer.count - 1, in: buffer) ?? high - readStart)
            return (readStart + start, Array(buffer[start..<end]))
        }
    }

    /// A line start or character boundary at or after `target`, from the bytes around it.
    private func cut(near target: Int) throws(SystemError) -> Int? {
        // Two bytes before `target` keep UTF-16's parity and give GB18030 and Big5 the byte their test looks at.
        let start = target - 2
        let bytes = try read(from: start, to: min(size, target + Self.reach))
        let found = bytes.withUnsafeBufferPointer { buffer in
            encoding.cut(near: 2, limit: buffer.count - (start + buffer.count == size ? 0 : 1), in: buffer)
        }
        return found.map { start + $0 }
    }

    private func read(from start: Int, to end: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, end - start))
        var done = 0
        while done < bytes.count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(start + done)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw SystemError()
            }
            if got == 0 { break }  // the file shrank: what is left is scanned
            done += got
        }
        bytes.removeSubrange(done...)
        return bytes
    }
}
