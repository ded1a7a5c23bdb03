import Foundation
@testable import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

private func scratch() throws -> String {
    let path = NSTemporaryDirectory() + "hush-fileredaction-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func redact(_ path: String, regionSize: Int, snapshot: FileSnapshot? = nil) throws -> FileRedaction.Result {
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    var info = stat()
    fstat(descriptor, &info)
    let redaction = FileRedaction(
        scanner: Scanner(rules: try builtin.get().rules), state: ScanState(), keep: KeepList(), path: path, encoding: nil,
        regionSize: regionSize, source: descriptor, snapshot: snapshot ?? FileSnapshot(info),
        target: .inPlace(location: FilePath(path), backupSuffix: nil), diff: nil)
    return try redaction.run()
}

@Suite struct FileRedactionTests {
    @Test func aLargeFileRedactedInRegionsEqualsOneRedactedWhole() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = "开头没有号码，只有文字。\n"
        for index in 0..<4000 {
            text += index % 3 == 0 ? "第\(index)行 手机 \(13_800_000_000 + index * 31) 身份证 11010519491231002X\n" : "第\(index)行 无关的内容 version 1.2.\(index)\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/small-regions.txt"))
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/whole.txt"))
        let regions = try redact(folder + "/small-regions.txt", regionSize: 8 << 10)
        let whole = try redact(folder + "/whole.txt", regionSize: 64 << 20)
        #expect(regions.edits == whole.edits)
        #expect(regions.edits > 2000)
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/small-regions.txt"))
        let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/whole.txt"))
        #expect(a == b)
        #expect(a.count == text.utf8.count)
    }

    @Test func aFileChangedSinceItWasReadIsNotReplaced() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.txt"
        try Data("手机 13812345678\n".utf8).write(to: URL(fileURLWithPath: path))
        var stale = try #require(FileSnapshot.of(FilePath(path)))
        stale.modifiedSeconds -= 10
        #expect {
            _ = try redact(path, regionSize: 1 << 20, snapshot: stale)
        } throws: { error in
            "\(error)" == RedactionError.changedDuringRun.description
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "手机 13812345678\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
    }

    @Test func aCleanFileIsNotWritten() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/clean.txt"
        try Data("nothing here, version 1.2.3\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try #require(FileSnapshot.of(FilePath(path)))
        #expect(try redact(path, regionSize: 1 << 20).edits == 0)
        #expect(FileSnapshot.of(FilePath(path)) == before)
    }
}
