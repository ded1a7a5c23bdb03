/// One meaningful line of a reference table under `patterns/data/`: its 1-based number and its text without
/// surrounding blanks.
///
/// The tables share one lexical format, so it is read in one place: a line ends at LF, CRLF or CR (the files are
/// edited on every platform), blank lines and lines starting with `#` are comments, and fields are separated by runs
/// of spaces or tabs. A byte order mark at the start is skipped.
struct DataTableLine {
    let number: Int
    let text: Substring

    /// Splits on UTF-8 bytes rather than `Character`s: the tables are read at every start-up, and grapheme breaking
    /// made reading the region-code table a quarter of hush's start-up time. Line ends and blanks are ASCII, so no
    /// cut falls inside a character.
    static func lines(of text: String) -> [DataTableLine] {
        var result: [DataTableLine] = []
        let utf8 = text.utf8
        var index = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? utf8.index(utf8.startIndex, offsetBy: 3) : utf8.startIndex
        var number = 1
        while index < utf8.endIndex {
            var end = index
            while end < utf8.endIndex, utf8[end] != 0x0A, utf8[end] != 0x0D { end = utf8.index(after: end) }
            var lower = index
            var upper = end
            while lower < upper, utf8[lower].isTableBlank { lower = utf8.index(after: lower) }
            while lower < upper, utf8[utf8.index(before: upper)].isTableBlank { upper = utf8.index(before: upper) }
            if lower < upper, utf8[lower] != UInt8(ascii: "#") {
                result.append(DataTableLine(number: number, text: Substring(utf8[lower..<upper])))
            }
            guard end < utf8.endIndex else { break }
            // CRLF is one line end.
            let next = utf8.index(after: end)
            index = utf8[end] == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
            number += 1
        }
        return result
    }

    /// The fields of the line, split at runs of spaces and tabs.
    var fields: [Substring] {
        text.utf8.split(whereSeparator: \.isTableBlank).map { Substring($0) }
    }
}

extension UInt8 {
    fileprivate var isTableBlank: Bool { self == 0x20 || self == 0x09 }
}
