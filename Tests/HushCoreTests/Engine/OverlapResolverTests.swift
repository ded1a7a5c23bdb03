@testable import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

/// Resolving cluster by cluster keeps exactly what one greedy pass over all candidates, in rank order, keeps: overlaps
/// never cross clusters. Random candidates of the real rules, many of them overlapping, several with the same range.
@Test func overlapsResolveLikeOneGreedyPassInRankOrder() throws {
    let rules = try builtin.get().rules
    var generator = SystemRandomNumberGenerator()
    func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.validated != b.validated { return a.validated }
        if a.range.count != b.range.count { return a.range.count > b.range.count }
        if a.points != b.points { return a.points > b.points }
        let (typeA, typeB) = (rules[a.ruleIndex].type.overlapRank, rules[b.ruleIndex].type.overlapRank)
        if typeA != typeB { return typeA < typeB }
        if rules[a.ruleIndex].id != rules[b.ruleIndex].id { return rules[a.ruleIndex].id < rules[b.ruleIndex].id }
        return a.range.lowerBound < b.range.lowerBound
    }
    func key(_ candidate: Candidate) -> [Int] {
        [candidate.ruleIndex, candidate.range.lowerBound, candidate.range.upperBound, candidate.points, candidate.validated ? 1 : 0]
    }
    for _ in 0..<2_000 {
        let candidates = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
            let start = Int.random(in: 0..<40, using: &generator)
            return Candidate(
                ruleIndex: Int.random(in: 0..<min(4, rules.count), using: &generator),
                range: start..<(start + Int.random(in: 1...8, using: &generator)), maskRange: nil,
                validated: Bool.random(using: &generator), points: Int.random(in: 0...3, using: &generator))
        }
        var expected: [Candidate] = []
        for candidate in candidates.sorted(by: ranksBefore) where !expected.contains(where: { $0.range.overlaps(candidate.range) }) {
            expected.append(candidate)
        }
        expected.sort { $0.range.lowerBound < $1.range.lowerBound }
        let resolved = OverlapResolver.resolve(candidates, rules: rules)
        #expect(resolved.map(key) == expected.map(key), "\(candidates.map(key))")
    }
}
