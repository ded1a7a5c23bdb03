import HushCore
import Testing

@Test func shardHashIsFNV1a64OfTheUTF8Path() {
    // Published FNV-1a 64 test vectors: other languages compute the same assignment.
    #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(Shard.hash("foobar") == 0x8594_4171_f739_67e8)
}

@Test func shardsParseOneBasedAndRejectNonsense() {
    #expect(Shard(parsing: "1/1") == Shard(index: 1, count: 1))
    #expect(Shard(parsing: "3/8")?.description == "3/8")
    for text in ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "-1/2", ""] {
        #expect(Shard(parsing: text) == nil, "\(text)")
    }
}

@Test func everyPathIsInExactlyOneShard() {
    let paths = (0..<500).map { "dir\($0 % 7)/file-\($0).txt" } + ["张三_身份证.txt", "./a b/c"]
    for count in [1, 2, 3, 8] {
        let shards = (1...count).map { Shard(index: $0, count: count)! }
        for path in paths {
            #expect(shards.filter { $0.contains(path) }.count == 1)
        }
    }
    // And the split is not degenerate.
    let three = (1...3).map { Shard(index: $0, count: 3)! }
    for shard in three { #expect(paths.filter(shard.contains).count > 100) }
}
