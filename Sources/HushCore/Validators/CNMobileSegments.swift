/// The number segments allocated to mainland China mobile services, read from `patterns/data/cn-mobile-segments.txt`.
///
/// Each line is `PREFIX OPERATOR KIND`: a prefix of 3 to 5 digits, the operator it was issued to (`china-mobile`,
/// `china-unicom`, `china-telecom`, `china-broadnet` or `virtual`) and what the 11-digit numbers under it are used for.
/// Allocations are nested (`134` is China Mobile but `1349` China Telecom; only `17400`–`17405` of `174` are in use),
/// so the longest listed prefix decides. A prefix listed twice is an error, because which line wins would otherwise
/// depend on file order. The operator is checked but not kept: since number portability (2019) it no longer names the
/// carrier of a number.
package struct CNMobileSegments: Sendable {
    /// What numbers in a segment are for. IoT segments (13-digit numbers) are not listed, so they are never phones.
    package enum SegmentKind: String, Sendable, CaseIterable {
        case voice, data, virtual
    }

    private static let operators: Set<Substring> = [
        "china-mobile", "china-unicom", "china-telecom", "china-broadnet", "virtual",
    ]

    private var kinds: [Int: SegmentKind] = [:]

    package init(parsing text: String, file: String = "cn-mobile-segments.txt") throws(DataTableError) {
        var firstLine: [Int: Int] = [:]
        for line in DataTableLine.lines(of: text) {
            let fail = { (message: String) in DataTableError(file: file, line: line.number, message: message) }
            let fields = line.fields
            guard fields.count == 3 else {
                throw fail(
                    "expected 'PREFIX OPERATOR KIND', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            let prefix = fields[0]
            guard (3...5).contains(prefix.utf8.count), prefix.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  prefix.utf8.first == UInt8(ascii: "1"), let value = Int(prefix)
            else { throw fail("expected a prefix of 3 to 5 digits starting with 1, found '\(prefix)'") }
            guard Self.operators.contains(fields[1]) else {
                let known = Self.operators.sorted().joined(separator: ", ")
                throw fail("unknown operator '\(fields[1])' (expected one of \(known))")
            }
            guard let kind = SegmentKind(rawValue: String(fields[2])) else {
                throw fail("unknown kind '\(fields[2])' (expected voice, data or virtual)")
            }
            let key = Self.key(prefix: value, length: prefix.utf8.count)
            if let earlier = firstLine[key] {
                throw fail("prefix \(prefix) is already listed on line \(earlier)")
            }
            firstLine[key] = line.number
            kinds[key] = kind
        }
    }

    /// How many prefixes the table lists.
    package var count: Int { kinds.count }

    /// The kind of the longest listed prefix of `nationalNumber` (digit values 0–9, without country code), or nil when
    /// no listed prefix matches.
    package func kind(of nationalNumber: some Collection<UInt8>) -> SegmentKind? {
        var prefix = 0
        var length = 0
        var found: SegmentKind?
        for digit in nationalNumber.prefix(5) {
            guard digit <= 9 else { return nil }
            prefix = prefix * 10 + Int(digit)
            length += 1
            if length >= 3, let kind = kinds[Self.key(prefix: prefix, length: length)] {
                found = kind
            }
        }
        return found
    }

    /// The kind of an 11-digit national number given as an integer, without building a digit array.
    func kind(ofElevenDigits number: Int) -> SegmentKind? {
        kinds[Self.key(prefix: number / 1_000_000, length: 5)]
            ?? kinds[Self.key(prefix: number / 10_000_000, length: 4)]
            ?? kinds[Self.key(prefix: number / 100_000_000, length: 3)]
    }

    private static func key(prefix: Int, length: Int) -> Int {
        length * 100_000 + prefix
    }
}
