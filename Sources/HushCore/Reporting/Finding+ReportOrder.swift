extension [Finding] {
    /// The order of every report: files in the order the walk reached them — which is the byte order of their paths
    /// within each root, since `FileWalker` visits folders as `name/` — and within a file, its contents before its name,
    /// then by start offset. Streaming reports (json, jsonl, text) and batch ones (sarif, html, csv) agree on it.
    func sortedForReport() -> [Finding] {
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
}
