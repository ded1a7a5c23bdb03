#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Encodes replacements into a document's own encoding, so that a GB18030 file stays GB18030 and a UTF-16BE file
/// stays big-endian (DESIGN §6: redaction splices encoded bytes into the original, it never re-encodes the file).
///
/// UTF-16 is written by hand in the file's byte order and without a BOM; GB18030 and Big5 go through glibc's iconv
/// (the converter that decoded them), except ASCII, which both encode as itself. One encoder serves one file: the
/// iconv handle is opened once, not per value.
public final class ReplacementEncoder {
    public let encoding: TextEncoding
    private var converter: iconv_t?

    public init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    deinit {
        if let converter { iconv_close(converter) }
    }

    /// The bytes of `text` in the encoding, or nil when the encoding has no bytes for one of its characters (a Big5
    /// file cannot hold every character a replacement might keep from the value).
    public func encode(_ text: String) -> [UInt8]? {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .utf16LE, .utf16BE:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf16.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                if encoding == .utf16LE { bytes += [low, high] } else { bytes += [high, low] }
            }
            return bytes
        case .gb18030, .big5:
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
            return convert(Array(text.utf8))
        }
    }

    private func convert(_ input: [UInt8]) -> [UInt8]? {
        if converter == nil {
            let handle = iconv_open(encoding.iconvName, "UTF-8")
            guard handle != iconv_t(bitPattern: -1) else { return nil }
            converter = handle
        }
        guard let converter else { return nil }
        iconv(converter, nil, nil, nil, nil)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer = UnsafeMutablePointer(mutating: source.baseAddress!).withMemoryRebound(to: CChar.self, capacity: inLeft) {
                    Optional($0)
                }
                var outPointer = target.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outLeft) { Optional($0) }
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        guard status != -1, inLeft == 0 else { return nil }
        output.removeSubrange((output.count - outLeft)...)
        return output
    }
}
