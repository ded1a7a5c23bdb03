/// Reads the output of `git diff --raw -p -U0 -z --full-index` (and the same per commit from `git log`) into
/// `ChangedFile`s.
///
/// The raw part names each file exactly (NUL-terminated, never quoted) with its old and new blob ids; the patch part
/// says which lines were added. They are joined by blob ids, from the `index OLD..NEW` line that `--full-index` prints
/// in full, never by parsing quoted names out of patch headers and never by position (a file that changes type gets two
/// patches). A file whose content changed but whose patch is missing or binary counts whole, so a parse that goes wrong
/// reports too much rather than letting data through.
enum GitDiffParser {
    /// Parses one diff: raw entries, a NUL, then the patch.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [ChangedFile] {
        var index = bytes.startIndex
        var files: [ChangedFile] = []
        func field() -> ArraySlice<UInt8>? {
            guard index < bytes.endIndex, let end = bytes[index...].firstIndex(of: 0) else { return nil }
            defer { index = end + 1 }
            return bytes[index..<end]
        }
        while index < bytes.endIndex, bytes[index] == 0 || bytes[index] == UInt8(ascii: "\n") { index += 1 }
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") {
            guard let meta = field() else { break }
            let parts = String(decoding: meta.dropFirst(), as: UTF8.self).split(separator: " ").map(String.init)
            guard parts.count == 5, let code = parts[4].first else { break }
            guard var path = field() else { break }
            if code == "R" || code == "C" { path = field() ?? path }
            let status: ChangedFile.Status
            switch code {
            case "A": status = .added
            case "C": status = .copied
            case "M": status = .modified
            case "R": status = .renamed
            case "T": status = .typeChanged
            case "U": status = .unmerged
            default: continue
            }
            files.append(
                ChangedFile(
                    status: status, path: Array(path), oldMode: parts[0], newMode: parts[1], oldBlob: parts[2],
                    newBlob: parts[3], added: nil))
        }
        let patches = patchesByBlobs(bytes[index...])
        for position in files.indices where files[position].status == .modified || files[position].status == .renamed {
            let file = files[position]
            if file.oldBlob == file.newBlob {
                files[position].added = AddedLines(ranges: [])
            } else if case let .text(lines)? = patches[file.oldBlob + ".." + file.newBlob] {
                files[position].added = lines
            }
        }
        return files
    }

    private enum Patch {
        case text(AddedLines)
        case binary
    }

    /// Each patch's added lines, keyed by `OLD..NEW` from its `index` line. Patch lines are told apart by their first
    /// byte: content lines start with a space, `+`, `-` or `\`, so a `diff --git`, `index` or `@@` line is never content.
    private static func patchesByBlobs(_ bytes: ArraySlice<UInt8>) -> [String: Patch] {
        var patches: [String: Patch] = [:]
        var key: String?
        var ranges: [Range<Int>] = []
        var binary = false
        func finish() {
            if let key { patches[key] = binary ? .binary : .text(AddedLines(ranges: ranges)) }
            key = nil
            ranges = []
            binary = false
        }
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let first = line.first else { continue }
            switch first {
            case UInt8(ascii: "d") where line.starts(with: Array("diff --git ".utf8)):
                finish()
            case UInt8(ascii: "i") where line.starts(with: Array("index ".utf8)):
                let text = String(decoding: line.dropFirst(6), as: UTF8.self)
                key = text.split(separator: " ").first.map(String.init)
            case UInt8(ascii: "B") where line.starts(with: Array("Binary files ".utf8)):
                binary = true
            case UInt8(ascii: "@") where line.starts(with: Array("@@ ".utf8)):
                if let range = addedRange(String(decoding: line, as: UTF8.self)) { ranges.append(range) }
            default:
                continue
            }
        }
        finish()
        return patches
    }

    /// The new-side lines of a hunk header `@@ -a,b +c,d @@`; `d` defaults to 1.
    static func addedRange(_ header: String) -> Range<Int>? {
        guard let plus = header.split(separator: " ").dropFirst(2).first, plus.hasPrefix("+") else { return nil }
        let numbers = plus.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
        guard let start = Int(numbers[0]) else { return nil }
        let count = numbers.count > 1 ? Int(numbers[1]) ?? 1 : 1
        return start..<(start + count)
    }
}
