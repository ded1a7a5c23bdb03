/// Finds what TOMLKit's parser (toml++ 3) cannot be trusted with, before it sees the text.
///
/// toml++ asserts some things about its input instead of checking them, and a failed assertion aborts the whole process
/// (SwiftPM builds C++ without `NDEBUG`; with it, the same input is undefined behaviour). Two such places were found by
/// fuzzing: a table header whose name does not start like a key (`[手机号]`, `[+]`, a `[` alone on its line), and a `}`
/// where an array expects a value (`[1, }`). Pattern files and `.hush.toml` come from the repository being scanned, so
/// such a file must be a load error, not a crash.
///
/// A small lexer walks the text the way TOML does (strings, multi-line strings, comments, the brackets of arrays and
/// inline tables): a header is a `[` that opens a line outside any string or value. Valid TOML never trips it.
enum TOMLPreflight {
    /// The 1-based line of the first such place and what is wrong there; nil when there is none.
    static func firstProblem(in text: String) -> (line: Int, message: String)? {
        // A text without `[` (no header, no array) costs one pass over its bytes.
        guard text.utf8.contains(UInt8(ascii: "[")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var open: [Unicode.Scalar] = []
        var lineStart = true
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        /// Skips a string whose opening quote is at `index`, with escapes when `escapes`; `multiline` for a triple quote.
        func skipString(quote: Unicode.Scalar, multiline: Bool, escapes: Bool) {
            index += multiline ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if escapes && scalar == "\\" {
                    if at(1) == "\n" { line += 1 }
                    index += 2
                    continue
                }
                if scalar == "\n" {
                    if !multiline { return }
                    line += 1
                }
                if scalar == quote && (!multiline || (at(1) == quote && at(2) == quote)) {
                    index += multiline ? 3 : 1
                    return
                }
                index += 1
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                line += 1
                lineStart = true
                index += 1
                continue
            case " ", "\t", "\r":
                index += 1
                continue
            case "#":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            case "\"", "'":
                let multiline = at(1) == scalar && at(2) == scalar
                skipString(quote: scalar, multiline: multiline, escapes: scalar == "\"")
            case "[":
                if lineStart && open.isEmpty {
                    var next = index + 1
                    if next < scalars.count, scalars[next] == "[" { next += 1 }
                    while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                    if next < scalars.count {
                        let first = scalars[next]
                        let fine = first == "]" || first == "\"" || first == "'" || first == "_" || first == "-"
                            || (first.isASCII && first.properties.isAlphabetic) || ("0"..."9").contains(first)
                        if !fine {
                            let found = first == "\n" || first == "\r" ? "a line break" : "'\(first)'"
                            return (line, "invalid TOML: a table name must start with a letter, a digit, '_', '-' or a quote, not \(found)")
                        }
                    }
                    // The header's own brackets are balanced on its line; counting them like any others empties the stack.
                }
                open.append(scalar)
                index += 1
            case "{":
                open.append(scalar)
                index += 1
            case "]", "}":
                if scalar == "}", open.last == "[" { return (line, "invalid TOML: '}' inside an array") }
                if !open.isEmpty { open.removeLast() }
                index += 1
            default:
                index += 1
            }
            lineStart = false
        }
        return nil
    }
}
