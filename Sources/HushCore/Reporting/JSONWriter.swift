/// Builds compact JSON text with keys in the order written.
///
/// Reports must be byte-stable (golden tests, diffs between runs) and keep the field order of DESIGN §5;
/// a writer this small gives both without Foundation's reflection. It writes UTF-8 bytes, not a `String`: a dense
/// export has hundreds of thousands of findings, and appending bytes to a reused buffer costs a fraction of growing
/// strings (see Benchmarks/README.md).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One bit per open object or array, set once it has a member, so the next one is preceded by a comma; bit 0 is
    /// the top level. Reports nest a few levels deep; past 63 the deepest levels share the last bit.
    private var needsComma: UInt64 = 0
    private var depth = 0

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the writer, keeping its buffer for the next object.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = 0
        depth = 0
    }

    private var levelBit: UInt64 { 1 << UInt64(min(depth, 63)) }

    private mutating func separate() {
        if needsComma & levelBit != 0 { bytes.append(UInt8(ascii: ",")) }
        needsComma |= levelBit
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        needsComma &= ~levelBit
    }

    mutating func beginObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        open(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        depth -= 1
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        open(UInt8(ascii: "["))
    }

    mutating func endArray() {
        depth -= 1
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func key(_ key: String) {
        separate()
        Self.quote(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ key: String?, _ value: String?) {
        if let key { self.key(key) } else { separate() }
        if let value { Self.quote(value, into: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// A score with no key or comma (see `raw`).
    mutating func rawScore(_ value: Double) {
        let hundredths = Int((value * 100).rounded())
        guard hundredths >= 0 else { return bytes.append(contentsOf: String(format2: value).utf8) }
        Self.decimal(hundredths / 100, into: &bytes)
        let fraction = hundredths % 100
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// Appends text that is already JSON — punctuation and keys of a fixed layout (`","line":`) — as it is, for writers
    /// that lay out an object themselves after its first member (`Finding.write`): a report of a dense export writes
    /// hundreds of thousands of findings, a dozen keys each. The comma state is not touched.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `value` as a JSON string, with no key or comma (see `raw`).
    mutating func rawString(_ value: String) {
        Self.quote(value, into: &bytes)
    }

    /// Appends `value` as a JSON number, with no key or comma (see `raw`).
    mutating func rawNumber(_ value: Int) {
        Self.decimal(value, into: &bytes)
    }

    mutating func number(_ key: String, _ value: Int) {
        self.key(key)
        Self.decimal(value, into: &bytes)
    }

    mutating func number(_ key: String, _ value: Double) {
        self.key(key)
        bytes.append(contentsOf: String(format2: value).utf8)
    }

    mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private static func decimal(_ value: Int, into out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            out.append(contentsOf: String(value.magnitude).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            var rest = value
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: buffer[index...])
        }
    }

    /// Appends `value` as a JSON string. U+2028 and U+2029 are escaped too, so a report pasted into JavaScript
    /// stays one statement.
    static func quote(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var clean = 0  // bytes before `index` not yet appended start here
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: String?
                if byte == 0x22 {
                    escape = "\\\""
                } else if byte == 0x5C {
                    escape = "\\\\"
                } else if byte < 0x20 {
                    switch byte {
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    default: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                    }
                } else if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] & 0xFE == 0xA8 {
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                } else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                out.append(contentsOf: escape!.utf8)
                index += byte == 0xE2 ? 3 : 1
                clean = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<utf8.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `quote` for text that is assembled as a `String`.
    static func quote(_ value: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(value, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
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
