@testable import HushCore
import Testing

/// Windows are exactly the positions within `before`/`after` of some hit, clamped to the buffer, as maximal ranges;
/// merging two sets of windows gives the ranges of their union.
@Test func windowsAreTheMergedNeighbourhoodsOfTheHits() {
    var generator = SystemRandomNumberGenerator()
    func hits(in count: Int) -> [Range<Int>] {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in
            let start = Int.random(in: 0..<count, using: &generator)
            return start..<min(count, start + Int.random(in: 1...4, using: &generator))
        }.sorted { $0.lowerBound < $1.lowerBound }
    }
    func covered(_ hits: [Range<Int>], before: Int, after: Int, count: Int) -> Set<Int> {
        Set(hits.flatMap { max(0, $0.lowerBound - before)..<min(count, $0.upperBound + after) })
    }
    func ranges(_ positions: Set<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for position in positions.sorted() {
            if let last = result.last, last.upperBound == position {
                result[result.count - 1] = last.lowerBound..<(position + 1)
            } else {
                result.append(position..<(position + 1))
            }
        }
        return result
    }
    for _ in 0..<2_000 {
        let count = Int.random(in: 1...60, using: &generator)
        let (runs, words) = (hits(in: count), hits(in: count))
        let lead = Int.random(in: 0...6, using: &generator)
        let reach = Int.random(in: 0...6, using: &generator)
        var windows = SearchWindows(around: runs, before: lead, after: 0, count: count)
        #expect(windows.ranges == ranges(covered(runs, before: lead, after: 0, count: count)))
        windows.merge(SearchWindows(around: words, before: reach, after: reach, count: count))
        let union = covered(runs, before: lead, after: 0, count: count).union(covered(words, before: reach, after: reach, count: count))
        #expect(windows.ranges == ranges(union), "\(runs) \(words) \(lead) \(reach) \(count)")
        #expect(windows.coveredBytes == union.count)
    }
}
