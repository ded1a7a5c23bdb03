/// Compares field names with rule words regardless of case, separators and spacing: `id_card`, `idCard`, `ID-Card`
/// and `证件 号码` all normalise the same way.
enum FieldName {
    static func normalize(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !"_- .:：\t\"'".unicodeScalars.contains($0) })
    }
}
