/// Turns byte offsets into 1-based lines and columns, in one forward pass over sorted offsets.
///
/// A line ends at LF, CRLF or CR. Columns count Unicode scalars of the UTF-8 line (a stray byte counts as one);
/// a leading BOM is not counted.
struct LineLocator {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var columnIndex = 0
    private var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The line and column of `offset`; offsets must be asked in non-decreasing order.
    mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
        let target = min(offset, bytes.count)
        while position < target {
            let byte = bytes[position]
            position += 1
            if byte == 0x0A || (byte == 0x0D && (position >= bytes.count || bytes[position] != 0x0A)) {
                line += 1
                lineStart = position
            }
        }
        if columnIndex < lineStart {
            columnIndex = lineStart
            column = 1
        }
        if columnIndex == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF, target >= 3 {
            columnIndex = 3
        }
        while columnIndex < target {
            if bytes[columnIndex] & 0xC0 != 0x80 { column += 1 }
            columnIndex += 1
        }
        return (line, column)
    }
}
