/// Normalises a value for comparison: the same person's number written `+86 138-1234-5678` and `13812345678` is one
/// value for `distinct_values`, fingerprints and `--keep`.
public enum ValueNormalizer {
    /// `viewValue` is the value in the text view (full-width already folded).
    public static func normalize(_ viewValue: some Collection<UInt8>, type: FindingType) -> String {
        switch type {
        case .phone, .nationalID, .bankCard, .bankAccount, .passport, .businessID:
            var kept = viewValue.filter { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
                .map { $0 >= 0x61 ? $0 - 0x20 : $0 }
            if type == .phone {
                if kept.count == 15, kept.starts(with: Array("0086".utf8)) { kept.removeFirst(4) }
                if kept.count == 13, kept.starts(with: Array("86".utf8)) { kept.removeFirst(2) }
            }
            return String(decoding: kept, as: UTF8.self)
        case .email:
            return String(decoding: viewValue, as: UTF8.self).lowercased()
        default:
            return String(decoding: viewValue, as: UTF8.self)
        }
    }
}
