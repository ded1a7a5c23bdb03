import Foundation

/// Findings a team has accepted (`hush baseline`), so that later scans report only new ones.
///
/// An entry is (repository-relative path, rule, fingerprint) with a count, never a line: moving code does not change
/// the file, and a second copy of an accepted value in the same file is new (the count is exceeded). The fingerprint
/// is the `Fingerprinter`'s, which is why a committed baseline does not give values away (read its doc comment: keyed
/// with `HUSH_KEY`, or a hash of the masked value that says no more than a report does). The file holds no masked
/// value either: it has no need of one.
///
/// The file is sorted, pretty-printed one entry per line, has no timestamp or version of hush in it, and is written
/// only when its bytes would change, so it changes exactly when the accepted findings do.
public struct Baseline: Sendable, Equatable {
    public struct Key: Sendable, Hashable, Comparable {
        public var path: String
        public var rule: String
        public var fingerprint: String

        public init(path: String, rule: String, fingerprint: String) {
            self.path = path
            self.rule = rule
            self.fingerprint = fingerprint
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.path, lhs.rule, lhs.fingerprint) < (rhs.path, rhs.rule, rhs.fingerprint)
        }
    }

    /// The default file name, at the repository root.
    public static let fileName = ".hush-baseline.json"

    /// How many findings of each key are accepted.
    public var counts: [Key: Int]
    /// Whether the fingerprints were made with a team key (`HUSH_KEY`); a scan must fingerprint the same way.
    public var keyed: Bool

    public init(counts: [Key: Int] = [:], keyed: Bool) {
        self.counts = counts
        self.keyed = keyed
    }

    /// The total number of findings accepted.
    public var total: Int { counts.values.reduce(0, +) }

    /// Adds `finding` at repository-relative `path`.
    public mutating func accept(_ finding: Finding, path: String) {
        counts[Key(path: path, rule: finding.rule, fingerprint: finding.fingerprint), default: 0] += 1
    }

    // MARK: - File format

    /// A baseline file that cannot be used. Prints as one line, `file: cause`.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var cause: String
        public var description: String { "\(file): \(cause)" }
    }

    /// The file's bytes: `{"version":1,"keyed":false,"findings":[…]}` with one finding per line, sorted.
    public func encoded() -> [UInt8] {
        var out = "{\n  \"version\": 1,\n  \"keyed\": \(keyed),\n  \"findings\": ["
        let keys = counts.keys.sorted()
        for (index, key) in keys.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"path\": \(Self.quote(key.path)), \"rule\": \(Self.quote(key.rule)), "
            out += "\"fingerprint\": \(Self.quote(key.fingerprint)), \"count\": \(counts[key] ?? 0)}"
        }
        out += keys.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// Reads a baseline file's bytes; `file` names it in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(ReadError) -> Baseline {
        func fail(_ cause: String) -> ReadError { ReadError(file: file, cause: cause) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw fail("not a hush baseline: invalid JSON (\(Self.reason(error)))")
        }
        guard let root = object as? [String: Any] else { throw fail("not a hush baseline: expected a JSON object") }
        guard let version = root["version"] as? Int, version == 1 else {
            throw fail("not a hush baseline of version 1 (write a new one with `hush baseline`)")
        }
        for key in root.keys where !["version", "keyed", "findings"].contains(key) { throw fail("unknown key '\(key)'") }
        guard let keyed = root["keyed"] as? Bool else { throw fail("'keyed' must be true or false") }
        guard let entries = root["findings"] as? [Any] else { throw fail("'findings' must be an array") }
        var baseline = Baseline(keyed: keyed)
        for (index, entry) in entries.enumerated() {
            guard let fields = entry as? [String: Any], let path = fields["path"] as? String, let rule = fields["rule"] as? String,
                let fingerprint = fields["fingerprint"] as? String, let count = fields["count"] as? Int, count > 0
            else {
                throw fail("finding \(index + 1) needs path, rule, fingerprint (strings) and a positive count")
            }
            baseline.counts[Key(path: path, rule: rule, fingerprint: fingerprint), default: 0] += count
        }
        return baseline
    }

    /// Reads the baseline at `path`.
    public static func read(_ path: String) throws(ReadError) -> Baseline {
        guard case let .success(bytes) = FileReader.readAll(FilePath(path), limit: 256 << 20) else {
            throw ReadError(file: path, cause: "cannot read the baseline (\(SystemError().description))")
        }
        return try decode(bytes, file: path)
    }

    /// Writes the baseline to `path` unless the file already holds exactly these bytes. Returns whether it wrote.
    /// The write is atomic (a temporary file renamed over the old one).
    @discardableResult
    public func write(to path: String) throws -> Bool {
        let bytes = encoded()
        if let existing = FileManager.default.contents(atPath: path), Array(existing) == bytes { return false }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }

    private static func quote(_ text: String) -> String {
        var out = ""
        JSONWriter.quote(text, into: &out)
        return out
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
