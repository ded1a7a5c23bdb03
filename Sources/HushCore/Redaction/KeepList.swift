/// Values a user keeps (`--keep`, `--keep-file`): findings with these values are left as they are.
///
/// A harassment victim shares chat logs as evidence: the collector's number must stay readable while every friend's
/// number is redacted. Values are compared as `ValueNormalizer` normalises findings (full-width digits folded,
/// separators and the `+86` prefix dropped), so `--keep "+86 138-1234-5678"` keeps `13812345678` and `１３８１２３４５６７８`.
/// A kept value carries no type, so it is normalised once per type and matched against findings of that type.
public struct KeepList: Sendable {
    private var normalized: [FindingType: Set<String>] = [:]
    public private(set) var count = 0

    public init(_ values: [String] = []) {
        for value in values { add(value) }
    }

    public var isEmpty: Bool { count == 0 }

    public mutating func add(_ value: String) {
        let folded = TextView(utf8: Array(value.utf8)).bytes
        guard !folded.isEmpty else { return }
        count += 1
        for type in FindingType.allCases {
            let key = ValueNormalizer.normalize(folded, type: type)
            if !key.isEmpty { normalized[type, default: []].insert(key) }
        }
    }

    /// The values of a keep file: one per line; blank lines and lines starting with `#` are skipped, and spaces or tabs
    /// around a value (and a CR before the LF) are not part of it.
    public static func values(inFile bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
            let value = String(line.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
            return value.isEmpty || value.hasPrefix("#") ? nil : value
        }
    }

    public func keeps(_ finding: Finding) -> Bool {
        normalized[finding.type]?.contains(finding.normalizedValue) ?? false
    }
}
