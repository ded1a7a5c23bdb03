/// The line and column reached in a stream of original bytes, advanced forward only, so a document scanned in
/// windows (`ChunkedScan`) reports the lines and columns a scan of the whole document would.
///
/// It counts what `LineLocator` counts, but in the document's own encoding, because the bytes before a window are
/// gone by the time the window is decoded: a line ends at LF, CRLF or CR; a column counts characters (one Unicode
/// scalar each in every encoding hush reads); a leading BOM is not counted. Advancing starts and stops on character
/// boundaries, which is where windows start.
struct StreamPosition {
    let encoding: TextEncoding
    /// Stream offset reached.
    private(set) var offset = 0
    /// 1-based line at `offset`.
    private(set) var line = 1
    /// 1-based column at `offset`.
    private(set) var column = 1
    /// Whether the character before `offset` was a CR, so an LF right after it does not start another line.
    private(set) var afterCR = false
    /// Bytes still owed to a multi-byte character cut by the end of an `advance`.
    private var pending = 0

    init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    /// Moves to stream offset `offset + bytes.count`; `bytes` are the stream's bytes from `offset` on.
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        if offset == 0 { index = bomLength(bytes) }
        index += min(pending, count - index)
        pending = 0
        switch encoding {
        case .utf16LE, .utf16BE:
            while index + 1 < count {
                let unit = encoding == .utf16LE
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                index += 2
                if unit & 0xFC00 == 0xDC00 { continue }  // the second half of a pair: its character counted already
                step(unit == 0x0A ? .lineFeed : unit == 0x0D ? .carriageReturn : .other)
            }
            pending = index - count
        default:
            while index < count {
                let byte = bytes[index]
                let length = characterLength(at: index, in: bytes)
                index += length
                step(byte == 0x0A ? .lineFeed : byte == 0x0D ? .carriageReturn : .other)
            }
            pending = index - count
        }
        offset += count
    }

    private enum Character { case lineFeed, carriageReturn, other }

    private mutating func step(_ character: Character) {
        switch character {
        case .lineFeed:
            if !afterCR { line += 1 }
            column = 1
            afterCR = false
        case .carriageReturn:
            line += 1
            column = 1
            afterCR = true
        case .other:
            column += 1
            afterCR = false
        }
    }

    /// Bytes of the character starting at `index`, as the encoding's lead byte says (a stray byte is one character,
    /// as in `LineLocator`).
    private func characterLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[index]
        guard byte >= 0x80 else { return 1 }
        switch encoding {
        case .utf8:
            return byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        case .gb18030:
            guard byte != 0x80, byte != 0xFF else { return 1 }
            if index + 1 < bytes.count, (0x30...0x39).contains(bytes[index + 1]) { return 4 }
            return 2
        case .big5:
            return byte == 0x80 || byte == 0xFF ? 1 : 2
        case .utf16LE, .utf16BE:
            return 2
        }
    }

    private func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch encoding {
        case .utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE: bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE: bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .gb18030: bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) ? 4 : 0  // U+FEFF, which decodes to a UTF-8 BOM
        case .big5: 0
        }
    }

    /// A finding's place in the stream, from its place in a window that starts here (`line`/`column` 1-based in the
    /// window, as the scanner reports them).
    func place(line windowLine: Int, column windowColumn: Int, windowStartsWithLF: Bool) -> (line: Int, column: Int) {
        if windowLine == 1 { return (line, column + windowColumn - 1) }
        // The window counted an LF right after our CR as a line of its own.
        return (line + windowLine - 1 - (afterCR && windowStartsWithLF ? 1 : 0), windowColumn)
    }
}
