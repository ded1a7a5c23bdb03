/// Turns a document's bytes into text to scan, or says why it cannot.
public enum DocumentDecoder {
    public enum Outcome: Sendable {
        case text(DecodedText)
        /// Not scanned: the reason is what users read (`binary file`, `not gb18030 text: …`).
        case skipped(reason: String)
    }

    /// Decodes `bytes`, detecting the encoding unless `forced`.
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) -> Outcome {
        let encoding: TextEncoding
        var bomLength = 0
        var utf8Verdict: UTF8Validator.Verdict?
        if let forced {
            encoding = forced
            bomLength = bomLengthIfPresent(bytes, for: forced)
        } else {
            let detected = EncodingDetector.detectKeepingUTF8Verdict(bytes)
            utf8Verdict = detected.utf8
            switch detected.verdict {
            case .binary: return .skipped(reason: "binary file")
            case let .text(found, bom):
                encoding = found
                bomLength = bom
            }
        }
        if encoding == .utf8 { return .text(DecodedText(utf8: bytes, verdict: utf8Verdict)) }
        do {
            let text = try Transcoder.decode(bytes, from: encoding, skipping: bomLength)
            let units = max((bytes.count - bomLength) / max(encoding.invalidUnitLength, 1), 1)
            // A BOM names the encoding as surely as `--encoding` does: damage in a UTF-16 file (a lone surrogate) is
            // counted and scanned around, never a reason to read the file as UTF-8, where its numbers are lost.
            guard forced == nil, bomLength == 0, text.invalidUnits * 100 > units else { return .text(text) }
            // Not clean in the legacy encoding either. A mostly-ASCII file with a few damaged bytes is still best read
            // as UTF-8; anything worse is not text hush can read, and saying so beats reporting it clean.
            let verdict = utf8Verdict ?? UTF8Validator.classify(bytes)
            if case let .invalid(invalid, _) = verdict, invalid * 10 <= bytes.count {
                return .text(DecodedText(utf8: bytes, verdict: verdict))
            }
            return .skipped(reason: "undecodable: not valid text in any supported encoding")
        } catch {
            return .skipped(reason: error.description)
        }
    }

    private static func bomLengthIfPresent(_ bytes: [UInt8], for encoding: TextEncoding) -> Int {
        switch encoding {
        case .utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE: bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE: bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        default: 0
        }
    }
}
