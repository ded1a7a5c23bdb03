extension String {
    /// The text escaped for HTML element content and double- or single-quoted attribute values.
    ///
    /// Everything a report shows came from the scanned files (paths, snippets, reasons) or from rule files, so all of
    /// it is escaped, always; the page never puts scanned text into a script or a style.
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
