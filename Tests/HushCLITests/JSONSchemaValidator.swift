import Foundation
import HushTestSupport

/// Validates JSON text against a JSON Schema with Python's `jsonschema` (the reference implementation every schema
/// draft is tested with), so hush's reports are checked by a validator that hush did not write.
///
/// The draft is taken from the schema's `$schema` (SARIF's is draft-04, hush's are 2020-12). `.ci/run` installs the
/// package; without it the check fails and says so, rather than passing silently.
enum JSONSchemaValidator {
    private static let script = """
        import json, sys
        try:
            from jsonschema import validators
        except ImportError:
            print("python3 cannot import jsonschema: pip install jsonschema"); sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema)
        text = open(sys.argv[3], encoding="utf-8").read()
        documents = [l for l in text.split("\\n") if l] if sys.argv[2] == "lines" else [text]
        errors = []
        for number, document in enumerate(documents, 1):
            for error in validator.iter_errors(json.loads(document)):
                where = "/".join(str(p) for p in error.absolute_path)
                errors.append(f"document {number}: /{where}: {error.message}"[:400])
        print("\\n".join(errors[:20]))
        sys.exit(1 if errors else 0)
        """

    /// nil when `json` (one document, or one per line when `lines`) is valid against the schema at `schema`
    /// (relative to the repository root); otherwise the validator's messages.
    static func problems(_ json: String, schema: String, lines: Bool = false) throws -> String? {
        let file = NSTemporaryDirectory() + "hush-schema-" + UUID().uuidString
        try Data(json.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repository.path(schema), lines ? "lines" : "one", file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let messages = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "\(schema): \(messages)"
    }
}
