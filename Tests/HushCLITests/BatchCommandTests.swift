import Foundation
import HushTestSupport
import Testing

/// `--files-from` and `--shard`: the contract a batch engine uses (DESIGN §9).
private func makeFolder(_ files: [String: String]) throws -> String {
    let path = NSTemporaryDirectory() + "hush-batch-" + UUID().uuidString
    for (name, text) in files {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }
    return path
}

private func findingPaths(_ jsonl: String) -> [String] {
    jsonl.split(separator: "\n").compactMap { line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            object["kind"] as? String == "finding"
        else { return nil }
        return ((object["finding"] as? [String: Any]) ?? object)["path"] as? String
    }.sorted()
}

@Test func filesFromReadsNewlineAndNulListsFromStdinOrAFile() throws {
    let folder = try makeFolder(["a.txt": "13812345678\n", "b.txt": "clean\n", "c/d.txt": "13912345678\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let a = folder + "/a.txt", d = folder + "/c/d.txt", b = folder + "/b.txt"
    let newline = try HushProcess.run(["scan", "--files-from", "-", "--format", "jsonl"], stdin: Data("\(a)\r\n\n\(d)\n".utf8))
    #expect(newline.status == 1)
    #expect(findingPaths(newline.stdout) == [a, d])
    let nul = try HushProcess.run(["scan", "--files-from", "-", "-0", "--format", "jsonl"], stdin: Data("\(a)\u{0}\(b)\u{0}".utf8))
    #expect(findingPaths(nul.stdout) == [a])
    try Data("\(b)\n".utf8).write(to: URL(fileURLWithPath: folder + "/list"))
    #expect(try HushProcess.run(["scan", "--files-from", folder + "/list"]).status == 0)
}

@Test func anUnreadableListedPathIsANamedPath() throws {
    let folder = try makeFolder(["a.txt": "13812345678\n", "b.txt": "clean\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let missing = try HushProcess.run(["scan", "--files-from", "-"], stdin: Data("\(folder)/b.txt\n\(folder)/gone.txt\n".utf8))
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("gone.txt"))
    let found = try HushProcess.run(["scan", "--files-from", "-"], stdin: Data("\(folder)/a.txt\n\(folder)/gone.txt\n".utf8))
    #expect(found.status == 1)
    let noList = try HushProcess.run(["scan", "--files-from", folder + "/no-such-list"])
    #expect(noList.status == 2)
    #expect(noList.stderr.contains("no-such-list"))
}

@Test func shardsOfAWalkCoverEveryFileOnce() throws {
    var files: [String: String] = [:]
    for index in 0..<40 { files["d\(index % 3)/f\(index).txt"] = "手机 13812345\(String(format: "%03d", index))\n" }
    let folder = try makeFolder(files)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let whole = findingPaths(try HushProcess.run(["scan", folder, "--format", "jsonl"]).stdout)
    #expect(whole.count == 40)
    var union: [String] = []
    for k in 1...3 {
        let run = try HushProcess.run(["scan", folder, "--format", "jsonl", "--shard", "\(k)/3"])
        #expect(run.status == 1)
        union += findingPaths(run.stdout)
    }
    #expect(union.sorted() == whole)
    // A shard that holds none of the files is not a failure: the other shards scan them.
    let one = try makeFolder(["only.txt": "clean\n"])
    defer { try? FileManager.default.removeItem(atPath: one) }
    let statuses = try (1...4).map { try HushProcess.run(["scan", one, "--shard", "\($0)/4"]).status }
    #expect(statuses == [0, 0, 0, 0])
}

@Test func batchOptionsAreValidated() throws {
    #expect(try HushProcess.run(["scan", "--shard", "0/3"]).status == 2)
    #expect(try HushProcess.run(["scan", "--shard", "1/3", "-"], stdin: Data()).status == 2)
    #expect(try HushProcess.run(["scan", "--files-from", "-", "-"], stdin: Data()).status == 2)
    #expect(try HushProcess.run(["scan", "-0"]).status == 2)
    #expect(try HushProcess.run(["scan", "--staged", "--shard", "1/2"]).status == 2)
}
