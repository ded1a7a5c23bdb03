/// Stops the run with `message` when `condition` is false: libFuzzer records the input as a crash, so a broken
/// invariant is found like a memory error.
public func require(
    _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// Whether `view[offset]` starts a character (or is the end): spans only ever start and end there, so mappings are
/// checked there.
@inline(__always)
public func isBoundary(_ view: [UInt8], _ offset: Int) -> Bool {
    offset == view.count || view[offset] & 0xC0 != 0x80
}

/// Checks a mapping from offsets in `view` back to offsets in an original of `originalCount` bytes, at every
/// character boundary of the view: starts stay inside the original and never go backwards, a span's end lies after its
/// start and no further than where the next character starts.
public func checkMapping(
    view: [UInt8], originalCount: Int, what: String, start: (Int) -> Int, end: (Int) -> Int
) {
    var previousStart = 0
    var previousBoundary = 0
    for offset in 0...view.count where isBoundary(view, offset) {
        let mapped = start(offset)
        require(mapped >= 0 && mapped <= originalCount, "\(what): start of \(offset) maps to \(mapped), outside 0...\(originalCount)")
        require(mapped >= previousStart, "\(what): start of \(offset) maps to \(mapped), before \(previousStart) (of \(previousBoundary))")
        if offset > 0 {
            let mappedEnd = end(offset)
            require(
                mappedEnd > previousStart && mappedEnd <= mapped,
                "\(what): end \(offset) maps to \(mappedEnd), outside \(previousStart)<..\(mapped)")
        }
        previousStart = mapped
        previousBoundary = offset
    }
}

/// Checks that ranges lie inside a text of `count` bytes.
public func checkRanges(_ ranges: some Sequence<Range<Int>>, within count: Int, what: String) {
    for range in ranges {
        require(range.lowerBound >= 0 && range.upperBound <= count, "\(what): \(range) outside 0..<\(count)")
    }
}
