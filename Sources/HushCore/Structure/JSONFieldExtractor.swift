/// Names each JSON value after the key it sits under, at any depth (`"mobile"`, `"idCard"`, `"id_no"`); values in an
/// array take the key of the array.
///
/// A tokenizer with an explicit stack, not a recursive parser, so JSON nested 100,000 deep costs memory, not the call
/// stack. JSON that does not parse yields no fields and a diagnostic; the text is still scanned.
struct JSONFieldExtractor {
    struct Result {
        var map: FieldMap
        var problem: String?
    }

    private enum Container {
        case object(key: String?, expectingKey: Bool)
        case array(key: String?)
    }

    static func extract(_ text: UnsafeBufferPointer<UInt8>) -> Result {
        var stack: [Container] = []
        var spans: [FieldSpan] = []
        var index = 0
        let count = text.count
        func fail(_ what: String) -> Result {
            Result(map: .empty, problem: "not valid JSON (\(what) at byte \(index)); scanned as text")
        }
        func currentKey() -> String? {
            switch stack.last {
            case let .object(key, _): key
            case let .array(key): key
            case nil: nil
            }
        }
        func valueDone() {
            if case let .object(key, _) = stack.last { stack[stack.count - 1] = .object(key: key, expectingKey: false) }
        }
        if count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { index = 3 }
        var sawValue = false
        while index < count {
            let byte = text[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"):
                if byte == UInt8(ascii: ","), case let .object(key, _) = stack.last {
                    stack[stack.count - 1] = .object(key: key, expectingKey: true)
                }
                index += 1
            case UInt8(ascii: "{"):
                let key = currentKey()
                valueDone()
                stack.append(.object(key: key, expectingKey: true))
                sawValue = true
                index += 1
            case UInt8(ascii: "["):
                let key = currentKey()
                valueDone()
                stack.append(.array(key: key))
                sawValue = true
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard !stack.isEmpty else { return fail("unexpected close") }
                stack.removeLast()
                index += 1
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < count, text[index] != UInt8(ascii: "\"") {
                    index += text[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < count else { return fail("unterminated string") }
                let range = start..<index
                index += 1
                if case let .object(_, expectingKey) = stack.last, expectingKey {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                    stack[stack.count - 1] = .object(key: name, expectingKey: false)
                } else {
                    if let key = currentKey(), !range.isEmpty { spans.append(FieldSpan(range: range, name: key)) }
                    valueDone()
                    sawValue = true
                }
            default:
                let start = index
                while index < count, !" \t\r\n,:]}".utf8.contains(text[index]) { index += 1 }
                let token = UnsafeBufferPointer(rebasing: text[start..<index])
                let first = token.first ?? 0
                guard first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) || ["true", "false", "null"].contains(String(decoding: token, as: UTF8.self)) else {
                    return fail("unexpected character")
                }
                if let key = currentKey() { spans.append(FieldSpan(range: start..<index, name: key)) }
                valueDone()
                sawValue = true
            }
        }
        guard stack.isEmpty, sawValue else { return fail("unexpected end") }
        return Result(map: FieldMap(spans: spans, kind: "json"), problem: nil)
    }
}
