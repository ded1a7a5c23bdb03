/// Decides how a document's bytes are text, in DESIGN §2's order: byte-order mark, UTF-16 without one (the NUL
/// pattern), strict UTF-8, GB18030, Big5; a NUL in the first block of what is left means binary.
///
/// GB18030 accepts almost any byte soup, so the order matters, and Big5 text also decodes as GBK: Big5 is chosen only
/// when the double-byte pairs look like Big5 (no lead byte below 0xA1, which GBK uses and Big5 never does, and many
/// trail bytes below 0xA1, which GB2312 text never has).
public enum EncodingDetector {
    public enum Verdict: Equatable, Sendable {
        case text(TextEncoding, bomLength: Int)
        case binary
    }

    public static let sniffLength = 8192

    public static func detect(_ bytes: [UInt8]) -> Verdict {
        detectKeepingUTF8Verdict(bytes).verdict
    }

    /// `detect`, with the UTF-8 validation it ran (nil when the answer came before it), so that a scan of a UTF-8
    /// document need not validate it a second time to report its damage.
    static func detectKeepingUTF8Verdict(_ bytes: [UInt8]) -> (verdict: Verdict, utf8: UTF8Validator.Verdict?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.text(.utf8, bomLength: 3), nil) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.text(.utf16LE, bomLength: 2), nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.text(.utf16BE, bomLength: 2), nil) }
        if let utf16 = utf16WithoutBOM(bytes) { return (.text(utf16, bomLength: 0), nil) }
        if bytes.prefix(sniffLength).contains(0) { return (.binary, nil) }
        let utf8 = UTF8Validator.classify(bytes)
        switch utf8 {
        case .ascii, .valid, .mostlyValid: return (.text(.utf8, bomLength: 0), utf8)
        case .invalid: return (.text(looksLikeBig5(bytes) ? .big5 : .gb18030, bomLength: 0), utf8)
        }
    }

    /// ASCII-heavy UTF-16 has a NUL in every other byte and printable ASCII in the others; which half holds the NULs
    /// tells the byte order. Binary data has NULs too, but not that regularly beside text.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(sniffLength)
        guard sample.count >= 16 else { return nil }
        var zeros = [0, 0]
        var text = [0, 0]
        for (index, byte) in sample.enumerated() {
            if byte == 0 {
                zeros[index % 2] += 1
            } else if (byte >= 0x20 && byte < 0x7F) || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                text[index % 2] += 1
            }
        }
        let pairs = sample.count / 2
        func fits(nulls: Int, other: Int) -> Bool {
            zeros[nulls] * 10 >= pairs * 3 && zeros[other] * 20 <= pairs && (zeros[nulls] + text[other]) * 10 >= pairs * 8
        }
        if fits(nulls: 1, other: 0) { return .utf16LE }
        if fits(nulls: 0, other: 1) { return .utf16BE }
        return nil
    }

    private static func looksLikeBig5(_ bytes: [UInt8]) -> Bool {
        var pairs = 0
        var lowTrails = 0
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if lead <= 0xA0 { return false }
            pairs += 1
            if bytes[index + 1] < 0xA1 { lowTrails += 1 }
            index += 2
        }
        return pairs > 0 && lowTrails * 10 >= pairs
    }
}
