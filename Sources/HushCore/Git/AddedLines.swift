/// The lines of a file that a change added, as git numbers them, and the byte ranges they cover.
///
/// git counts lines by LF alone; hush's reports also end lines at CR and CRLF. Comparing in bytes rather than line
/// numbers keeps the two from disagreeing about a file with old Mac line ends: a finding counts when its byte span
/// touches a byte of an added line.
public struct AddedLines: Sendable, Equatable {
    /// 1-based line ranges of the new version, each `first..<first+count`, ascending.
    public var ranges: [Range<Int>]

    public init(ranges: [Range<Int>]) {
        self.ranges = ranges.filter { !$0.isEmpty }
    }

    /// Nothing added (a pure rename, a mode change, or only deletions).
    public var isEmpty: Bool { ranges.isEmpty }

    /// The byte ranges in `bytes` that the added lines cover, each with its line ending.
    public func byteRanges(in bytes: [UInt8]) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var line = 1
        var lineStart = 0
        var next = 0
        while next < ranges.count && lineStart <= bytes.count {
            let end = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            while next < ranges.count && ranges[next].upperBound <= line { next += 1 }
            if next < ranges.count && ranges[next].contains(line) {
                if let last = result.last, last.upperBound == lineStart {
                    result[result.count - 1] = last.lowerBound..<end
                } else {
                    result.append(lineStart..<end)
                }
            }
            if end == bytes.count { break }
            lineStart = end
            line += 1
        }
        return result
    }
}
