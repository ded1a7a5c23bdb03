/// Computes what replaces a value: the one function behind both a report's `replacement` and `hush redact`, so what
/// the report recommends is exactly what redaction writes.
public enum Replacement {
    /// The replacement for `value` under `spec`. `maskRange` is the byte range inside `value` that a masking rule with a
    /// group confines itself to.
    public static func make(
        for value: String, type: FindingType, spec: RedactionSpec, maskRange: Range<Int>? = nil
    ) -> String {
        switch spec {
        case .fixed: return RedactionSpec.fixedMask
        case .label: return type.label
        case .email: return email(value)
        case let .mask(keepFirst, keepLast, _): return mask(value, keepFirst: keepFirst, keepLast: keepLast, within: maskRange)
        }
    }

    private static func isFullWidthAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    /// Letters (Latin, Han — a name is masked `张*` —, any script) and digits are masked; separators and
    /// punctuation stay, so the shape of the value survives.
    private static func isMaskable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || isFullWidthAlphanumeric(scalar)
    }

    /// Same length: separators stay, so columns and layout survive. If keeping would reveal most of a short value,
    /// fewer characters are kept.
    static func mask(_ value: String, keepFirst: Int, keepLast: Int, within range: Range<Int>? = nil) -> String {
        var offsets: [Int] = []
        var offset = 0
        let scalars = Array(value.unicodeScalars)
        var positions: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if isMaskable(scalar), range.map({ $0.contains(offset) }) ?? true {
                positions.append(index)
            }
            offsets.append(offset)
            offset += String(scalar).utf8.count
        }
        var first = keepFirst
        var last = keepLast
        if first + last >= positions.count {
            first = min(first, positions.count / 4)
            last = min(last, positions.count / 4)
        }
        var result = String.UnicodeScalarView()
        var masked = Set(positions.dropFirst(first).dropLast(last))
        if masked.isEmpty && !positions.isEmpty { masked = Set(positions) }
        for (index, scalar) in scalars.enumerated() {
            if masked.contains(index) {
                result.append(isFullWidthAlphanumeric(scalar) ? "＊" : "*")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `z*******@example.com`: the first character of the local part and the domain stay.
    static func email(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), at > value.startIndex else { return mask(value, keepFirst: 0, keepLast: 0) }
        let local = value[..<at]
        let first = local.prefix(1)
        return first + String(repeating: "*", count: local.count - 1) + value[at...]
    }
}
