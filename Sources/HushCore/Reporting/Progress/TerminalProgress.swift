/// Shows a scan's progress on a `StatusLine`: files done, throughput, and the path handled last, as
/// `hush: 1,204 files  48.2 MB/s  src/exports/contacts.csv`. No total: an archive's members are only counted as
/// they are opened, so a total known in advance would be wrong.
///
/// Nothing is drawn during the first `delay` (a scan that finishes quickly never flickers), then at most once per
/// `interval`, so the per-file cost is one clock reading. The caller decides whether to show progress at all: only
/// when stderr is a terminal, never into stdout.
public final class TerminalProgress: ProgressObserver {
    private let line: StatusLine
    private let delay: Duration
    private let interval: Duration
    private var lastDraw: Duration?

    public init(line: StatusLine, delay: Duration = .milliseconds(300), interval: Duration = .milliseconds(100)) {
        self.line = line
        self.delay = delay
        self.interval = interval
    }

    public func advanced(_ progress: ScanProgress) {
        guard progress.elapsed >= delay else { return }
        if let lastDraw, progress.elapsed - lastDraw < interval { return }
        lastDraw = progress.elapsed
        line.show(Self.text(progress))
    }

    public func finish() {
        line.clear()
    }

    static func text(_ progress: ScanProgress) -> String {
        let seconds = Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(progress.bytes) / 1_000_000 / seconds : 0
        return "hush: \(grouped(progress.done)) files  \(String(format1: rate)) MB/s  \(progress.path)"
    }

    /// `12345` as `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
