extension [Finding] {
    /// The order of every report: files in the order the walk reached them — which is the byte order of their paths
    /// within each root, since `FileWalker` visits folders as `name/` — and within a file, its contents before its name,
    /// then by start offset. Streaming reports (json, jsonl, text) and batch ones (sarif, html, csv) agree on it.
    func sortedForReport() -> [Finding] {
        // Scanners deliver findings in this order almost always; checking is cheaper than copying a sort's worth of
        // findings, each a dozen strings.
        if isSortedForReport { return self }
        var result: [Finding] = []
        result.reserveCapacity(count)
        var index = startIndex
        while index < endIndex {
            let path = self[index].path
            var end = index
            while end < endIndex, self[end].path == path { end += 1 }
            result += self[index..<end].sorted { a, b in
                if a.part != b.part { return a.part == .content }
                return a.start < b.start
            }
            index = end
        }
        return result
    }

    private var isSortedForReport: Bool {
        // Fields are read in place: binding whole findings (as `zip` did) retained and released a dozen strings each.
        withUnsafeBufferPointer { findings in
            for index in findings.indices.dropFirst() {
                let previous = index - 1
                guard findings[previous].path == findings[index].path else { continue }
                let parts = (findings[previous].part, findings[index].part)
                if parts.0 == parts.1 ? findings[previous].start > findings[index].start : parts.0 != .content { return false }
            }
            return true
        }
    }
}
