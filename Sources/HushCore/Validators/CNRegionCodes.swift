/// The administrative division codes (GB/T 2260) that may open a PRC resident ID number, read from
/// `patterns/data/cn-region-codes.txt`.
///
/// The file holds one `NNNNNN name` per line. People keep their number for life, so every code that was ever assigned
/// stays valid and the table ignores when a code was created or abolished. A code listed twice (a renamed division)
/// is not an error: the first name is kept.
package struct CNRegionCodes: Sendable {
    /// The rest of each code's line; names are only shown, never matched, so they are tidied when asked for rather
    /// than for all 3,000-odd codes at every start-up.
    private var names: [Int: Substring] = [:]

    package init(parsing text: String, file: String = "cn-region-codes.txt") throws(DataTableError) {
        for line in DataTableLine.lines(of: text) {
            // Bytes, not Characters: this runs for 6,900 lines at every start-up.
            let utf8 = line.text.utf8
            let codeEnd = utf8.firstIndex { $0 == 0x20 || $0 == 0x09 } ?? utf8.endIndex
            let codeBytes = utf8[..<codeEnd]
            guard codeBytes.count == 6, codeBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), codeBytes.first != 0x30 else {
                throw DataTableError(
                    file: file, line: line.number,
                    message: "expected a six-digit region code not starting with 0, found '\(Substring(codeBytes))'")
            }
            let code = codeBytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            let nameStart = utf8[codeEnd...].firstIndex { $0 != 0x20 && $0 != 0x09 } ?? utf8.endIndex
            guard nameStart < utf8.endIndex else {
                throw DataTableError(file: file, line: line.number, message: "region code \(code) has no name")
            }
            if names[code] == nil {
                names[code] = Substring(utf8[nameStart...])
            }
        }
    }

    /// How many distinct codes the table holds.
    package var count: Int { names.count }

    package func contains(_ code: Int) -> Bool { names[code] != nil }

    package func name(of code: Int) -> String? {
        names[code].map { DataTableLine(number: 0, text: $0).fields.joined(separator: " ") }
    }
}
