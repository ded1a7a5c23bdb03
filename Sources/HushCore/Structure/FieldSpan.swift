/// A stretch of a structured document that belongs to a named field: a CSV cell under its header, a JSON value under
/// its key, a vCard property's value, an HTML input's value under its `name`.
public struct FieldSpan: Sendable, Equatable {
    /// Byte range in the decoded UTF-8 text.
    public var range: Range<Int>
    /// The field's name as written (`手机号`, `idCard`, `TEL`).
    public var name: String
    /// The name normalised for comparison (`FieldName.normalize`), as UTF-8; set by `FieldMap`.
    public internal(set) var key: [UInt8] = []

    public init(range: Range<Int>, name: String) {
        self.range = range
        self.name = name
    }
}
