/// Builds compact JSON text with keys in the order written.
///
/// Reports must be byte-stable (golden tests, diffs between runs) and keep the field order of DESIGN §5;
/// a writer this small gives both without Foundation's reflection.
struct JSONWriter {
    private(set) var text = ""
    private var needsComma: [Bool] = [false]

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    mutating func beginObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "{"
        needsComma.append(false)
    }

    mutating func endObject() {
        needsComma.removeLast()
        text += "}"
    }

    mutating func beginArray(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "["
        needsComma.append(false)
    }

    mutating func endArray() {
        needsComma.removeLast()
        text += "]"
    }

    private mutating func key(_ key: String) {
        separate()
        Self.quote(key, into: &text)
        text += ":"
    }

    mutating func string(_ key: String?, _ value: String?) {
        if let key { self.key(key) } else { separate() }
        if let value { Self.quote(value, into: &text) } else { text += "null" }
    }

    mutating func number(_ key: String, _ value: Int) {
        self.key(key)
        text += String(value)
    }

    mutating func number(_ key: String, _ value: Double) {
        self.key(key)
        text += String(format2: value)
    }

    mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        text += value ? "true" : "false"
    }

    static func quote(_ value: String, into out: inout String) {
        out += "\""
        // Most values need no escaping: append them whole rather than scalar by scalar.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += value
            out += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// A number with at most two decimals and no trailing zeros (`0.9`, `0.65`), stable across platforms.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 {
            self = "\(whole)"
        } else if fraction % 10 == 0 {
            self = "\(whole).\(fraction / 10)"
        } else {
            self = "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }
}
