import HushCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One-line diagnostics on stderr, never mixed into the report on stdout.
enum StandardError {
    /// Writes `hush: message` as one line. A diagnostic names paths and archive members, which may hold a line break
    /// or a terminal escape (`line\nbreak.txt`, `\e[2J…`): those are shown escaped (`\n`, `\x1B`), so a file name can
    /// neither forge a second diagnostic nor drive the terminal.
    static func diagnostic(_ message: String) {
        write("hush: " + TextReporter.oneLine(message))
    }

    static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
