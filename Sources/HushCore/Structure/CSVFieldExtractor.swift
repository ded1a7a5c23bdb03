/// Reads CSV and TSV (RFC 4180 quoting, embedded newlines and delimiters, CRLF) and names each cell after its header.
///
/// The delimiter is the one among `,`, tab and `;` that the first line uses most. A quote left open at the end is a
/// problem worth a diagnostic, but the cells before it keep their names.
struct CSVFieldExtractor {
    struct Result {
        var map: FieldMap
        var problem: String?
    }

    static func extract(_ text: UnsafeBufferPointer<UInt8>) -> Result {
        let delimiter = detectDelimiter(text)
        var rows: [[Range<Int>]] = []
        var row: [Range<Int>] = []
        var index = 0
        let count = text.count
        var cellStart = 0
        var problem: String?
        var line = 1
        while index <= count {
            if index < count, text[index] == UInt8(ascii: "\""), index == cellStart {
                let open = index
                let openLine = line
                index += 1
                var closed = false
                while index < count {
                    if text[index] == UInt8(ascii: "\"") {
                        if index + 1 < count, text[index + 1] == UInt8(ascii: "\"") {
                            index += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if text[index] == 0x0A { line += 1 }
                    index += 1
                }
                guard closed else {
                    problem = "unbalanced quote in the cell opened on line \(openLine)"
                    break
                }
                row.append((open + 1)..<index)
                index += 1
                while index < count, text[index] != delimiter, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            } else {
                while index < count, text[index] != delimiter, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
                row.append(cellStart..<index)
            }
            if index >= count {
                rows.append(row)
                break
            }
            if text[index] == delimiter {
                index += 1
                cellStart = index
                continue
            }
            rows.append(row)
            row = []
            if text[index] == 0x0D, index + 1 < count, text[index + 1] == 0x0A { index += 1 }
            line += 1
            index += 1
            cellStart = index
            if index == count { break }
        }
        guard let header = rows.first, rows.count > 1 else { return Result(map: .empty, problem: problem) }
        let names = header.map { String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self) }
        var spans: [FieldSpan] = []
        var records = 0
        let nameColumns = Set(names.indices.filter { isNameHeader(names[$0]) })
        let phoneColumns = Set(names.indices.filter { isPhoneHeader(names[$0]) })
        for row in rows.dropFirst() {
            for (column, cell) in row.enumerated() where column < names.count && !cell.isEmpty {
                spans.append(FieldSpan(range: cell, name: names[column]))
            }
            if row.indices.contains(where: { nameColumns.contains($0) && !row[$0].isEmpty }),
                row.indices.contains(where: { phoneColumns.contains($0) && !row[$0].isEmpty })
            {
                records += 1
            }
        }
        var map = FieldMap(spans: spans, kind: "csv")
        map.contactRecords = records
        return Result(map: map, problem: problem)
    }

    static func isNameHeader(_ name: String) -> Bool {
        let key = FieldName.normalize(name)
        return ["姓名", "联系人", "名字", "name", "fullname", "contact", "contactname", "fn"].contains(key)
    }

    static func isPhoneHeader(_ name: String) -> Bool {
        let key = FieldName.normalize(name)
        return ["手机", "电话", "手机号", "联系方式", "电话号码", "手机号码", "phone", "mobile", "tel", "telephone", "cell"]
            .contains(where: { key.contains($0) })
    }

    private static func detectDelimiter(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, 0x09: 0, UInt8(ascii: ";"): 0]
        for byte in text.prefix(4096) {
            if byte == 0x0A { break }
            if counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? UInt8(ascii: ",")
    }
}
