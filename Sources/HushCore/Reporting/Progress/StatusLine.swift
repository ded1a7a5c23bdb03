#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line at the bottom of a terminal that is redrawn in place (`\r`, erase to end of line) and can be cleared.
///
/// When the report streams to the same terminal, the line must be out of the way before any other text arrives, or
/// the two would run together; so `OutputSink` clears it before it writes (`OutputSink.statusLine`), and so does the
/// CLI before a diagnostic. Text longer than the terminal is cut in the middle (a wrapped line cannot be redrawn
/// with `\r`), counting East Asian wide characters as two columns.
public final class StatusLine {
    private let descriptor: Int32
    private var showing = false

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Replaces the line with `text`.
    public func show(_ text: String) {
        let fitted = Self.fit(text, columns: max(20, columns() - 1))
        write("\r\u{1B}[K" + fitted)
        showing = true
    }

    /// Erases the line, if it shows anything.
    public func clear() {
        guard showing else { return }
        write("\r\u{1B}[K")
        showing = false
    }

    private func columns() -> Int {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// `text` cut to `columns` display columns, keeping its start and its end (the file name) around a `…`.
    static func fit(_ text: String, columns: Int) -> String {
        let scalars = Array(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? "?" : scalar
        })
        let widths = scalars.map(width)
        guard widths.reduce(0, +) > columns else { return String(String.UnicodeScalarView(scalars)) }
        let budget = columns - 1
        var head = 0
        var headWidth = 0
        while head < scalars.count, headWidth + widths[head] <= budget / 2 {
            headWidth += widths[head]
            head += 1
        }
        var tail = scalars.count
        var tailWidth = 0
        while tail > head, headWidth + tailWidth + widths[tail - 1] <= budget {
            tailWidth += widths[tail - 1]
            tail -= 1
        }
        return String(String.UnicodeScalarView(scalars[..<head])) + "…" + String(String.UnicodeScalarView(scalars[tail...]))
    }

    /// Display columns of a scalar: 2 for East Asian wide and full-width ranges, 0 for combining marks, else 1.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            2
        default: 1
        }
    }
}
