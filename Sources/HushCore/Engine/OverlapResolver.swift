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
        let byStart = candidates.sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound < $1.range.upperBound
        }
        var kept: [Candidate] = []
        kept.reserveCapacity(byStart.count)
        var cluster: [Candidate] = []
        var clusterEnd = Int.min
        for candidate in byStart {
            if !cluster.isEmpty, candidate.range.lowerBound >= clusterEnd {
                kept += resolveCluster(cluster, rules: rules)
                cluster.removeAll(keepingCapacity: true)
            }
            cluster.append(candidate)
            clusterEnd = cluster.count == 1 ? candidate.range.upperBound : max(clusterEnd, candidate.range.upperBound)
        }
        kept += resolveCluster(cluster, rules: rules)
        return kept
    }

    /// The greedy choice inside one cluster, returned in start order.
    private static func resolveCluster(_ cluster: [Candidate], rules: [Rule]) -> [Candidate] {
        guard cluster.count > 1 else { return cluster }
        let ranked = cluster.sorted { a, b in
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
        for candidate in ranked where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
