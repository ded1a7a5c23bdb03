/// Normalises a value for comparison: the same person's number written `+86 138-1234-5678` and `13812345678` is one
/// value for `distinct_values`, fingerprints and `--keep`.
public enum ValueNormalizer {
    /// `viewValue` is the value in the text view (full-width already folded).
    public static func normalize(_ viewValue: some Collection<UInt8>, type: FindingType) -> String {
        switch type {
        case .phone, .nationalID, .bankCard, .bankAccount, .passport, .businessID:
            // One pass into the string's own storage: this runs for every finding.
            let count = viewValue.count
            return String(unsafeUninitializedCapacity: count) { out in
                var kept = 0
                for byte in viewValue where (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                    out[kept] = byte >= 0x61 ? byte - 0x20 : byte
                    kept += 1
                }
                var drop = 0
                if type == .phone {
                    if kept == 15, out[0] == 0x30, out[1] == 0x30, out[2] == 0x38, out[3] == 0x36 { drop = 4 }
                    if kept - drop == 13, out[drop] == 0x38, out[drop + 1] == 0x36 { drop += 2 }
                }
                if drop > 0 {
                    for index in 0..<(kept - drop) { out[index] = out[index + drop] }
                }
                return kept - drop
            }
        case .email:
            return String(decoding: viewValue, as: UTF8.self).lowercased()
        default:
            return String(decoding: viewValue, as: UTF8.self)
        }
    }
}
