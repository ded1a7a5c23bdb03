import Foundation
import TOMLKit

/// Reads `.hush.toml` into a `Configuration`, strictly: an unknown key or a value of the wrong kind is an error at its
/// line, because a misspelt `enabeld = false` that is silently ignored leaves a team believing a rule is off.
///
/// TOMLKit gives positions only for syntax errors; every other error is placed with `TOMLLineLocator`.
public enum ConfigurationLoader {
    private static let topKeys: Set<String> = ["min_confidence", "fail_on", "rule_paths", "rules", "allow"]
    private static let ruleKeys: Set<String> = ["enabled", "confidence", "allow"]
    private static let allowKeys: Set<String> = ["paths", "values", "regexes"]

    /// Loads the file at `path`.
    public static func load(file path: String) throws(ConfigurationError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigurationError(file: path, message: exists ? "cannot read the configuration (not UTF-8, or no permission)" : "no such file")
        }
        return try load(text: text, file: path)
    }

    /// Parses `text`; `file` names it in errors and anchors `rule_paths`.
    public static func load(text: String, file: String) throws(ConfigurationError) -> Configuration {
        if let problem = TOMLPreflight.firstProblem(in: text) {
            throw ConfigurationError(file: file, line: problem.line, message: problem.message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: file, line: error.source.begin.line, message: "invalid TOML: \(error.description)")
        } catch {
            throw ConfigurationError(file: file, message: "invalid TOML: \(error)")
        }
        var reader = Reader(file: file, locator: TOMLLineLocator(text))
        var configuration = Configuration(file: file)
        for key in table.keys.sorted() where !topKeys.contains(key) {
            throw reader.fail([key], "unknown key '\(key)' (known: \(topKeys.sorted().joined(separator: ", ")))")
        }
        configuration.minConfidence = try reader.level(table["min_confidence"], ["min_confidence"])
        configuration.failOn = try reader.level(table["fail_on"], ["fail_on"])
        let folder = (file as NSString).deletingLastPathComponent
        configuration.rulePaths = try reader.strings(table["rule_paths"], ["rule_paths"]).map { path in
            path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
        }
        if let value = table["allow"] { configuration.allow = try reader.allowlist(value, ["allow"]) }
        if let value = table["rules"] {
            guard let rules = value.table else { throw reader.fail(["rules"], "'rules' must be a table of [rules.<id>] sections") }
            for id in rules.keys.sorted() {
                let path = ["rules", id]
                guard let settingsTable = rules[id]?.table else {
                    throw reader.fail(path, "rules.\(id) must be a table (enabled, confidence, allow)")
                }
                var settings = RuleSettings()
                for key in settingsTable.keys.sorted() where !ruleKeys.contains(key) {
                    throw reader.fail(path + [key], "unknown key '\(key)' in [rules.\(id)] (known: \(ruleKeys.sorted().joined(separator: ", ")))")
                }
                if let enabled = settingsTable["enabled"] {
                    guard let flag = enabled.bool else { throw reader.fail(path + ["enabled"], "rules.\(id).enabled must be true or false") }
                    settings.enabled = flag
                }
                settings.confidence = try reader.level(settingsTable["confidence"], path + ["confidence"])
                if let allow = settingsTable["allow"] { settings.allow = try reader.allowlist(allow, path + ["allow"]) }
                reader.remember(path)
                configuration.rules[id] = settings
            }
        }
        configuration.positions = reader.positions
        return configuration
    }

    /// Typed access that records where each key was, for errors found later (an unknown rule id, a bad regex).
    private struct Reader {
        let file: String
        let locator: TOMLLineLocator
        var positions: [String: Int] = [:]

        init(file: String, locator: TOMLLineLocator) {
            self.file = file
            self.locator = locator
        }

        func fail(_ path: [String], _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: locator.line(ofPath: path), message: message)
        }

        mutating func remember(_ path: [String]) {
            positions[path.joined(separator: ".")] = locator.line(ofPath: path)
        }

        mutating func level(_ value: (any TOMLValueConvertible)?, _ path: [String]) throws(ConfigurationError) -> Confidence? {
            guard let value else { return nil }
            guard let level = value.string.flatMap(Confidence.init(name:)) else {
                throw fail(path, "\(path.joined(separator: ".")) must be \"low\", \"medium\" or \"high\"")
            }
            remember(path)
            return level
        }

        mutating func strings(_ value: (any TOMLValueConvertible)?, _ path: [String]) throws(ConfigurationError) -> [String] {
            guard let value else { return [] }
            let name = path.joined(separator: ".")
            guard let array = value.array else { throw fail(path, "\(name) must be an array of strings") }
            var strings: [String] = []
            for element in array {
                guard let string = element.string, !string.isEmpty else { throw fail(path, "\(name) must be an array of non-empty strings") }
                strings.append(string)
            }
            remember(path)
            return strings
        }

        mutating func allowlist(_ value: any TOMLValueConvertible, _ path: [String]) throws(ConfigurationError) -> AllowlistSpec {
            let name = path.joined(separator: ".")
            guard let table = value.table else { throw fail(path, "\(name) must be a table (paths, values, regexes)") }
            for key in table.keys.sorted() where !allowKeys.contains(key) {
                throw fail(path + [key], "unknown key '\(key)' in \(name) (known: paths, values, regexes)")
            }
            remember(path)
            return AllowlistSpec(
                paths: try strings(table["paths"], path + ["paths"]), values: try strings(table["values"], path + ["values"]),
                regexes: try strings(table["regexes"], path + ["regexes"]))
        }
    }
}
