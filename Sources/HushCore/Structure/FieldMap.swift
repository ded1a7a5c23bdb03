/// The fields of one document, for looking up which field a value sits in.
///
/// A field name is context exactly like a nearby keyword (DESIGN §2): `手机号` over a column says its cells are phone
/// numbers even when the header is a hundred lines up.
public struct FieldMap: Sendable {
    public private(set) var spans: [FieldSpan]
    /// What kind of structure the fields came from (`csv`, `json`, `vcard`, `markup`), for diagnostics and reports.
    public let kind: String
    /// Records that pair a name with a phone number: a contacts file has many of them.
    public var contactRecords: Int = 0

    /// The escapes this kind of document writes values in.
    var escapes: ContentUnescaper.Kind? {
        switch kind {
        case "json": .json
        case "markup": .markup
        case "vcard": .vcard
        case "email": .email
        case "office": .officeText
        default: nil
        }
    }

    public init(spans: [FieldSpan], kind: String) {
        // A file has few distinct field names and many fields: normalise each name once.
        var keys: [String: [UInt8]] = [:]
        self.spans = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { span in
            var span = span
            if let key = keys[span.name] {
                span.key = key
            } else {
                span.key = Array(FieldName.normalize(span.name).utf8)
                keys[span.name] = span.key
            }
            return span
        }
        self.kind = kind
    }

    public static let empty = FieldMap(spans: [], kind: "text")

    /// The index in `spans` of the innermost field containing `range`, if any.
    public func fieldIndex(containing range: Range<Int>) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].range.lowerBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        var scanned = 0
        while index >= 0, scanned < 8 {
            let span = spans[index].range
            if span.lowerBound <= range.lowerBound && span.upperBound >= range.upperBound { return index }
            index -= 1
            scanned += 1
        }
        return nil
    }
}
