/// Writes what a redaction changes as a unified diff of the decoded text (`hush redact --dry-run`), streaming.
///
/// Built from the edits, not by diffing two texts: the redactor knows exactly which bytes change, so the diff costs a
/// pass over the lines and never a quadratic search, and a file of any size streams through in regions. Lines end at
/// LF (in UTF-16, the unit 0x000A); a CR stays part of its line, as GNU diff keeps it, so the diff applies with
/// `patch` to UTF-8 files. Lines are shown decoded to UTF-8 whatever the file's encoding. A hunk is cut after
/// `maxHunkLines` lines so that a file where every line changes still needs little memory; `patch` accepts hunks
/// without context.
///
/// The `-` lines show each replaced value masked (the finding's `masked`, as reports show it) unless `showValues`:
/// a diff is read in terminals, pasted into tickets and kept in CI logs, and a value there is as exposed as in a
/// report. A masked diff is for review and does not apply with `patch` (its `-` lines are not the file's). The mask
/// stands in for the span's bytes in the file's own encoding, with as many line breaks as the span held (a folded
/// vCard value spans two lines), so the lines, hunks and counts are those of the diff with values.
final class UnifiedDiffWriter {
    private struct Line {
        var bytes: [UInt8]
        var terminated: Bool
    }

    private let encoding: TextEncoding
    private let showValues: Bool
    /// Encodes masks into the file's encoding; made at the first masked edit (GB18030 and Big5 open an iconv handle).
    private var encoder: ReplacementEncoder?
    private let header: String
    private let context: Int
    private let maxHunkLines: Int
    private let emit: (String) -> Void
    private var wroteHeader = false

    /// The line being gathered, in the original and in the result; `changed` once an edit touched it.
    private var oldGroup: [UInt8] = []
    private var newGroup: [UInt8] = []
    private var changed = false

    private var before: [Line] = []
    private var hunk: [(mark: Character, line: Line)]?
    private var after: [Line] = []
    /// Changed lines not yet in the hunk: they go in as one block when the change ends.
    private var removed: [Line] = []
    private var added: [Line] = []
    private var hunkOldStart = 0
    private var hunkNewStart = 0
    /// 1-based numbers of the next line in the original and in the result.
    private var oldLine = 1
    private var newLine = 1
    /// Stream offset of the next byte fed, for UTF-16 parity.
    private var offset = 0

    init(
        encoding: TextEncoding, oldPath: String, newPath: String, showValues: Bool = false, context: Int = 3, maxHunkLines: Int = 4096,
        emit: @escaping (String) -> Void
    ) {
        self.encoding = encoding
        self.showValues = showValues
        header = "--- \(oldPath)\n+++ \(newPath)\n"
        self.context = context
        self.maxHunkLines = maxHunkLines
        self.emit = emit
    }

    /// Feeds the next region of the original and the edits in it (stream offsets).
    func feed(_ region: UnsafeBufferPointer<UInt8>, at start: Int, edits: [Redactor.Edit]) {
        var cursor = 0
        for edit in edits {
            let lower = edit.range.lowerBound - start
            let upper = edit.range.upperBound - start
            unchanged(UnsafeBufferPointer(rebasing: region[cursor..<lower]))
            let span = UnsafeBufferPointer(rebasing: region[lower..<upper])
            if showValues {
                oldGroup.append(contentsOf: span)
            } else {
                oldGroup.append(contentsOf: masked(edit.masked, standingFor: span, at: edit.range.lowerBound))
            }
            newGroup.append(contentsOf: edit.bytes)
            changed = true
            offset += upper - lower
            cursor = upper
        }
        unchanged(UnsafeBufferPointer(rebasing: region[cursor...]))
    }

