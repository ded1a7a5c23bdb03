import Foundation

extension TOMLLineLocator {
    /// The 1-based line of the key at dotted path `parts` (`["rules", "cn-mobile", "enabled"]`), wherever TOML lets
    /// it be written: under its table's header (`[rules.cn-mobile]`), as a dotted key under a parent table or at the
    /// top, or inside an inline table. Falls back to the closest table header, then to any line assigning the last
    /// key; nil when nothing fits.
    func line(ofPath parts: [String]) -> Int? {
        guard !parts.isEmpty else { return nil }
        for split in stride(from: parts.count - 1, through: 0, by: -1) {
            let key = parts[split...].joined(separator: ".")
            guard let block = block(of: Array(parts[..<split])) else { continue }
            for index in block where Self.assigns(lines[index], key: key) { return index + 1 }
            // An inline table: `allow = { values = [...] }` holds `allow.values`.
            for end in stride(from: parts.count - 1, to: split, by: -1) {
                let prefix = parts[split..<end].joined(separator: ".")
                for index in block where Self.assigns(lines[index], key: prefix) && lines[index].contains(parts[parts.count - 1]) {
                    return index + 1
                }
            }
        }
        for end in stride(from: parts.count, through: 1, by: -1) {
            if let block = block(of: Array(parts[..<end])), end > 0 { return block.lowerBound }
        }
        let last = parts[parts.count - 1]
        if parts.count > 1 {
            let parent = parts[parts.count - 2]
            if let index = lines.indices.first(where: { lines[$0].contains(parent) && lines[$0].contains(last) }) { return index + 1 }
        }
        return lines.indices.first { Self.assigns(lines[$0], key: last) || lines[$0].contains(last + " =") }.map { $0 + 1 }
    }

    /// The lines of a table's body: after its `[header]` up to the next header; the top level for an empty path.
    private func block(of table: [String]) -> Range<Int>? {
        let headers = lines.indices.filter { Self.header(lines[$0]) != nil }
        if table.isEmpty { return 0..<(headers.first ?? lines.count) }
        guard let start = headers.first(where: { Self.header(lines[$0]) == table }) else { return nil }
        let end = headers.first { $0 > start } ?? lines.count
        return (start + 1)..<end
    }

    /// The dotted path of a `[table]` header line, quotes removed; nil when the line is not one.
    private static func header(_ line: Substring) -> [String]? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("["), !text.hasPrefix("[["), let close = text.lastIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        return inner.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
    }

    /// Whether `line` assigns `key` (`key = …`, with optional quotes around each dotted part).
    private static func assigns(_ line: Substring, key: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard let equals = text.firstIndex(of: "=") else { return false }
        let written = text[..<equals].split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        return written.joined(separator: ".") == key
    }
}
