/// A (type, normalised value) pair, counted once per run for the summary's `distinct_values`.
///
/// Values compare by their UTF-8 bytes, and the hash is computed once, when the pair is made: a dense export adds a
/// pair per finding, and `String`'s own hashing (Unicode-aware, redone at every resize of a set) was 4 % of a scan's
/// time. Byte equality counts two spellings of one name in different Unicode normal forms as two values; the bytes in
/// the files differ too, and a redaction would treat them apart as well.
struct DistinctValue {
    let type: FindingType
    let value: String
    /// A seeded SipHash of the type and the value's bytes, which `DistinctValueCounter` indexes by directly.
    let hash: Int

    init(type: FindingType, value: String) {
        self.type = type
        self.value = value
        var hasher = Hasher()
        hasher.combine(type)
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hash = hasher.finalize()
    }

    static func == (lhs: DistinctValue, rhs: DistinctValue) -> Bool {
        lhs.hash == rhs.hash && lhs.type == rhs.type && lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }
}
