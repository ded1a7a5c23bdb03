/// The administrative division codes (GB/T 2260) that may open a PRC resident ID number, read from
/// `patterns/data/cn-region-codes.txt`.
///
/// The file holds one `NNNNNN name` per line. People keep their number for life, so every code that was ever assigned
/// stays valid and the table ignores when a code was created or abolished. A code listed twice (a renamed division)
/// is not an error: the first name is kept.
package struct CNRegionCodes: Sendable {
    private var names: [Int: String] = [:]

    package init(parsing text: String, file: String = "cn-region-codes.txt") throws(DataTableError) {
        for line in DataTableLine.lines(of: text) {
            let fields = line.fields
            let codeText = fields[0]
            guard codeText.utf8.count == 6, codeText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  codeText.utf8.first != 0x30, let code = Int(codeText)
            else {
                throw DataTableError(
                    file: file, line: line.number,
                    message: "expected a six-digit region code not starting with 0, found '\(codeText)'")
            }
            guard fields.count > 1 else {
                throw DataTableError(file: file, line: line.number, message: "region code \(code) has no name")
            }
            if names[code] == nil {
                names[code] = fields.dropFirst().joined(separator: " ")
            }
        }
    }

    /// How many distinct codes the table holds.
    package var count: Int { names.count }

    package func contains(_ code: Int) -> Bool { names[code] != nil }

    package func name(of code: Int) -> String? { names[code] }
}
