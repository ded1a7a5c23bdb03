import Foundation

/// A temporary git repository for tests, made and driven with the real `git`, removed when the test ends.
///
/// git runs with a fixed identity and without the machine's global or system configuration (`GIT_CONFIG_GLOBAL`,
/// `GIT_CONFIG_NOSYSTEM`), so a developer's `core.hooksPath` or diff settings cannot change what a test sees.
public final class GitSandbox {
    /// The work tree (or the repository folder, when bare).
    public let root: String

    /// The environment for git and for `hush` run inside the sandbox.
    public static let environment: [String: String] = [
        "GIT_AUTHOR_NAME": "Hush Test", "GIT_AUTHOR_EMAIL": "test@hush.invalid", "GIT_COMMITTER_NAME": "Hush Test",
        "GIT_COMMITTER_EMAIL": "test@hush.invalid", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_TERMINAL_PROMPT": "0",
    ]

    /// `git init -q -b main` in a new folder (`--bare` when asked).
    public init(bare: Bool = false) throws {
        let folder = NSTemporaryDirectory() + "hush-git-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The physical path: git reports it so, and tests compare paths git prints.
        root = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder)) ?? URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        try git(["init", "-q", "-b", "main"] + (bare ? ["--bare"] : []))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `bytes` to `relative`, making folders as needed.
    public func write(_ relative: String, _ bytes: [UInt8]) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
    }

    public func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    public func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    /// Runs git in the sandbox (or `directory`) and returns its standard output; a failure throws with its stderr.
    @discardableResult
    public func git(_ arguments: [String], in directory: String? = nil) throws -> String {
        let result = try run(arguments, in: directory)
        guard result.status == 0 else { throw Failure(description: "git \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout
    }

    @discardableResult
    public func git(_ arguments: String...) throws -> String { try git(arguments) }

    /// Runs git and returns its exit status and output, whatever the status.
    public func run(_ arguments: [String], in directory: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in Self.environment { environment[key] = value }
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "HUSH_KEY")
        process.environment = environment
        let out = Pipe()
        let errPath = NSTemporaryDirectory() + "hush-git-stderr-" + UUID().uuidString
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try err.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errText = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), errText)
    }

    /// Stages everything and commits it; returns the new commit's id.
    @discardableResult
    public func commitAll(_ message: String = "commit") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--no-verify", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }
}
