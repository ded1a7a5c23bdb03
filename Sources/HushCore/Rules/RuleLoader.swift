import HushPCRE2
import TOMLKit

/// Turns pattern files (TOML, one rule each; format in `patterns/README.md`) into compiled rules.
///
/// Every problem is a `RuleLoadError` naming the file, the line and the rule, because a rule author's first question
/// is where.
public struct RuleLoader: Sendable {
    private let validators: ValidatorRegistry

    public init(data: PatternData) {
        validators = ValidatorRegistry(data: data)
    }

    private static let ruleKeys: Set<String> = [
        "id", "name", "type", "description", "regex", "group", "validator", "validator_mode", "keywords", "context",
        "context_window", "negative_context", "confidence", "max_length", "redact", "examples", "fields", "scope", "digits",
        "lead",
    ]
    private static let exampleKeys: Set<String> = ["text", "match", "confidence", "file"]
    private static let redactKeys: Set<String> = ["strategy", "keep_first", "keep_last", "group"]

    /// Loads one rule from the text of `file`. `expectedID`, when given, must equal the rule's id (the file's name).
    public func load(source: String, file: String, expectedID: String? = nil) throws(RuleLoadError) -> Rule {
        if let problem = TOMLPreflight.firstProblem(in: source) {
            throw RuleLoadError(file: file, line: problem.line, message: problem.message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw RuleLoadError(file: file, line: error.source.begin.line, message: "invalid TOML: \(error.description)")
        } catch {
            throw RuleLoadError(file: file, message: "invalid TOML: \(error)")
        }
        var reader = Reader(table: table, locator: TOMLLineLocator(source), file: file)
        let id = try reader.requiredString("id")
        reader.ruleID = id
        if let expectedID, expectedID != id {
            throw reader.error("id", "the file must be named after the rule's id ('\(id).toml')")
        }
        guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), !id.isEmpty else {
            throw reader.error("id", "id must be kebab-case ASCII")
        }
        for key in table.keys where !Self.ruleKeys.contains(key) {
            throw reader.error(key, "unknown key '\(key)'")
        }
        let name = try reader.requiredString("name")
        let typeName = try reader.requiredString("type")
        guard let type = FindingType(rawValue: typeName) else {
            throw reader.error("type", "unknown type '\(typeName)' (one of \(FindingType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let pattern = try reader.requiredString("regex")
        let regex: PCRE2Regex
        do {
            regex = try PCRE2Regex(pattern)
        } catch {
            throw reader.error("regex", "regex error \(error)")
        }
        if regex.canMatchEmpty { throw reader.error("regex", "the regex can match the empty string") }
        let valueGroup = try group(reader.value("group"), in: regex, default: regex.groupNumber(named: "value") ?? 0, reader: reader, key: "group")

        let validatorName = try reader.optionalString("validator")
        var validator: (any Validator)?
        if let validatorName {
            guard let made = validators.make(validatorName) else {
                throw reader.error("validator", "no validator named '\(validatorName)' (known: \(ValidatorRegistry.names.joined(separator: ", ")))")
            }
            validator = made
        }
        let mode = try reader.optionalString("validator_mode") ?? "reject"
        guard mode == "reject" || mode == "score" else {
            throw reader.error("validator_mode", "validator_mode must be 'reject' or 'score'")
        }
        let baseConfidence = try reader.confidence("confidence") ?? .medium
        let contextWindow = try reader.optionalInt("context_window") ?? 40
        guard (0...1000).contains(contextWindow) else { throw reader.error("context_window", "context_window must be 0…1000") }
        let maxLength = try reader.optionalInt("max_length") ?? 256
        guard maxLength > 0 else { throw reader.error("max_length", "max_length must be positive") }
        let keywords = try reader.strings("keywords")
        if keywords.contains(where: \.isEmpty) { throw reader.error("keywords", "keywords must not be empty strings") }

        let scope = try reader.optionalString("scope") ?? "text"
        guard scope == "text" || scope == "field" else { throw reader.error("scope", "scope must be 'text' or 'field'") }
        let fields = try reader.strings("fields")
        if scope == "field" && fields.isEmpty { throw reader.error("scope", "a field-scoped rule needs 'fields'") }
        let digits = try reader.optionalInt("digits")
        if let digits, !(1...64).contains(digits) { throw reader.error("digits", "digits must be 1…64") }
        let lead = try reader.optionalInt("lead")
        if let lead {
            guard digits != nil || !keywords.isEmpty else {
                throw reader.error("lead", "lead needs digits or keywords: it bounds where a match starts before what its prefilter finds")
            }
            guard (0...maxLength).contains(lead) else { throw reader.error("lead", "lead must be 0…max_length (\(maxLength))") }
        }
        var rule = Rule(
            id: id, name: name, type: type, description: try reader.optionalString("description") ?? "",
            regex: regex, valueGroup: valueGroup, validatorName: validatorName, validator: validator,
            validatorScoresOnly: mode == "score", keywords: keywords, context: try reader.strings("context"),
            contextWindow: contextWindow, negativeContext: try reader.strings("negative_context"),
            baseConfidence: baseConfidence, maxLength: maxLength, redaction: try redaction(reader, regex: regex),
            examples: [], file: file, source: source, fields: fields, digits: digits, lead: lead,
            fieldScoped: scope == "field")
        rule.examples = try examples(reader, ruleID: id)
        return rule
    }

    private func group(
        _ value: (any TOMLValueConvertible)?, in regex: PCRE2Regex, default fallback: Int, reader: Reader, key: String
    ) throws(RuleLoadError) -> Int {
        guard let value else { return fallback }
        if let number = value.int {
            guard (0...regex.captureCount).contains(number) else {
                throw reader.error(key, "group \(number) does not exist (the regex has \(regex.captureCount))")
            }
            return number
        }
        if let name = value.string {
            guard let number = regex.groupNumber(named: name) else { throw reader.error(key, "no group named '\(name)' in the regex") }
            return number
        }
        throw reader.error(key, "\(key) must be a group number or name")
    }

    private func redaction(_ reader: Reader, regex: PCRE2Regex) throws(RuleLoadError) -> RedactionSpec {
        guard let value = reader.value("redact") else { return .mask(keepFirst: 0, keepLast: 0, group: nil) }
        guard let table = value.table else { throw reader.error("redact", "redact must be a table") }
        for key in table.keys where !Self.redactKeys.contains(key) {
            throw reader.error("redact", "unknown key 'redact.\(key)'")
        }
        let strategy = table["strategy"]?.string ?? "mask"
        switch strategy {
        case "mask":
            let keepFirst = table["keep_first"]?.int ?? 0
            let keepLast = table["keep_last"]?.int ?? 0
            guard keepFirst >= 0, keepLast >= 0 else { throw reader.error("redact", "keep_first and keep_last must not be negative") }
            var group: Int?
            if let groupValue = table["group"] {
                group = try self.group(groupValue, in: regex, default: 0, reader: reader, key: "redact")
            }
            return .mask(keepFirst: keepFirst, keepLast: keepLast, group: group)
        case "fixed": return .fixed
        case "email": return .email
        case "label": return .label
        case "hash": return .hash
        default: throw reader.error("redact", "unknown redaction strategy '\(strategy)' (mask, fixed, email, label, hash)")
        }
    }

    private func examples(_ reader: Reader, ruleID: String) throws(RuleLoadError) -> [RuleExample] {
        guard let value = reader.value("examples") else { return [] }
        guard let array = value.array else { throw reader.error("examples", "examples must be an array of tables ([[examples]])") }
        var examples: [RuleExample] = []
        for (index, element) in array.enumerated() {
            let line = reader.locator.line(of: nil, arrayTable: "examples", index: index)
            func fail(_ message: String, key: String? = nil) -> RuleLoadError {
                RuleLoadError(
                    file: reader.file, line: reader.locator.line(of: key, arrayTable: "examples", index: index) ?? line,
                    ruleID: ruleID, message: message)
            }
            guard let table = element.table else { throw fail("each example must be a table") }
            for key in table.keys where !Self.exampleKeys.contains(key) { throw fail("unknown key '\(key)' in example", key: key) }
            guard let marked = table["text"]?.string else { throw fail("example has no text") }
            let shouldMatch = table["match"]?.bool ?? true
            var confidence: Confidence?
            if let name = table["confidence"] {
                guard let level = name.string.flatMap(Confidence.init(name:)) else {
                    throw fail("confidence must be low, medium or high", key: "confidence")
                }
                confidence = level
            }
            guard let (text, spans) = RuleExample.unmark(marked) else { throw fail("unbalanced «» markers", key: "text") }
            if shouldMatch && spans.isEmpty { throw fail("a positive example needs «» around each expected value", key: "text") }
            if !shouldMatch && !spans.isEmpty { throw fail("a negative example (match = false) must not mark values", key: "text") }
            examples.append(
                RuleExample(
                    ruleID: ruleID, file: reader.file, line: reader.locator.line(of: "text", arrayTable: "examples", index: index) ?? 0,
                    text: text, expectedSpans: spans, shouldMatch: shouldMatch, confidence: confidence,
                    fileName: table["file"]?.string))
        }
        return examples
    }
}

/// Typed access to a rule table that reports errors at the key's line.
private struct Reader {
    let table: TOMLTable
    let locator: TOMLLineLocator
    let file: String
    var ruleID: String?

    func value(_ key: String) -> (any TOMLValueConvertible)? { table[key] }

    func error(_ key: String, _ message: String) -> RuleLoadError {
        RuleLoadError(file: file, line: locator.line(of: key), ruleID: ruleID, message: message)
    }

    func requiredString(_ key: String) throws(RuleLoadError) -> String {
        guard let value = table[key] else { throw RuleLoadError(file: file, line: 1, ruleID: ruleID, message: "missing key '\(key)'") }
        guard let string = value.string, !string.isEmpty else { throw error(key, "'\(key)' must be a non-empty string") }
        return string
    }

    func optionalString(_ key: String) throws(RuleLoadError) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw error(key, "'\(key)' must be a string") }
        return string
    }

    func optionalInt(_ key: String) throws(RuleLoadError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error(key, "'\(key)' must be an integer") }
        return number
    }

    func strings(_ key: String) throws(RuleLoadError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "'\(key)' must be an array of strings") }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else { throw error(key, "'\(key)' must be an array of strings") }
            strings.append(string)
        }
        return strings
    }

    func confidence(_ key: String) throws(RuleLoadError) -> Confidence? {
        guard let name = try optionalString(key) else { return nil }
        guard let level = Confidence(name: name) else { throw error(key, "'\(key)' must be low, medium or high") }
        return level
    }
}
