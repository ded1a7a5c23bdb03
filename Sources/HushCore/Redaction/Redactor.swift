/// Turns findings into byte edits of the original: the redactor of DESIGN §6.
///
/// Pure: original bytes and findings in, new bytes out, or an error and nothing. Replacements come from the findings
/// themselves (`Finding.replacement`, computed by `Replacement` under the run's `RedactionPolicy`), so what a scan
/// report recommends is exactly what is written. Each span is the whole value and is replaced whole; every byte
/// between spans is copied as it was, so encoding, BOM, line endings and the final newline survive untouched.
///
/// Structure survives too. A replacement may not add a quote, delimiter, backslash or line break that the value did
/// not hold (the built-in strategies never do; a user's rule could), so CSV quoting and JSON strings around a value stay
/// as they were. A value the file writes escaped (JSON `\u0031`, XML `&#49;`, vCard quoted-printable) gets its
/// replacement escaped the same way. In JSON a bare value (`"mobile": 13812345678`) is a number token, where
/// `138****5678` would not parse: its replacement is written as a string, `"138****5678"`. In markup a span that
/// reaches into a tag is refused. A span whose replacement encodes to the bytes already there (a placeholder) is left
/// alone and is not an edit.
///
/// A large file is redacted region by region, in order, through one `Redactor`: it carries the JSON string state from
/// one region to the next.
public struct Redactor {
    /// One replaced span: the original byte range, the bytes written in its place, and the finding's masked form,
    /// which a dry run's diff shows in place of the original so that the diff does not print the value.
    public struct Edit: Sendable, Equatable {
        public var range: Range<Int>
        public var bytes: [UInt8]
        public var masked: String
    }

    public struct Output: Sendable {
        public var bytes: [UInt8]
        public var edits: [Edit]
    }

    public let encoding: TextEncoding
    private let encoder: ReplacementEncoder
    private var json: JSONStringTracker?
    private let markupAware: Bool

    /// Characters whose appearance in a replacement could change a file's structure around the value.
    private static let structural: Set<Unicode.Scalar> = ["\"", "'", "`", ",", ";", "|", "\t", "\r", "\n", "\\", "<", ">", "&"]

    /// `jsonAware` quotes replacements of bare JSON tokens; it applies to UTF-8 documents only, as JSON is UTF-8.
    /// `markupAware` refuses a span that reaches into a tag, which a mask would break (`</*:*>`).
    public init(encoding: TextEncoding, jsonAware: Bool = false, markupAware: Bool = false) {
        self.encoding = encoding
        encoder = ReplacementEncoder(encoding: encoding)
        json = jsonAware && encoding == .utf8 ? JSONStringTracker() : nil
        self.markupAware = markupAware
    }

    /// Redacts a whole document.
    public mutating func redact(_ original: [UInt8], findings: [Finding]) throws(RedactionError) -> Output {
        let result: Result<Output, RedactionError> = original.withUnsafeBufferPointer { buffer in
            do throws(RedactionError) {
                return .success(try redact(region: buffer, at: 0, findings: findings, next: nil))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Redacts `region`, the original bytes from offset `start` on; findings carry offsets into the whole document and
    /// must lie in the region, sorted by start. `next` is the byte after the region, when there is one.
    public mutating func redact(
        region: UnsafeBufferPointer<UInt8>, at start: Int, findings: [Finding], next: UInt8?
    ) throws(RedactionError) -> Output {
        var output: [UInt8] = []
        output.reserveCapacity(region.count + 64)
        var edits: [Edit] = []
        var cursor = 0
        for finding in findings where finding.part == .content {
            let lower = finding.start - start
            let upper = finding.end - start
            guard lower >= 0, upper <= region.count, lower < upper else { throw .spanOutOfRange(offset: finding.start) }
            guard lower >= cursor else { throw .overlappingFindings(offset: finding.start) }
            let span = UnsafeBufferPointer(rebasing: region[lower..<upper])
            let text = try replacementText(for: finding, span: span)
            guard var bytes = encoder.encode(text) else {
                throw .unencodable(offset: finding.start, encoding: encoding)
            }
            if bytes.elementsEqual(span) { continue }
            if json != nil {
                json!.feed(UnsafeBufferPointer(rebasing: region[cursor..<lower]))
                let before = lower > 0 ? region[lower - 1] : json!.previous
                let after = upper < region.count ? region[upper] : next ?? 0x20
                if !json!.inString, JSONStringTracker.isDelimiter(before), JSONStringTracker.isDelimiter(after),
                    !JSONStringTracker.isNumber(bytes)
                {
                    bytes = [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
                }
                json!.feed(UnsafeBufferPointer(rebasing: region[lower..<upper]))
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: region[cursor..<lower]))
            output.append(contentsOf: bytes)
            edits.append(Edit(range: finding.start..<finding.end, bytes: bytes, masked: finding.masked))
            cursor = upper
        }
        json?.feed(UnsafeBufferPointer(rebasing: region[cursor...]))
        output.append(contentsOf: UnsafeBufferPointer(rebasing: region[cursor...]))
        return Output(bytes: output, edits: edits)
    }

    /// The text to write over `span`: the finding's replacement, escaped as the span escapes its value (see
    /// `EscapedReplacement`), and checked not to add structure.
    private func replacementText(for finding: Finding, span: UnsafeBufferPointer<UInt8>) throws(RedactionError) -> String {
        let asWritten: Bool
        if let valueBytes = encoder.encode(finding.value), valueBytes.elementsEqual(span) {
            asWritten = true
        } else {
            asWritten = false
        }
        let original = asWritten ? finding.value : decode(span)
        if markupAware, let tag = original.unicodeScalars.first(where: { $0 == "<" || $0 == ">" }) {
            throw .unsafeReplacement(offset: finding.start, rule: finding.rule, character: Character(tag))
        }
        guard asWritten || original == finding.value else {
            guard let escaped = EscapedReplacement.make(finding.replacement, original: original, value: finding.value) else {
                throw .unescapable(offset: finding.start)
            }
            return escaped
        }
        if let added = Self.introducedStructure(finding.replacement, value: finding.value) {
            throw .unsafeReplacement(offset: finding.start, rule: finding.rule, character: added)
        }
        return finding.replacement
    }

    private func decode(_ span: UnsafeBufferPointer<UInt8>) -> String {
        if encoding == .utf8 { return String(decoding: span, as: UTF8.self) }
        guard let text = try? Transcoder.decode(Array(span), from: encoding) else { return "" }
        return String(decoding: text.utf8, as: UTF8.self)
    }

    /// The first structural character `replacement` has more often than `value`, if any.
    static func introducedStructure(_ replacement: String, value: String) -> Character? {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in replacement.unicodeScalars where structural.contains(scalar) { counts[scalar, default: 0] += 1 }
        guard !counts.isEmpty else { return nil }
        for scalar in value.unicodeScalars where counts[scalar] != nil { counts[scalar]! -= 1 }
        return counts.first { $0.value > 0 }.map { Character($0.key) }
    }
}