    /// `mask` in the file's encoding, followed by the span's line breaks (LF or CR LF) so that the `-` side keeps its
    /// line count. A line break in the mask itself becomes a space for the same reason. A mask the encoding cannot
    /// hold (a Big5 file, a character kept from an escaped value) is shown as `********`, never as the value.
    private func masked(_ mask: String, standingFor span: UnsafeBufferPointer<UInt8>, at start: Int) -> [UInt8] {
        let wide = encoding == .utf16LE || encoding == .utf16BE
        let step = wide ? 2 : 1
        var breaks = ""
        var index = wide && start & 1 == 1 ? 1 : 0
        var previousWasReturn = false
        while index + step <= span.count {
            let unit = wide ? (encoding == .utf16LE ? span[index] : span[index + 1]) : span[index]
            let high = wide ? (encoding == .utf16LE ? span[index + 1] : span[index]) : 0
            if high == 0 && unit == 0x0A { breaks += previousWasReturn ? "\r\n" : "\n" }
            previousWasReturn = high == 0 && unit == 0x0D
            index += step
        }
        let oneLine = String(String.UnicodeScalarView(mask.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        if encoder == nil { encoder = ReplacementEncoder(encoding: encoding) }
        return encoder!.encode(oneLine + breaks) ?? encoder!.encode(RedactionSpec.fixedMask + breaks) ?? []
    }

    /// Ends the stream and writes the last hunk.
    func finish() {
        if !oldGroup.isEmpty || !newGroup.isEmpty { closeGroup() }
        closeHunk()
    }

    private func unchanged(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        var index = 0
        let wide = encoding == .utf16LE || encoding == .utf16BE
        let step = wide ? 2 : 1
        if wide && (offset + index) & 1 == 1 { index += 1 }
        while index + step <= bytes.count {
            let isFeed =
                wide
                ? (encoding == .utf16LE ? bytes[index] == 0x0A && bytes[index + 1] == 0 : bytes[index] == 0 && bytes[index + 1] == 0x0A)
                : bytes[index] == 0x0A
            index += step
            if isFeed {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                oldGroup.append(contentsOf: line)
                newGroup.append(contentsOf: line)
                closeGroup()
                lineStart = index
            }
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[lineStart...])
        oldGroup.append(contentsOf: rest)
        newGroup.append(contentsOf: rest)
        offset += bytes.count
    }

    private func closeGroup() {
        defer {
            oldGroup.removeAll(keepingCapacity: true)
            newGroup.removeAll(keepingCapacity: true)
            changed = false
        }
        guard changed else {
            record(unchanged: Line(bytes: oldGroup, terminated: endsWithFeed(oldGroup)))
            return
        }
        let olds = lines(oldGroup)
        let news = lines(newGroup)
        if hunk == nil {
            hunkOldStart = oldLine - before.count
            hunkNewStart = newLine - before.count
            hunk = before.map { (" ", $0) }
            before = []
        } else {
            hunk! += after.map { (" ", $0) }
            after = []
        }
        removed += olds
        added += news
        oldLine += olds.count
        newLine += news.count
        if hunk!.count + removed.count + added.count >= maxHunkLines { closeHunk() }
    }

    /// Moves the changed lines gathered so far into the hunk, all removals before all additions, as GNU diff shows a
    /// block of changed lines.
    private func flushChanges() {
        hunk? += removed.map { ("-", $0) } + added.map { ("+", $0) }
        removed = []
        added = []
    }

    private func record(unchanged line: Line) {
        oldLine += 1
        newLine += 1
        if hunk == nil {
            before.append(line)
            if before.count > context { before.removeFirst() }
            return
        }
        flushChanges()
        after.append(line)
        if after.count > 2 * context { closeHunk() }
    }

    private func closeHunk() {
        flushChanges()
        guard var lines = hunk else { return }
        lines += after.prefix(context).map { (" ", $0) }
        before = Array(after.dropFirst(context).suffix(context))
        after = []
        hunk = nil
        let oldCount = lines.count { $0.mark != "+" }
        let newCount = lines.count { $0.mark != "-" }
        if !wroteHeader {
            emit(header)
            wroteHeader = true
        }
        var text = "@@ -\(Self.range(hunkOldStart, oldCount)) +\(Self.range(hunkNewStart, newCount)) @@\n"
        for (mark, line) in lines {
            text.append(mark)
            text += decode(line.bytes)
            text += line.terminated ? "\n" : "\n\\ No newline at end of file\n"
        }
        emit(text)
    }

    /// GNU's form: `12` for one line, `12,3` for more, the line before for none.
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 1: "\(start)"
        case 0: "\(start - 1),0"
        default: "\(start),\(count)"
        }
    }

    private func endsWithFeed(_ bytes: [UInt8]) -> Bool {
        switch encoding {
        case .utf16LE: bytes.count >= 2 && bytes[bytes.count - 2] == 0x0A && bytes[bytes.count - 1] == 0
        case .utf16BE: bytes.count >= 2 && bytes[bytes.count - 2] == 0 && bytes[bytes.count - 1] == 0x0A
        default: bytes.last == 0x0A
        }
    }

    /// Splits a group into lines at line feeds.
    private func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        let wide = encoding == .utf16LE || encoding == .utf16BE
        let step = wide ? 2 : 1
        var start = 0
        var index = 0
        while index + step <= bytes.count {
            let unit = Array(bytes[index..<(index + step)])
            index += step
            if unit == (wide ? (encoding == .utf16LE ? [0x0A, 0] : [0, 0x0A]) : [0x0A]) {
                result.append(Line(bytes: Array(bytes[start..<index]), terminated: true))
                start = index
            }
        }
        if start < bytes.count { result.append(Line(bytes: Array(bytes[start...]), terminated: false)) }
        return result
    }

    /// The line as UTF-8 text, without its line feed.
    private func decode(_ bytes: [UInt8]) -> String {
        let feed = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1
        let body = endsWithFeed(bytes) ? Array(bytes.dropLast(feed)) : bytes
        guard encoding != .utf8 else { return String(decoding: body, as: UTF8.self) }
        guard let text = try? Transcoder.decode(body, from: encoding) else { return String(decoding: body, as: UTF8.self) }
        return String(decoding: text.utf8, as: UTF8.self)
    }
}
