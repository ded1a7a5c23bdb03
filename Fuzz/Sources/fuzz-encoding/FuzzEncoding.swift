import FuzzSupport
@testable import HushCore

/// Encoding detection and transcoding: detects (as a scan does) and also forces the encoding the first byte picks, then
/// checks the offset map at every decoded character: inside the original, never going backwards, the whole text
/// accounted for, and each ASCII character mapped to the original bytes that spell it.
@main enum FuzzEncoding {
    static func main() {
        runFuzzer { buffer in
            let bytes = Array(buffer)
            _ = EncodingDetector.detect(bytes)
            _ = UTF8Validator.classify(bytes)
            check(DocumentDecoder.decode(bytes), original: bytes)
            let forced = TextEncoding.allCases[Int(bytes.first ?? 0) % TextEncoding.allCases.count]
            check(DocumentDecoder.decode(bytes, forced: forced), original: bytes)
        }
    }

    static func check(_ outcome: DocumentDecoder.Outcome, original: [UInt8]) {
        guard case let .text(text) = outcome else { return }
        let decoded = text.utf8
        require(text.invalidUnits == 0 || text.firstInvalidOffset != nil, "invalid units without a first offset")
        if let first = text.firstInvalidOffset { require(first < original.count, "first invalid offset \(first) past the end") }
        guard text.map != nil else {
            require(decoded == original, "\(text.encoding): no map but the text differs from the original")
            return
        }
        var previous = 0
        for offset in 0...decoded.count where isBoundary(decoded, offset) {
            let mapped = text.originalOffset(offset)
            require(mapped >= previous && mapped <= original.count, "\(text.encoding): \(offset) maps to \(mapped) (previous \(previous), size \(original.count))")
            previous = mapped
            guard offset < decoded.count, decoded[offset] < 0x80 else { continue }
            let ascii = decoded[offset]
            switch text.encoding {
            case .utf8: break
            case .utf16LE:
                require(mapped + 1 < original.count && original[mapped] == ascii && original[mapped + 1] == 0, "utf-16le: ASCII at \(offset) maps to \(mapped)")
            case .utf16BE:
                require(mapped + 1 < original.count && original[mapped] == 0 && original[mapped + 1] == ascii, "utf-16be: ASCII at \(offset) maps to \(mapped)")
            case .gb18030, .big5:
                require(mapped < original.count && original[mapped] == ascii, "\(text.encoding): ASCII at \(offset) maps to \(mapped)")
            }
        }
        require(text.originalOffset(decoded.count) == original.count, "\(text.encoding): the end maps to \(text.originalOffset(decoded.count)), not \(original.count)")
    }
}
