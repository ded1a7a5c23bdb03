/// The value of a `password=…` / `密码：…` pair that is plausibly a real password rather than a placeholder, a
/// reference or prose.
///
/// Keyword rules find far more non-secrets than secrets: documentation (`password=<your password>`, `changeme`),
/// configuration that points elsewhere (`$DB_PASSWORD`, `%PASSWORD%`, `${secret}`, `os.getenv(`), type annotations
/// (`password: String`), masks (`********`, which is also what hush's own redaction writes, so a redacted file stays
/// clean) and Chinese questions (`密码是什么`). Each of those fails; what is left is a finding. Placeholder words are
/// compared in ASCII lower case after dropping `_ - * .`, so `YOUR_PASSWORD` and `***REDACTED***` are caught too.
/// Common weak passwords (`123456`, `admin`, `P@ssw0rd`) are not placeholders: finding them is the point. The length
/// is counted in Unicode scalars, 4 to 128.
package struct PasswordValueCheck: Validator {
    package static let name = "password"

    private static let placeholders: Set<String> = [
        "password", "passwd", "pass", "pwd", "passphrase", "passcode", "yourpassword", "mypassword", "yourpass",
        "mypass", "userpassword", "newpassword", "oldpassword", "nopassword", "changeme", "changeit", "changethis",
        "secret", "mysecret", "yoursecret", "secretpassword", "mysecretpassword", "example", "sample", "placeholder",
        "none", "null", "nil", "undefined", "empty", "blank", "redacted", "hidden", "masked", "removed", "omitted",
        "xxx", "todo", "fixme", "tbd", "dummy", "test", "testing", "fake", "string", "str", "text", "value", "required",
        "optional", "true", "false", "notset", "unset", "default", "foo", "bar", "baz", "foobar",
    ]

    private static let receivers: Set<String> = [
        "self", "this", "cls", "config", "conf", "cfg", "settings", "options", "opts", "params", "args", "process",
        "os", "env", "request", "req", "form", "data", "props", "user", "credentials", "secrets",
    ]

    // Word lists as constants: as literals inside the checks they were built again for every candidate.
    private static let wrappers: [(String, String)] = [
        ("<", ">"), ("[", "]"), ("{", "}"), ("(", ")"), ("${", "}"), ("#{", "}"), ("$(", ")"), ("%(", ")s"),
    ]
    private static let templateOpeners = ["${", "{{", "#{", "$(", "%(", "<%"]
    private static let callOpeners = ["()", "(", "["]
    private static let secretNames = ["pass", "pwd", "secret"]
    private static let secretWords = ["pass", "pwd", "secret", "key", "token"].map { Array($0.utf8) }
    private static let instructions = ["your", "enter", "insert", "replace", "put"].map { Array($0.utf8) }

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        guard let scalars = Self.scalars(of: value), (4...128).contains(scalars.count),
              scalars.contains(where: { $0 != scalars[0] })
        else { return false }
        if Self.isProse(scalars) { return false }
        let text = String(String.UnicodeScalarView(scalars))
        return !Self.isTemplate(text) && !Self.isReference(text) && !Self.isPlaceholderWord(text)
    }

    private static func scalars(of value: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        var iterator = value.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalars.count > 128 { return nil }
            case .emptyInput:
                return scalars
            case .error:
                return nil
            }
        }
    }

    /// Chinese words and punctuation only, such as `密码是什么?`: the text around a key, not a value.
    private static func isProse(_ scalars: [Unicode.Scalar]) -> Bool {
        var ideographs = 0
        for scalar in scalars {
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F:
                ideographs += 1
            case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2000...0x206F, 0xFE30...0xFE4F, 0x00B7:
                continue
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                continue
            default:
                return false
            }
        }
        return ideographs > 0
    }

    /// `<password>`, `[secret]`, `{pwd}`, `{{ .Password }}`, `${DB_PASS}`, `#{pw}`, `$(PASS)`, `%(password)s`,
    /// `@DB_PASSWORD@`, `%PASSWORD%`, and the first word of `<your password here>`.
    private static func isTemplate(_ text: String) -> Bool {
        if wrappers.contains(where: { text.hasPrefix($0.0) && text.hasSuffix($0.1) }) { return true }
        if templateOpeners.contains(where: text.hasPrefix) { return true }
        for delimiter in ["%", "@"] where text.hasPrefix(delimiter) && text.hasSuffix(delimiter) {
            if isIdentifier(text.dropFirst().dropLast()) { return true }
        }
        if text.hasPrefix("<") {
            let word = text.dropFirst().prefix { $0 != ">" }
            return word.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" }
        }
        return false
    }

    /// `$DB_PASSWORD`, `$env:PASSWORD`, `os.getenv(`, `getpass.getpass()`, `ENV[`, `self.password`.
    private static func isReference(_ text: String) -> Bool {
        if text.hasPrefix("$env:") || text.hasPrefix("$ENV:") { return true }
        if text.hasPrefix("$"), isIdentifier(text.dropFirst()) { return true }
        if let opener = callOpeners.first(where: text.hasSuffix) {
            let callee = text.dropLast(opener.count).split(separator: ".", omittingEmptySubsequences: false)
            return callee.allSatisfy(isIdentifier)
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy(isIdentifier) else { return false }
        let last = parts[parts.count - 1].lowercased()
        return receivers.contains(parts[0].lowercased()) || secretNames.contains(where: last.contains)
    }

    /// On ASCII bytes: every password candidate goes through here, and lower-casing, filtering and searching a
    /// `String` by characters cost more than the rest of the check together.
    private static func isPlaceholderWord(_ text: String) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return false }
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            default: word.append(ByteSearch.lower(byte))
            }
        }
        if word.allSatisfy({ $0 == word.first }) || placeholders.contains(String(decoding: word, as: UTF8.self)) { return true }
        let mentionsSecret = secretWords.contains { secret in
            word.withUnsafeBufferPointer { ByteSearch.contains(secret, in: $0, range: 0..<$0.count) }
        }
        return mentionsSecret
            && (instructions.contains { word.starts(with: $0) } || word.suffix(4).elementsEqual("here".utf8))
    }

    private static func isIdentifier(_ text: Substring) -> Bool {
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard let first = text.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return text.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || isDigit($0) }
    }
}
