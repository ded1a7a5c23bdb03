/// The default report for people: findings grouped by file as they are found, one line each,
/// `path:line:column  type  confidence  masked → replacement`, then a one-line summary.
///
/// Colour is for terminals only; the caller decides (`NO_COLOR`, `--no-color`, not a terminal). On a terminal each
/// file's findings are flushed as soon as they arrive, so a person sees them while a long scan goes on.
public final class TextReporter: Reporter {
    private let sink: OutputSink
    private let showValues: Bool
    private let color: Bool
    private var wroteGroup = false
    private let quiet: Bool

    public init(sink: OutputSink, showValues: Bool, color: Bool, quiet: Bool = false) {
        self.sink = sink
        self.showValues = showValues
        self.color = color
        self.quiet = quiet
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func record(path: String, findings: [Finding]) {
        guard !quiet, !findings.isEmpty else { return }
        if wroteGroup { sink.write("\n") }
        wroteGroup = true
        for finding in findings {
            let place = finding.part == .name ? "\(Self.oneLine(path)) (file name)" : "\(Self.oneLine(path)):\(finding.line):\(finding.column)"
            let level = finding.confidence
            let levelText = paint(level.description, level == .high ? "1;31" : level == .medium ? "33" : "2")
            let shown = Self.oneLine(showValues ? finding.value : finding.masked)
            sink.write("\(paint(place, "35"))  \(paint(finding.type.rawValue, "36"))  \(levelText)  \(shown) → \(Self.oneLine(finding.replacement))  [\(finding.rule)]\n")
        }
        if sink.isTerminal { sink.flush() }
    }

    public func skipped(_ file: SkippedFile) {}

    public func finish(_ summary: ScanSummary) {
        if wroteGroup { sink.write("\n") }
        sink.write(Self.summaryLine(summary) + "\n")
        sink.flush()
    }

    static func summaryLine(_ summary: ScanSummary) -> String {
        var parts: [String] = []
        if summary.findings == 0 {
            parts.append("no findings")
        } else {
            let types = summary.byType.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            parts.append("\(summary.findings) finding\(summary.findings == 1 ? "" : "s") (\(types))")
            parts.append("\(summary.distinctValues) distinct value\(summary.distinctValues == 1 ? "" : "s")")
        }
        parts.append("\(summary.files) file\(summary.files == 1 ? "" : "s") scanned (\(byteCount(summary.bytes)))")
        if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
        if !summary.addressBooks.isEmpty {
            let records = summary.addressBooks.reduce(0) { $0 + $1.records }
            let books = summary.addressBooks.count
            parts.append("\(books) address book\(books == 1 ? "" : "s") (\(records) contacts)")
        }
        parts.append("\(summary.elapsedMilliseconds) ms")
        return "hush: " + parts.joined(separator: ", ")
    }

    /// A value on one line: a vCard address folded over two lines, or a value with a tab, must not break the
    /// report's one-finding-per-line layout (nor smuggle terminal control characters). The CLI applies it to its
    /// diagnostics too, which name paths and archive members that may hold any byte.
    package static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func byteCount(_ bytes: Int) -> String {
        switch bytes {
        case ..<1024: "\(bytes) B"
        case ..<(1024 * 1024): String(format1: Double(bytes) / 1024) + " KiB"
        case ..<(1024 * 1024 * 1024): String(format1: Double(bytes) / 1048576) + " MiB"
        default: String(format1: Double(bytes) / 1073741824) + " GiB"
        }
    }
}

extension String {
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
