/// Keeps one finding where candidates overlap (DESIGN §2).
///
/// A validated match beats an unvalidated one, then the longer wins (a phone number inside a resident ID is not a
/// phone number), then the surer, then the more specific type, then the rule id, so the outcome never depends on
/// rule order.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], rules: [Rule]) -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        let ranked = candidates.sorted { a, b in
            if a.validated != b.validated { return a.validated }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            if a.points != b.points { return a.points > b.points }
            let typeA = rules[a.ruleIndex].type.overlapRank
            let typeB = rules[b.ruleIndex].type.overlapRank
            if typeA != typeB { return typeA < typeB }
            if rules[a.ruleIndex].id != rules[b.ruleIndex].id { return rules[a.ruleIndex].id < rules[b.ruleIndex].id }
            return a.range.lowerBound < b.range.lowerBound
        }
        var kept: [Candidate] = []
        var taken: [Range<Int>] = []  // disjoint, sorted by start
        for candidate in ranked {
            let range = candidate.range
            var low = 0
            var high = taken.count
            while low < high {
                let mid = (low + high) / 2
                if taken[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            if low > 0, taken[low - 1].overlaps(range) { continue }
            if low < taken.count, taken[low].overlaps(range) { continue }
            taken.insert(range, at: low)
            kept.append(candidate)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
