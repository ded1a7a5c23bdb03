/// Finds the line of a key in a TOML file.
///
/// TOMLKit reports positions only for syntax errors; a rule with a valid document but a bad value still deserves a
/// `file:line` message, so this scans the source text for the key's assignment.
struct TOMLLineLocator {
    let lines: [Substring]
    /// Each line without its leading and trailing blanks, computed once: every rule file is located on load.
    private let trimmed: [Substring]

    /// Works on UTF-8 bytes, not `Character`s: every rule file is located at every start-up, and grapheme breaking
    /// cost more than parsing the TOML itself.
    init(_ text: String) {
        lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(line.last == 0x0D ? line.dropLast() : line)
        }
        trimmed = lines.map(\.trimmingSpaces)
    }

    /// The 1-based line of `key = …`: at the top level when `arrayTable` is nil, else inside the `index`-th
    /// `[[arrayTable]]` block. Falls back to the block's header line, or nil.
    func line(of key: String?, arrayTable: String? = nil, index: Int = 0) -> Int? {
        var range = 0..<lines.count
        if let arrayTable {
            let header = "[[\(arrayTable)]]"
            let headers = trimmed.indices.filter { trimmed[$0] == header }
            guard index < headers.count else { return nil }
            let end = index + 1 < headers.count ? headers[index + 1] : lines.count
            range = headers[index]..<end
            guard let key else { return headers[index] + 1 }
        } else if let firstTable = trimmed.firstIndex(where: { $0.hasPrefix("[") }) {
            range = 0..<firstTable
        }
        guard let key else { return nil }
        for index in range {
            let line = trimmed[index]
            guard line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            if rest.first == "=" { return index + 1 }
        }
        return arrayTable == nil ? nil : range.lowerBound + 1
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var bytes = utf8[...]
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes = bytes.dropLast() }
        return Substring(bytes)
    }
}
