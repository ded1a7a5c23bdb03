/// Gives the cells of an `.xlsx` their column headers as field names, across the workbook's parts.
///
/// Excel keeps text in `xl/sharedStrings.xml` and refers to it by index from each sheet, so a phone number typed as
/// text sits far from the `手机号` header that names it. Reading the sheets first and following the indexes lets both
/// the numeric cells in the sheets and the shared strings they use carry the header as field context; a sheet with
/// name and phone columns is also counted as an address book.
enum SpreadsheetFields {
    private struct Cell {
        var column: String
        var row: Int
        var shared: Int?
        var value: Range<Int>
    }

    /// Field maps for the members of one workbook, by member path (`xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`).
    static func fields(members: [String: [UInt8]]) -> [String: FieldMap] {
        let sharedBytes = members["xl/sharedStrings.xml"] ?? []
        let strings = sharedStrings(sharedBytes)
        var sharedNames: [Int: String] = [:]
        var maps: [String: FieldMap] = [:]
        for (path, bytes) in members where path.hasPrefix("xl/worksheets/") && path.hasSuffix(".xml") {
            let cells = self.cells(bytes)
            var headers: [String: String] = [:]
            for cell in cells where cell.row == 1 {
                let text = cell.shared.flatMap { strings.indices.contains($0) ? strings[$0].text : nil }
                    ?? String(decoding: bytes[cell.value], as: UTF8.self)
                if !text.isEmpty { headers[cell.column] = text }
            }
            var spans: [FieldSpan] = []
            var rows: [Int: Set<String>] = [:]
            for cell in cells where cell.row > 1 {
                guard let header = headers[cell.column] else { continue }
                rows[cell.row, default: []].insert(header)
                if let index = cell.shared {
                    if sharedNames[index] == nil { sharedNames[index] = header }
                } else {
                    spans.append(FieldSpan(range: cell.value, name: header))
                }
            }
            var map = FieldMap(spans: spans, kind: "office")
            map.contactRecords = rows.values.filter { headers in
                headers.contains(where: CSVFieldExtractor.isNameHeader) && headers.contains(where: CSVFieldExtractor.isPhoneHeader)
            }.count
            maps[path] = map
        }
        if !sharedBytes.isEmpty {
            let spans = strings.indices.compactMap { index in
                sharedNames[index].map { FieldSpan(range: strings[index].range, name: $0) }
            }
            maps["xl/sharedStrings.xml"] = FieldMap(spans: spans, kind: "office")
        }
        return maps
    }

    /// Each `<si>`'s text and the byte range from its first text to its last.
    private static func sharedStrings(_ bytes: [UInt8]) -> [(text: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var index = 0
        while let open = find("<si", in: bytes, from: index), let close = find("</si>", in: bytes, from: open) {
            var text: [UInt8] = []
            var first: Int?
            var last = open
            var cursor = open
            while let t = find("<t", in: bytes, from: cursor), t < close, let gt = find(">", in: bytes, from: t),
                let end = find("</t>", in: bytes, from: gt), end <= close
            {
                if bytes[t + 2] == UInt8(ascii: ">") || bytes[t + 2] == 0x20 {
                    text.append(contentsOf: bytes[(gt + 1)..<end])
                    if first == nil { first = gt + 1 }
                    last = end
                }
                cursor = end + 4
            }
            result.append((String(decoding: text, as: UTF8.self), (first ?? open)..<max(last, first ?? open)))
            index = close + 5
        }
        return result
    }

    /// The cells of a sheet: reference, shared-string index if the cell is one, and the value's byte range.
    private static func cells(_ bytes: [UInt8]) -> [Cell] {
        var cells: [Cell] = []
        var index = 0
        while let open = find("<c ", in: bytes, from: index), let tagEnd = find(">", in: bytes, from: open) {
            index = tagEnd + 1
            guard bytes[tagEnd - 1] != UInt8(ascii: "/") else { continue }
            let tag = String(decoding: bytes[open..<tagEnd], as: UTF8.self)
            guard let reference = attribute("r", in: tag) else { continue }
            let column = String(reference.prefix { $0.isLetter })
            guard let row = Int(reference.drop { $0.isLetter }) else { continue }
            let type = attribute("t", in: tag)
            guard let cellEnd = find("</c>", in: bytes, from: tagEnd) else { break }
            if let v = find("<v>", in: bytes, from: tagEnd), v < cellEnd, let vEnd = find("</v>", in: bytes, from: v), vEnd <= cellEnd {
                let range = (v + 3)..<vEnd
                let shared = type == "s" ? Int(String(decoding: bytes[range], as: UTF8.self)) : nil
                cells.append(Cell(column: column, row: row, shared: shared, value: range))
            } else if let t = find("<t", in: bytes, from: tagEnd), t < cellEnd, let gt = find(">", in: bytes, from: t),
                let tEnd = find("</t>", in: bytes, from: gt), tEnd <= cellEnd
            {
                cells.append(Cell(column: column, row: row, shared: nil, value: (gt + 1)..<tEnd))
            }
            index = cellEnd + 4
        }
        return cells
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            ByteSearch.firstIndex(of: pattern.map(ByteSearch.lower), in: buffer, range: start..<buffer.count)
        }
    }
}
