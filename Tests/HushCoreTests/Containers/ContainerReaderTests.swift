import Foundation
@testable import HushCore
import HushTestSupport
import Testing

private func zip(_ members: [(String, [UInt8])]) throws -> [UInt8] {
    let directory = NSTemporaryDirectory() + "hush-zip-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for (name, bytes) in members {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", "import zipfile,os,sys; z=zipfile.ZipFile('out.zip','w',zipfile.ZIP_DEFLATED)\nfor n in sys.argv[1:]: z.write(n)\nz.close()"] + members.map(\.0)
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    try process.run()
    process.waitUntilExit()
    return Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/out.zip")))
}

private func events(_ bytes: [UInt8], limits: ArchiveLimits = ArchiveLimits()) -> [String] {
    var reader = ContainerReader(container: "a.zip", limits: limits)
    var seen: [String] = []
    reader.expand(path: "a.zip", source: .bytes(bytes), format: ContainerFormat(sniffing: bytes)!) { event in
        switch event {
        case let .member(document): seen.append("\(document.path) \(document.bytes.count) \(document.container ?? "")")
        case let .skipped(file): seen.append("skipped \(file.path): \(file.reason)")
        }
    }
    return seen
}

@Test func membersAndNestedArchives() throws {
    let inner = try zip([("note.txt", Array("13812345678".utf8))])
    let outer = try zip([("contacts.csv", Array("a,b\n".utf8)), ("inner.zip", inner)])
    #expect(events(outer) == ["a.zip!contacts.csv 4 a.zip", "a.zip!inner.zip!note.txt 11 a.zip"])
}

@Test func nestingDepthIsLimited() throws {
    let inner = try zip([("note.txt", Array("x".utf8))])
    let outer = try zip([("inner.zip", inner)])
    #expect(events(outer, limits: ArchiveLimits(maxDepth: 1)) == ["skipped a.zip!inner.zip: limit exceeded: archives nested deeper than 1"])
}

@Test func compressionRatioStopsBombs() throws {
    let bomb = try zip([("zeros.txt", [UInt8](repeating: 0x30, count: 5_000_000))])
    #expect(events(bomb).first?.hasPrefix("skipped a.zip!zeros.txt: limit exceeded: compression ratio") == true)
}

@Test func truncatedArchiveIsADiagnostic() throws {
    let archive = try zip([("a.txt", Array("hello".utf8))])
    #expect(events(Array(archive.prefix(30))) == ["skipped a.zip: corrupt or truncated zip archive"])
}

@Test func gzipMemberIsNamedWithoutItsSuffix() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", "import gzip,sys; sys.stdout.buffer.write(gzip.compress(b'13812345678'))"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let compressed = Array(pipe.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    var reader = ContainerReader(container: "c.csv.gz")
    var seen: [String] = []
    reader.expand(path: "c.csv.gz", source: .bytes(compressed), format: .gzip) { event in
        if case let .member(document) = event { seen.append(document.path) }
        if case let .skipped(file) = event { seen.append(file.reason) }
    }
    #expect(seen == ["c.csv.gz!c.csv"])
    var truncated = ContainerReader(container: "c.csv.gz")
    var reasons: [String] = []
    truncated.expand(path: "c.csv.gz", source: .bytes(Array(compressed.prefix(12))), format: .gzip) { event in
        if case let .skipped(file) = event { reasons.append(file.reason) }
    }
    #expect(reasons == ["truncated gzip stream"])
}

/// Clears the "names are UTF-8" flag (general purpose bit 11) in every local and central header, as zips made by
/// macOS, Info-ZIP or a Windows tool in a Chinese locale have it.
private func withoutUTF8Flag(_ archive: [UInt8]) -> [UInt8] {
    var bytes = archive
    for index in 0..<(bytes.count - 10) where bytes[index] == 0x50 && bytes[index + 1] == 0x4B {
        let flagOffset: Int? = bytes[index + 2] == 3 && bytes[index + 3] == 4 ? 6 : bytes[index + 2] == 1 && bytes[index + 3] == 2 ? 8 : nil
        if let flagOffset { bytes[index + flagOffset + 1] &= ~0x08 }
    }
    return bytes
}

@Test func memberNamesAreTheirStoredBytesWithOrWithoutTheUTF8Flag() throws {
    let archive = withoutUTF8Flag(try zip([("联系人.txt", Array("13812345678".utf8)), ("a\tb.txt", Array("x".utf8))]))
    // Once read as code page 437 (`Φüöτ│╗Σ║║.txt`) and then listed again as an unreadable member.
    #expect(events(archive) == ["a.zip!联系人.txt 11 a.zip", "a.zip!a\tb.txt 1 a.zip"])
}

// Found by fuzz-zip (Fuzz/Regressions/fuzz-zip/directory-past-end.zip): ZIPFoundation's in-memory reading trapped on a
// zip whose records point past its end, so such a zip inside another (or on stdin, or in git) crashed the scan.
@Test func zipPointingPastItsEndIsSkippedInMemoryAndNested() throws {
    let hostile = try Repository.bytes("Fuzz/Regressions/fuzz-zip/directory-past-end.zip")
    // Nor is it passed off as empty: its end record counts a member that cannot be reached.
    let corrupt = "corrupt zip archive: its end record counts 3 members, none could be read"
    #expect(events(hostile) == ["skipped a.zip: \(corrupt)"])
    #expect(events(try zip([("inner.zip", hostile)])) == ["skipped a.zip!inner.zip: \(corrupt)"])
}
