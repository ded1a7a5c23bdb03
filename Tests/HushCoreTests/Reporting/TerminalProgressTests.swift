#if canImport(Glibc)
    import Glibc
#endif
@testable import HushCore
import Testing

/// Runs `body` with a `StatusLine` writing into a pipe, and returns what was written.
private func captured(_ body: (StatusLine) -> Void) -> String {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    body(StatusLine(descriptor: fds[1]))
    close(fds[1])
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(fds[0], &buffer, buffer.count)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    close(fds[0])
    return String(decoding: bytes, as: UTF8.self)
}

private func progress(_ done: Int, at milliseconds: Int) -> ScanProgress {
    ScanProgress(done: done, bytes: done * 2_000_000, elapsed: .milliseconds(milliseconds), path: "dir/file-\(done).txt")
}

@Test func progressWaitsThenRedrawsAtMostOncePerIntervalAndClearsAtTheEnd() {
    let written = captured { line in
        let observer = TerminalProgress(line: line, delay: .milliseconds(300), interval: .milliseconds(100))
        observer.advanced(progress(1, at: 100))
        observer.advanced(progress(2, at: 350))
        observer.advanced(progress(3, at: 400))
        observer.advanced(progress(4, at: 460))
        observer.finish()
    }
    #expect(written == "\r\u{1B}[Khush: 2 files  11.4 MB/s  dir/file-2.txt\r\u{1B}[Khush: 4 files  17.4 MB/s  dir/file-4.txt\r\u{1B}[K")
}

@Test func aQuickScanDrawsNothing() {
    let written = captured { line in
        let observer = TerminalProgress(line: line)
        observer.advanced(progress(1, at: 5))
        observer.finish()
    }
    #expect(written.isEmpty)
}

@Test func largeCountsAreGrouped() {
    #expect(TerminalProgress.grouped(1_234_567) == "1,234,567")
    #expect(TerminalProgress.grouped(999) == "999")
}
