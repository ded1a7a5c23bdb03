#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the lines a `hush:allow` comment accepts.
///
/// The marker is plain text, not a comment syntax: `# hush:allow`, `// hush:allow`, `<!-- hush:allow -->`,
/// `-- hush:allow` and a chat line that just says `hush:allow` all work, because hush scans chat exports and CSVs as
/// much as code. `hush:allow` accepts its own line; `hush:allow-next-line` accepts the line after it (and not its own).
/// Lines are counted in the document's own bytes and encoding (UTF-16 files too), ending at LF, CRLF or CR, so the
/// answer never depends on how a finding's line number was worked out.
struct InlineAllow {
    static let marker = "hush:allow"
    static let nextLineSuffix = "-next-line"

    /// Lines (1-based) accepted by markers in `bytes`, or nil when there is no marker (the common case, found with one
    /// search).
    private let allowed: Set<Int>
    private let lineStarts: [Int]

    init?(bytes: [UInt8], encoding: String) {
        let unit = encoding.hasPrefix("utf-16") ? 2 : 1
        let bigEndian = encoding == "utf-16be"
        func encode(_ text: String) -> [UInt8] {
            guard unit == 2 else { return Array(text.utf8) }
            return text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        let marker = encode(Self.marker)
        let suffix = encode(Self.nextLineSuffix)
        let hits = Self.occurrences(of: marker, in: bytes, alignment: unit)
        guard !hits.isEmpty else { return nil }
        var starts = [0]
        var index = 0
        func code(at offset: Int) -> UInt16 {
            unit == 1 ? UInt16(bytes[offset]) : bigEndian ? UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]) : UInt16(bytes[offset + 1]) << 8 | UInt16(bytes[offset])
        }
        while index + unit <= bytes.count {
            let value = code(at: index)
            index += unit
            if value == 0x0A {
                starts.append(index)
            } else if value == 0x0D {
                if index + unit <= bytes.count && code(at: index) == 0x0A { index += unit }
                starts.append(index)
            }
        }
        lineStarts = starts
        var allowed = Set<Int>()
        for hit in hits {
            let end = hit + marker.count
            let line = Self.line(of: hit, starts: starts)
            if bytes.count >= end + suffix.count && Array(bytes[end..<(end + suffix.count)]) == suffix {
                allowed.insert(line + 1)
            } else {
                allowed.insert(line)
            }
        }
        self.allowed = allowed
    }

    /// Whether any line the byte span `start..<end` touches is accepted.
    func allows(start: Int, end: Int) -> Bool {
        let first = Self.line(of: start, starts: lineStarts)
        let last = Self.line(of: max(start, end - 1), starts: lineStarts)
        return (first...last).contains { allowed.contains($0) }
    }

    /// Offsets of `needle` in `bytes` that start on a code unit boundary (`memchr` for its first byte, so a document
    /// without a marker costs one fast pass).
    private static func occurrences(of needle: [UInt8], in bytes: [UInt8], alignment: Int) -> [Int] {
        var hits: [Int] = []
        bytes.withUnsafeBytes { haystack in
            guard let base = haystack.baseAddress, let first = needle.first else { return }
            var offset = 0
            needle.withUnsafeBytes { pattern in
                while offset + needle.count <= haystack.count,
                    let found = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1)
                {
                    let position = base.distance(to: UnsafeRawPointer(found))
                    if position % alignment == 0 && memcmp(base + position, pattern.baseAddress!, needle.count) == 0 {
                        hits.append(position)
                    }
                    offset = position + 1
                }
            }
        }
        return hits
    }

    private static func line(of offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
