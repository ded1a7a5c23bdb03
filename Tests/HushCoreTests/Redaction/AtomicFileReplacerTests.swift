import Foundation
import HushCore
import Testing

private func scratch() throws -> String {
    let path = NSTemporaryDirectory() + "hush-atomic-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func names(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
}

@Suite struct AtomicFileReplacerTests {
    @Test func installReplacesTheFileWithTheGivenMode() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/a.txt"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        let replacer = try AtomicFileReplacer(target: FilePath(target))
        #expect(try names(folder) == ["a.txt"])  // unnamed until installed
        try Array("new\n".utf8).withUnsafeBufferPointer { try replacer.write($0) }
        try replacer.prepare(mode: 0o640)
        try replacer.install()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o640)
        #expect(try names(folder) == ["a.txt"])
    }

    @Test func discardLeavesTheTargetAndNoTemporaryFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/a.txt"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        do {
            let replacer = try AtomicFileReplacer(target: FilePath(target))
            try Array("half".utf8).withUnsafeBufferPointer { try replacer.write($0) }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        #expect(try names(folder) == ["a.txt"])
    }

    @Test func onlyUnlockedTemporaryFilesAreStale() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("left by a killed run".utf8).write(to: URL(fileURLWithPath: folder + "/.hush-tmp-dead"))
        try Data("data".utf8).write(to: URL(fileURLWithPath: folder + "/.hush-notes"))
        let held = open(folder + "/.hush-tmp-live", O_RDWR | O_CREAT, 0o600)
        defer { close(held) }
        #expect(flock(held, LOCK_EX) == 0)
        #expect(AtomicFileReplacer.removeStaleTemporaries(in: FilePath(folder)) == 1)
        #expect(try names(folder) == [".hush-notes", ".hush-tmp-live"])
    }

    @Test func aNamedTemporaryFileIsPrivateAndGoneAfterInstallOrDiscard() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/a.txt"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        let kept = try AtomicFileReplacer(target: FilePath(target), unnamed: false)
        let temporary = try #require(try names(folder).first { $0.hasPrefix(".hush-tmp-") })
        #expect((try FileManager.default.attributesOfItem(atPath: folder + "/" + temporary)[.posixPermissions] as? Int) == 0o600)
        #expect(AtomicFileReplacer.removeStaleTemporaries(in: FilePath(folder)) == 0)  // locked: a run in progress
        try Array("new\n".utf8).withUnsafeBufferPointer { try kept.write($0) }
        try kept.prepare(mode: 0o644)
        try kept.install()
        #expect(try names(folder) == ["a.txt"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        do { _ = try AtomicFileReplacer(target: FilePath(target), unnamed: false) }
        #expect(try names(folder) == ["a.txt"])
    }
}
