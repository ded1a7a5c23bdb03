/// One of `count` disjoint parts of a scan, so that `count` runs (on as many machines or batch tasks) together scan
/// every file exactly once (DESIGN §9).
///
/// A file belongs to shard `index` when the FNV-1a 64-bit hash of its path, as reported (the UTF-8 of the path as
/// reached from the arguments), taken modulo `count`, is `index - 1`. The hash is fixed here and never seeded, so the
/// assignment is the same on every machine, run and version; a batch engine can compute it in any language.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based: `1...count`.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (1 ≤ K ≤ N).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the file at `path` (as reported) belongs to this shard.
    public func contains(_ path: String) -> Bool {
        Int(Self.hash(path) % UInt64(count)) == index - 1
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `path`.
    public static func hash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
