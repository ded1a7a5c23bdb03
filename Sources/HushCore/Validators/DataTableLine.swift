/// One meaningful line of a reference table under `patterns/data/`: its 1-based number and its text without
/// surrounding blanks.
///
/// The tables share one lexical format, so it is read in one place: a line ends at LF, CRLF or CR (the files are
/// edited on every platform), blank lines and lines starting with `#` are comments, and fields are separated by runs
/// of spaces or tabs. A byte order mark at the start is skipped.
struct DataTableLine {
    let number: Int
    let text: Substring

    static func lines(of text: String) -> [DataTableLine] {
        var result: [DataTableLine] = []
        let text = text.first == "\u{FEFF}" ? text.dropFirst() : text[...]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = raw
            while line.first?.isTableBlank == true { line.removeFirst() }
            while line.last?.isTableBlank == true { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append(DataTableLine(number: index + 1, text: line))
        }
        return result
    }

    /// The fields of the line, split at runs of spaces and tabs.
    var fields: [Substring] {
        text.split(whereSeparator: \.isTableBlank)
    }
}

extension Character {
    fileprivate var isTableBlank: Bool { self == " " || self == "\t" }
}
