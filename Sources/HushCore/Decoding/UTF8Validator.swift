/// Strict UTF-8 validation, with a tolerance for a few stray bytes.
///
/// A UTF-8 file with one damaged byte is still a UTF-8 file: decoding it as GB18030 would turn all its Chinese into
/// mojibake and hide every value. So a file whose multi-byte sequences are overwhelmingly valid stays UTF-8 (the bad
/// bytes are matched safely under `PCRE2_MATCH_INVALID_UTF`).
enum UTF8Validator {
    enum Verdict: Equatable {
        case ascii
        case valid
        /// Valid but for a few stray bytes.
        case mostlyValid(invalid: Int, firstInvalid: Int)
        /// Not UTF-8; `invalid` bytes out of the whole do not fit.
        case invalid(invalid: Int, firstInvalid: Int)

        /// How many bytes are not UTF-8 and where the first is, when any are.
        var damage: (invalid: Int, first: Int)? {
            switch self {
            case .ascii, .valid: nil
            case let .mostlyValid(invalid, first), let .invalid(invalid, first): (invalid, first)
            }
        }
    }

    static func classify(_ bytes: [UInt8]) -> Verdict {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            var sequences = 0
            var invalid = 0
            var firstInvalid = -1
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    invalid += 1
                    if firstInvalid < 0 { firstInvalid = index }
                    index += 1
                } else {
                    sequences += 1
                    index += length
                }
            }
            if invalid == 0 { return sequences == 0 ? .ascii : .valid }
            return sequences >= 8 && invalid * 20 <= sequences
                ? .mostlyValid(invalid: invalid, firstInvalid: firstInvalid) : .invalid(invalid: invalid, firstInvalid: firstInvalid)
        }
    }

    /// The length of the well-formed sequence at `index` (RFC 3629: no overlongs, no surrogates), or 0.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let count = buffer.count
        func continuation(_ offset: Int) -> Bool { index + offset < count && buffer[index + offset] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return 0 }
            let second = buffer[index + 1]
            if lead == 0xE0 && second < 0xA0 { return 0 }
            if lead == 0xED && second > 0x9F { return 0 }
            return 3
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = buffer[index + 1]
            if lead == 0xF0 && second < 0x90 { return 0 }
            if lead == 0xF4 && second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }
}
