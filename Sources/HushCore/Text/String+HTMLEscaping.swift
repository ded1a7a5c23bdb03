extension String {
    /// The text escaped for HTML element content and double- or single-quoted attribute values.
    ///
    /// The HTML report escapes everything it shows with it (paths, snippets and reasons come from scanned files), and
    /// redaction writes a replacement into HTML or XML with it.
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
