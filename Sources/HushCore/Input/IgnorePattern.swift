import HushPCRE2

/// One line of a `.gitignore` or `.hushignore`, compiled to an anchored PCRE2 pattern over `/`-separated paths
/// relative to the ignore file's folder.
///
/// gitignore semantics: `#` comments, `!` negation, a trailing `/` matches folders only, a pattern with a `/` before its
/// end is anchored to the file's folder, otherwise it matches at any depth; `*` and `?` stay inside one component,
/// `**` crosses them.
struct IgnorePattern: Sendable {
    let negated: Bool
    let directoryOnly: Bool
    let regex: PCRE2Regex

    init?(line raw: Substring) {
        var line = raw
        if line.hasSuffix("\r") { line = line.dropLast() }
        while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line = line.dropLast() }
        guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
        var negated = false
        if line.hasPrefix("!") {
            negated = true
            line = line.dropFirst()
        } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
            line = line.dropFirst()
        }
        var directoryOnly = false
        if line.hasSuffix("/") {
            directoryOnly = true
            line = line.dropLast()
        }
        guard !line.isEmpty else { return nil }
        let anchored = line.contains("/")
        if line.hasPrefix("/") { line = line.dropFirst() }
        let body = Self.translate(line)
        let pattern = (anchored ? "^" : "^(?:.*/)?") + body + "$"
        guard let regex = try? PCRE2Regex(pattern, options: [.utf, .matchInvalidUTF, .dotAll]) else { return nil }
        self.negated = negated
        self.directoryOnly = directoryOnly
        self.regex = regex
    }

    private static func translate(_ glob: Substring) -> String {
        var out = ""
        let chars = Array(glob)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "*":
                if index + 1 < chars.count, chars[index + 1] == "*" {
                    let atStart = index == 0 || chars[index - 1] == "/"
                    let atEnd = index + 2 == chars.count || chars[index + 2] == "/"
                    if atStart && atEnd {
                        if index + 2 == chars.count {
                            out += ".*"
                            index += 2
                        } else {
                            out += "(?:.*/)?"
                            index += 3
                        }
                        continue
                    }
                }
                out += "[^/]*"
            case "?":
                out += "[^/]"
            case "[":
                if let close = chars[(index + 1)...].firstIndex(of: "]"), close > index + 1 {
                    var set = String(chars[(index + 1)..<close])
                    if set.hasPrefix("!") { set = "^" + set.dropFirst() }
                    out += "[" + set.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    index = close
                } else {
                    out += "\\["
                }
            case "\\":
                if index + 1 < chars.count {
                    index += 1
                    out += escape(chars[index])
                }
            default:
                out += escape(char)
            }
            index += 1
        }
        return out
    }

    private static func escape(_ char: Character) -> String {
        char.isASCII && !(char.isLetter || char.isNumber || char == "/") ? "\\" + String(char) : String(char)
    }
}
