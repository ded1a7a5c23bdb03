import Foundation
import HushCore
import Testing

/// A scratch folder tree, removed when the test ends.
private final class Tree {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "hush-walk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String = "x") throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: false, encoding: .utf8)
    }

    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

private func walk(_ tree: Tree, _ options: WalkOptions = WalkOptions()) -> [String] {
    var seen: [String] = []
    FileWalker(options: options).walk([tree.root]) { entry in
        switch entry {
        case let .file(path, _, _): seen.append(String(path.dropFirst(tree.root.count + 1)))
        case let .skipped(file): seen.append("skipped " + String(file.path.dropFirst(tree.root.count + 1)) + ": " + file.reason)
        case let .failed(path, cause): seen.append("failed \(path): \(cause)")
        }
    }
    return seen
}

@Test func walksInOrderScansDotfilesAndSkipsGit() throws {
    let tree = try Tree()
    try tree.write("b.txt")
    try tree.write("a/.env")
    try tree.write(".git/config")
    try tree.write("a/c.txt")
    #expect(walk(tree) == ["a/.env", "a/c.txt", "b.txt"])
}

@Test func honoursGitignoreAndHushignore() throws {
    let tree = try Tree()
    try tree.write(".gitignore", "*.log\nbuild/\n/top.txt\n")
    try tree.write("sub/.hushignore", "keep-out.csv\n!important.log\n")
    try tree.write("x.log")
    try tree.write("sub/important.log")
    try tree.write("sub/keep-out.csv")
    try tree.write("sub/top.txt")
    try tree.write("top.txt")
    try tree.write("build/out.txt")
    try tree.write("src/build")
    #expect(walk(tree) == [".gitignore", "sub/.hushignore", "sub/important.log", "sub/top.txt", "src/build"].sorted {
        $0.utf8.lexicographicallyPrecedes($1.utf8)
    })
    #expect(walk(tree, WalkOptions(honourIgnoreFiles: false)).count == 9)
}

@Test func linksAreSkippedUnlessFollowedAndLoopsEnd() throws {
    let tree = try Tree()
    try tree.write("d/file.txt")
    try tree.link("d/loop", to: tree.root + "/d")
    try tree.link("broken", to: tree.root + "/missing")
    #expect(walk(tree) == [
        "skipped broken: symbolic link not followed (use --follow)", "d/file.txt",
        "skipped d/loop: symbolic link not followed (use --follow)",
    ])
    #expect(walk(tree, WalkOptions(followLinks: true)) == [
        "skipped broken: broken symbolic link", "d/file.txt", "skipped d/loop: symbolic link loop",
    ])
}

@Test func fifosAreSkippedNotOpened() throws {
    let tree = try Tree()
    #expect(mkfifo(tree.root + "/pipe", 0o600) == 0)
    #expect(walk(tree) == ["skipped pipe: not a regular file (fifo)"])
}

@Test func missingRootFails() {
    var seen: [String] = []
    FileWalker().walk(["/nonexistent-hush-path"]) { entry in
        if case let .failed(path, cause) = entry { seen.append("\(path): \(cause)") }
    }
    #expect(seen == ["/nonexistent-hush-path: no such file or directory"])
}
