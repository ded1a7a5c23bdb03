#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes legacy and UTF-16 text to UTF-8 with glibc's iconv, keeping the checkpoints `EncodingMap` needs.
///
/// glibc's iconv round-trips GB18030 and UTF-16 byte for byte at ~140 MB/s; Foundation is slower, gives up on a whole
/// file at one bad byte, and is lenient in ways that break round trips (DESIGN §10). An undecodable unit becomes
/// U+FFFD and decoding goes on, so one bad byte never hides the rest of a file.
public enum Transcoder {
    /// Source bytes handed to iconv per call: small enough that mapping an offset walks little, large enough that the
    /// call overhead vanishes.
    static let blockSize = 1024

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func decode(_ original: [UInt8], from encoding: TextEncoding, skipping prefix: Int = 0) throws(Failure) -> DecodedText {
        guard let converter = Optional(iconv_open("UTF-8", encoding.iconvName)), converter != iconv_t(bitPattern: -1) else {
            throw Failure(description: "iconv cannot decode \(encoding.rawValue)")
        }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: (original.count - prefix) * 3 / 2 + 64)
        var produced = 0
        var position = prefix
        var decodedMarks = [0]
        var originalMarks = [prefix]
        var invalidUnits = 0
        var firstInvalid: Int?
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

        original.withUnsafeBufferPointer { source in
            while position < source.count {
                let block = min(source.count - position, blockSize)
                if output.count - produced < block * 4 + 8 {
                    output.append(contentsOf: repeatElement(0, count: max(output.count, block * 4 + 8)))
                }
                var inLeft = block
                var outLeft = output.count - produced
                let status: Int = output.withUnsafeMutableBufferPointer { target in
                    var inPointer = UnsafeMutablePointer(mutating: source.baseAddress! + position)
                        .withMemoryRebound(to: CChar.self, capacity: block) { Optional($0) }
                    var outPointer = (target.baseAddress! + produced).withMemoryRebound(to: CChar.self, capacity: outLeft) { Optional($0) }
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                let error = errno
                let consumed = block - inLeft
                produced = output.count - outLeft
                position += consumed
                if decodedMarks.last != produced {
                    decodedMarks.append(produced)
                    originalMarks.append(position)
                }
                guard status == -1 else { continue }
                let atEnd = position + inLeft == source.count
                if error == EILSEQ || (error == EINVAL && (atEnd || consumed == 0)) {
                    let unit = min(encoding.invalidUnitLength, source.count - position)
                    if output.count - produced < 3 { output.append(contentsOf: repeatElement(0, count: 64)) }
                    output.replaceSubrange(produced..<(produced + 3), with: replacement)
                    produced += 3
                    firstInvalid = firstInvalid ?? position
                    invalidUnits += 1
                    position += unit
                    decodedMarks.append(produced)
                    originalMarks.append(position)
                }
            }
        }
        output.removeSubrange(produced...)
        let map = EncodingMap(
            encoding: encoding, original: original, decoded: output, decodedMarks: decodedMarks, originalMarks: originalMarks)
        return DecodedText(
            encoding: encoding, bom: prefix > 0, utf8: output, map: map, invalidUnits: invalidUnits, firstInvalidOffset: firstInvalid)
    }
}
