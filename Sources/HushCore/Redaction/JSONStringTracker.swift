/// Follows whether a position in UTF-8 JSON lies inside a string literal, fed the document's bytes in order.
///
/// A value inside a JSON string can take any replacement; a bare number (`"mobile": 13812345678`) cannot take
/// `138****5678` or `[PHONE]` without breaking the document. `Redactor` asks this tracker where each value sits and
/// quotes replacements of bare tokens. Only quotes and backslash escapes matter, so the tracker is a two-bit state
/// machine that can be fed a large file chunk by chunk.
public struct JSONStringTracker: Sendable {
    public private(set) var inString = false
    private var escaped = false
    /// The last byte fed, to tell whether a value starts a token.
    public private(set) var previous: UInt8 = 0x20

    public init() {}

    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
        }
        if let last = bytes.last { previous = last }
    }

    /// Whether `byte` ends a bare JSON token (whitespace or structural punctuation).
    public static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"):
            true
        default: false
        }
    }

    /// Whether `text` is a JSON number literal, which may stand bare.
    public static func isNumber(_ text: [UInt8]) -> Bool {
        var index = 0
        let count = text.count
        func digits() -> Int {
            let start = index
            while index < count, text[index] >= 0x30, text[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < count, text[index] == UInt8(ascii: "-") { index += 1 }
        guard index < count else { return false }
        if text[index] == UInt8(ascii: "0") { index += 1 } else if digits() == 0 { return false }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { return false }
        }
        if index < count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { return false }
        }
        return index == count
    }
}
