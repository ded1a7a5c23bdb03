/// Keeps one finding where candidates overlap (DESIGN §2).
///
/// A validated match beats an unvalidated one, then the longer wins (a phone number inside a resident ID is not a
/// phone number), then the surer, then the more specific type, then the rule id, so the outcome never depends on
/// rule order. Candidates are first split into clusters of mutually reachable overlaps (one pass in start order); the
/// ranking runs inside each cluster, which is nearly always one or two candidates, so a file with millions of
/// findings costs a sort, never a quadratic search.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], rules: [Rule]) -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        // Indices are sorted and clustered rather than candidates: a swap moves one word instead of a candidate's
        // dozen, and a cluster of one — nearly all of them — is appended without being gathered first.
        let byStart = candidates.indices.sorted {
            let (a, b) = (candidates[$0].range, candidates[$1].range)
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound < b.upperBound
        }
        var kept: [Candidate] = []
        kept.reserveCapacity(byStart.count)
        var clusterStart = 0
        var clusterEnd = Int.min
        for (position, index) in byStart.enumerated() {
            let range = candidates[index].range
            if position > clusterStart, range.lowerBound >= clusterEnd {
                resolveCluster(byStart[clusterStart..<position], of: candidates, rules: rules, into: &kept)
                clusterStart = position
            }
            clusterEnd = position == clusterStart ? range.upperBound : max(clusterEnd, range.upperBound)
        }
        resolveCluster(byStart[clusterStart...], of: candidates, rules: rules, into: &kept)
        return kept
    }

    /// The greedy choice inside one cluster (indices into `candidates`), appended in start order.
    private static func resolveCluster(_ cluster: ArraySlice<Int>, of candidates: [Candidate], rules: [Rule], into kept: inout [Candidate]) {
        guard cluster.count > 1 else {
            kept.append(candidates[cluster[cluster.startIndex]])
            return
        }
        let ranked = cluster.sorted { indexA, indexB in
            let (a, b) = (candidates[indexA], candidates[indexB])
            if a.validated != b.validated { return a.validated }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            if a.points != b.points { return a.points > b.points }
            let typeA = rules[a.ruleIndex].type.overlapRank
            let typeB = rules[b.ruleIndex].type.overlapRank
            if typeA != typeB { return typeA < typeB }
            if rules[a.ruleIndex].id != rules[b.ruleIndex].id { return rules[a.ruleIndex].id < rules[b.ruleIndex].id }
            return a.range.lowerBound < b.range.lowerBound
        }
        var chosen: [Int] = []
        for index in ranked where !chosen.contains(where: { candidates[$0].range.overlaps(candidates[index].range) }) {
            chosen.append(index)
        }
        for index in chosen.sorted(by: { candidates[$0].range.lowerBound < candidates[$1].range.lowerBound }) {
            kept.append(candidates[index])
        }
    }
}
