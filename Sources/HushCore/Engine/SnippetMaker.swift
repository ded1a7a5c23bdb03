/// Cuts a short, masked snippet of a finding's line out of the decoded text.
///
/// It works on the decoded UTF-8 text (whatever the file's encoding), before full-width forms are folded, so Chinese
/// punctuation around a value reads as it does in the file. It keeps at most `reach` Unicode scalars on each side and
/// never crosses a line break, so the cost per finding is bounded even on a 50 MB line.
///
/// Every other candidate in the window is masked, reported or not: a low-confidence number, or a type left out by
/// `--types`, must not leak through its neighbour's snippet. A candidate cut by the window's edge is dropped from the
/// snippet rather than shown in part. Passwords and secrets become `********` (their length is itself a clue); other
/// values keep their separators and lose every letter and digit.
struct SnippetMaker {
    static let reach = 40

    private let text: [UInt8]
    /// Candidate values, sorted by start and disjoint (as `OverlapResolver` leaves them).
    private let hidden: [(range: Range<Int>, type: FindingType)]

    init(text: [UInt8], hidden: [(range: Range<Int>, type: FindingType)]) {
        self.text = text
        self.hidden = hidden.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The snippet around `value`, a range of view bytes.
    func snippet(for value: Range<Int>) -> Snippet {
        var from = value.lowerBound
        var steps = 0
        while from > 0, text[from - 1] != 0x0A, text[from - 1] != 0x0D, steps < Self.reach {
            from -= 1
            while from > 0, text[from] & 0xC0 == 0x80 { from -= 1 }
            steps += 1
        }
        var cutBefore = from > 0 && text[from - 1] != 0x0A && text[from - 1] != 0x0D
        if let inside = hiddenIndex(containing: from), hidden[inside].range.lowerBound < from {
            from = min(hidden[inside].range.upperBound, value.lowerBound)
            cutBefore = true
        }
        var to = value.upperBound
        steps = 0
        while to < text.count, text[to] != 0x0A, text[to] != 0x0D, steps < Self.reach {
            to += 1
            while to < text.count, text[to] & 0xC0 == 0x80 { to += 1 }
            steps += 1
        }
        var cutAfter = to < text.count && text[to] != 0x0A && text[to] != 0x0D
        if to > value.upperBound, let inside = hiddenIndex(containing: to - 1), hidden[inside].range.upperBound > to {
            to = max(hidden[inside].range.lowerBound, value.upperBound)
            cutAfter = true
        }
        let before = render(from..<value.lowerBound)
        let after = render(value.upperBound..<to)
        return Snippet(before: (cutBefore ? "…" : "") + before, after: after + (cutAfter ? "…" : ""))
    }

    /// The index of the hidden span that contains byte `offset`, if any.
    private func hiddenIndex(containing offset: Int) -> Int? {
        let index = firstHidden(endingAfter: offset)
        guard index < hidden.count, hidden[index].range.contains(offset) else { return nil }
        return index
    }

    /// The first hidden span whose end is after `offset` (binary search; spans are disjoint and sorted).
    private func firstHidden(endingAfter offset: Int) -> Int {
        var low = 0
        var high = hidden.count
        while low < high {
            let mid = (low + high) / 2
            if hidden[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The text of `range` with hidden spans masked and characters that would disturb a report made harmless.
    private func render(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var out = ""
        var position = range.lowerBound
        var index = firstHidden(endingAfter: position)
        while position < range.upperBound {
            if index < hidden.count, hidden[index].range.lowerBound < range.upperBound {
                let span = hidden[index].range
                if span.lowerBound > position { Self.appendClean(text[position..<span.lowerBound], to: &out) }
                let clipped = max(span.lowerBound, position)..<min(span.upperBound, range.upperBound)
                out += Self.mask(text[clipped], type: hidden[index].type)
                position = clipped.upperBound
                index += 1
            } else {
                Self.appendClean(text[position..<range.upperBound], to: &out)
                position = range.upperBound
            }
        }
        return out
    }

    private static func mask(_ bytes: ArraySlice<UInt8>, type: FindingType) -> String {
        if type == .password || type == .secret { return "********" }
        // Numbers and e-mail addresses are ASCII: mask them byte by byte without Unicode property look-ups.
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: bytes.map { isASCIIAlphanumeric($0) ? UInt8(ascii: "*") : $0 }, as: UTF8.self)
        }
        var out = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out += "*"
            } else {
                out.unicodeScalars.append(clean(scalar))
            }
        }
        return out
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    private static func appendClean(_ bytes: ArraySlice<UInt8>, to out: inout String) {
        // Nearly always nothing needs cleaning (no control bytes, no C1 or bidirectional controls, whose UTF-8 starts
        // with C2 or E2): append the text whole.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            out += String(decoding: bytes, as: UTF8.self)
            return
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars { out.unicodeScalars.append(clean(scalar)) }
    }

    /// Control characters become a space; bidirectional overrides and isolates, which could make a report read
    /// differently from what the file holds, become U+FFFD.
    private static func clean(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: " "
        case 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: scalar
        }
    }
}
