/// Finds a table header that TOMLKit would abort on rather than reject.
///
/// TOMLKit parses with toml++ 3, whose `parse_key` asserts that a table header starts with a bare-key character or a
/// quote; the check is compiled in, so `[#]`, `[.x]` or `[é]` in a rule file or a `.hush.toml` killed hush with
/// SIGABRT instead of an error (found by fuzz-rules). This walks the text as TOML's lexer would — strings, multi-line
/// strings, comments and arrays spanning lines, where a `[` starts no header — and names the first such header, so
/// the loaders can report it like any other TOML error before TOMLKit sees it.
enum TOMLHeaderCheck {
    static let message = "invalid TOML: a table header must begin with a key (letters, digits, '_' or '-', or a quoted key)"

    /// The 1-based line of the first table header whose first key does not start as TOML allows; nil if none.
    static func firstBadHeader(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        enum State { case normal, basic, literal, multiBasic, multiLiteral, comment }
        var state = State.normal
        var line = 1
        var atLineStart = true
        var arrayDepth = 0  // `[` of array values still open: a `[` at a line start inside one is an element
        var index = 0
        func starts(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                if state == .comment || state == .normal || state == .basic || state == .literal { state = .normal }
                if state == .normal { atLineStart = true }
                index += 1
                continue
            }
            switch state {
            case .normal:
                if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "#") {
                    state = .comment
                } else if byte == UInt8(ascii: "["), atLineStart, arrayDepth == 0 {
                    var next = index + 1
                    if next < bytes.count, bytes[next] == UInt8(ascii: "[") { next += 1 }
                    while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                    guard next < bytes.count, isKeyStart(bytes[next]) else { return line }
                    index = next
                    atLineStart = false
                    continue
                } else if byte == UInt8(ascii: "[") {
                    arrayDepth += 1
                } else if byte == UInt8(ascii: "]") {
                    arrayDepth = max(0, arrayDepth - 1)
                } else if starts("\"\"\"") {
                    state = .multiBasic
                    index += 2
                } else if starts("'''") {
                    state = .multiLiteral
                    index += 2
                } else if byte == UInt8(ascii: "\"") {
                    state = .basic
                } else if byte == UInt8(ascii: "'") {
                    state = .literal
                }
                atLineStart = false
            case .basic:
                if byte == UInt8(ascii: "\\") {
                    index += 1  // the escaped byte (a line feed cannot follow in a basic string)
                } else if byte == UInt8(ascii: "\"") {
                    state = .normal
                }
            case .literal:
                if byte == UInt8(ascii: "'") { state = .normal }
            case .multiBasic:
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] != 0x0A {
                    index += 1
                } else if starts("\"\"\"") {
                    state = .normal
                    index += 2
                }
            case .multiLiteral:
                if starts("'''") {
                    state = .normal
                    index += 2
                }
            case .comment:
                break
            }
            index += 1
        }
        return nil
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default:
            false
        }
    }
}
