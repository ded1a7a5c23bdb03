extension [Finding] {
    /// The order of batch reports (json, sarif, html, csv): by path compared as UTF-8 bytes (the same in every locale),
    /// a file's contents before its name, then by start offset.
    func sortedForReport() -> [Finding] {
        sorted { a, b in
            if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
            if a.part != b.part { return a.part == .content }
            return a.start < b.start
        }
    }
}
