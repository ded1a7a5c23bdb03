/// Writes a configuration back as TOML, with every default filled in: what `hush config show` prints.
///
/// The output is itself a valid `.hush.toml` (comments say where each part came from), so it can be saved and edited.
public enum ConfigurationPrinter {
    /// `rules` is the rule set in effect, for the summary comment; `baselineFile`/`baseline` the baseline in force.
    public static func render(
        _ configuration: Configuration, minConfidence: Confidence, failOn: Confidence, rules: [Rule], baselineFile: String?,
        baseline: Baseline?
    ) -> String {
        var out = "# hush configuration in effect\n"
        out += "# file: \(configuration.file ?? "none (defaults)")\n"
        if let baselineFile, let baseline {
            out += "# baseline: \(baselineFile) (\(baseline.total) accepted finding\(baseline.total == 1 ? "" : "s"))\n"
        } else {
            out += "# baseline: none\n"
        }
        let disabled = configuration.rules.filter { $0.value.enabled == false }.keys.sorted()
        out += "# rules in effect: \(rules.count)" + (disabled.isEmpty ? "" : "; off: \(disabled.joined(separator: ", "))") + "\n\n"
        out += "min_confidence = \(quote(minConfidence.description))\n"
        out += "fail_on = \(quote(failOn.description))\n"
        out += "rule_paths = \(array(configuration.rulePaths))\n"
        out += "\n[allow]\n" + allowBody(configuration.allow)
        for id in configuration.rules.keys.sorted() {
            guard let settings = configuration.rules[id] else { continue }
            out += "\n[rules.\(key(id))]\n"
            if let enabled = settings.enabled { out += "enabled = \(enabled)\n" }
            if let level = settings.confidence { out += "confidence = \(quote(level.description))\n" }
            if !settings.allow.isEmpty { out += "\n[rules.\(key(id)).allow]\n" + allowBody(settings.allow) }
        }
        return out
    }

    private static func allowBody(_ spec: AllowlistSpec) -> String {
        "paths = \(array(spec.paths))\nvalues = \(array(spec.values))\nregexes = \(array(spec.regexes))\n"
    }

    private static func key(_ id: String) -> String {
        id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } ? id : quote(id)
    }

    private static func array(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ", ") + "]"
    }

    /// A TOML basic string.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
