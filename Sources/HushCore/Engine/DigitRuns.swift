/// Runs of ASCII digits in a buffer, where a single space or dash between two digits does not end a run
/// (`138 1234 5678`, `6222-0212-3456-7890`), with how many digits each holds.
///
/// Computed once per document and shared by every number rule's prefilter (`digits = N` in a pattern file).
struct DigitRuns {
    private(set) var runs: [(range: Range<Int>, digits: Int)] = []

    /// Finds runs of at least `minimum` digits.
    init(in buffer: UnsafeBufferPointer<UInt8>, minimum: Int) {
        let count = buffer.count
        var index = 0
        while index < count {
            guard buffer[index] &- 0x30 < 10 else {
                index += 1
                continue
            }
            let start = index
            var digits = 0
            var end = index
            while index < count {
                let byte = buffer[index]
                if byte &- 0x30 < 10 {
                    digits += 1
                    index += 1
                    end = index
                } else if (byte == 0x20 || byte == 0x2D), index + 1 < count, buffer[index + 1] &- 0x30 < 10 {
                    index += 1
                } else {
                    break
                }
            }
            if digits >= minimum { runs.append((start..<end, digits)) }
        }
    }

    /// The runs holding at least `digits` digits.
    func ranges(withAtLeast digits: Int) -> [Range<Int>] {
        runs.compactMap { $0.digits >= digits ? $0.range : nil }
    }
}
