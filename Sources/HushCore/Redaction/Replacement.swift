/// Computes what replaces a value: the one function behind both a report's `replacement` and `hush redact`, so what
/// the report recommends is exactly what redaction writes.
public enum Replacement {
    /// The replacement for `value` under `spec`. `maskRange` is the byte range inside `value` that a masking rule with a
    /// group confines itself to. `hash` pseudonyms are computed over `normalizedValue` (so `+86 138-1234-5678` and
    /// `１３８１２３４５６７８` get one token) with `key`; without a key they show as `PHONE_********`, which is never
    /// written, because `hush redact` refuses to start without a key.
    ///
    /// Every replacement is safe inside a CSV cell and a JSON string: the strategies write only `*`, `＊`, ASCII letters,
    /// digits, `_`, `[` and `]`, plus characters of the value itself (a phone's separators, an email's `@` and domain).
    /// None of the new characters is a delimiter, quote, backslash or line break, so quoting and string syntax around a
    /// value survive; `Redactor` checks it for every edit.
    public static func make(
        for value: String, type: FindingType, spec: RedactionSpec, maskRange: Range<Int>? = nil,
        normalizedValue: String? = nil, key: PseudonymKey? = nil
    ) -> String {
        switch spec {
        case .fixed: return RedactionSpec.fixedMask
        case .label: return type.label
        case .email: return email(value)
        case let .mask(keepFirst, keepLast, _): return mask(value, keepFirst: keepFirst, keepLast: keepLast, within: maskRange)
        case .hash:
            guard let key else { return type.pseudonymPrefix + RedactionSpec.fixedMask }
            return key.token(type: type, normalizedValue: normalizedValue ?? value)
        }
    }

    /// Whether `value` is already a placeholder, so a scan does not report it and redaction leaves it (DESIGN §6: a
    /// redacted file redacts to itself). True when redacting it would change nothing (`田*` under a keep-first mask,
    /// `********`), and for the shapes every strategy writes, whatever the run's strategy: the label `[PHONE]` and a
    /// pseudonym `PHONE_3f9a2c1b`. Rules that match whatever a field holds (a name column) would otherwise find
    /// their own placeholders again.
    public static func isPlaceholder(_ value: String, type: FindingType, replacement: String) -> Bool {
        if value == replacement || value == type.label || value == RedactionSpec.fixedMask { return true }
        let prefix = type.pseudonymPrefix
        guard value.hasPrefix(prefix) else { return false }
        let digits = value.utf8.dropFirst(prefix.utf8.count)
        return digits.count == 8 && digits.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
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
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        // Han is the common case (names, addresses) and every character of the CJK Unified Ideographs block is
        // alphabetic; the Unicode property lookup below was 1.4 % of a dense scan.
        if (0x4E00...0x9FFF).contains(scalar.value) { return true }
        return scalar.properties.isAlphabetic || isFullWidthAlphanumeric(scalar)
    }

    /// Same length: separators stay, so columns and layout survive. If keeping would reveal most of a short value,
    /// fewer characters are kept.
    ///
    /// A `*` or `＊` already in the value counts as a masked character and stays as it is, so masking is idempotent:
    /// `田军` masks to `田*`, and `田*` masks to itself rather than to `**` (which would make every redacted name a
    /// finding again, DESIGN §6).
    ///
    /// One pass counts the maskable scalars, a second writes the result: the earlier arrays of scalars and `Set` of
    /// positions were a measurable part of a dense scan (every reported value is masked). A separate byte path for
    /// ASCII values measured no faster than this one, so this is the only one.
    static func mask(_ value: String, keepFirst: Int, keepLast: Int, within range: Range<Int>? = nil) -> String {
        func counts(_ scalar: Unicode.Scalar, at offset: Int) -> Bool {
            (isMaskable(scalar) || scalar == "*" || scalar == "＊") && (range?.contains(offset) ?? true)
        }
        var count = 0
        var offset = 0
        for scalar in value.unicodeScalars {
            if counts(scalar, at: offset) { count += 1 }
            offset += UTF8.width(scalar)
        }
        let (first, last) = keptEnds(of: count, keepFirst: keepFirst, keepLast: keepLast)
        var result = String.UnicodeScalarView()
        var ordinal = 0
        offset = 0
        for scalar in value.unicodeScalars {
            if counts(scalar, at: offset) {
                let masks = ordinal >= first && ordinal < count - last
                result.append(masks ? (isFullWidthAlphanumeric(scalar) || scalar == "＊" ? "＊" : "*") : scalar)
                ordinal += 1
            } else {
                result.append(scalar)
            }
            offset += UTF8.width(scalar)
        }
        return String(result)
    }

    /// How many of `count` maskable characters stay shown at each end: fewer when keeping would reveal most of a short
    /// value, and none when nothing would be left between them (masking everything beats showing the value whole).
    private static func keptEnds(of count: Int, keepFirst: Int, keepLast: Int) -> (first: Int, last: Int) {
        var first = keepFirst
        var last = keepLast
        if first + last >= count {
            first = min(first, count / 4)
            last = min(last, count / 4)
        }
        return count - first - last <= 0 ? (0, 0) : (first, last)
    }

    /// `z*******@example.com`: the first character of the local part and the domain stay. A one-character local part
    /// is masked too: keeping it would leave the address whole (and found again by the next scan).
    static func email(_ value: String) -> String {
        var bytes = value
        if let masked = bytes.withUTF8({ utf8 -> String? in
            guard utf8.allSatisfy({ $0 < 0x80 }), let at = utf8.lastIndex(of: UInt8(ascii: "@")), at > 0 else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                for index in 0..<utf8.count { out[index] = index > 0 && index < at ? UInt8(ascii: "*") : utf8[index] }
                if at == 1 { out[0] = UInt8(ascii: "*") }
                return utf8.count
            }
        }) {
            return masked
        }
        return emailCharacters(value)
    }

    /// `email` for any value, character by character.
    static func emailCharacters(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), at > value.startIndex else { return mask(value, keepFirst: 0, keepLast: 0) }
        let local = value[..<at]
        guard local.count > 1 else { return "*" + value[at...] }
        let first = local.prefix(1)
        return first + String(repeating: "*", count: local.count - 1) + value[at...]
    }
}
