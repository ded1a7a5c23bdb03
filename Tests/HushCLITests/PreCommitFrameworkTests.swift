import Foundation
import HushTestSupport
import Testing

/// Whether the `pre-commit` tool (PyPI) is installed; `.ci/run` installs it.
private let preCommit: String? = ["/usr/local/bin", "/usr/bin"].map { $0 + "/pre-commit" }
    .first(where: FileManager.default.isExecutableFile(atPath:))
    ?? (try? HushProcess.shellOutput("command -v pre-commit"))

/// The repository's `.pre-commit-hooks.yaml`, used by the real pre-commit tool from a local clone.
@Test(.enabled(if: preCommit != nil, "pre-commit is not installed (pip install pre-commit)"))
func preCommitFrameworkRunsHushFromTheManifest() throws {
    let hooks = try GitSandbox()
    try hooks.write(".pre-commit-hooks.yaml", try String(contentsOfFile: Repository.path(".pre-commit-hooks.yaml"), encoding: .utf8))
    let revision = try hooks.commitAll("hooks")
    let work = try GitSandbox()
    try work.write(".pre-commit-config.yaml", "repos:\n- repo: \(hooks.root)\n  rev: \(revision)\n  hooks:\n  - id: hush\n")
    // pre-commit's cache lives in the hooks sandbox, outside the work tree being committed.
    let home = hooks.path("pre-commit-home")
    let path = URL(fileURLWithPath: HushProcess.executable).deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    let environment = ["PRE_COMMIT_HOME": home, "PATH": path]
    func run(_ command: String) throws -> (Int32, String) {
        try HushProcess.runCapturing(command, in: work.root, environment: GitSandbox.environment.merging(environment) { $1 })
    }
    #expect(try run("pre-commit install").0 == 0)
    try work.write("leak.txt", "手机 13812345678\n")
    try work.git("add", ".")
    let blocked = try run("git commit -q -m leak 2>&1")
    #expect(blocked.0 == 1)
    #expect(blocked.1.contains("leak.txt:1:4  phone") && blocked.1.contains("hush scan --git all"))
    try work.write("leak.txt", "nothing personal\n")
    try work.git("add", ".")
    let allowed = try run("git commit -q -m clean 2>&1")
    #expect(allowed.0 == 0)
}

extension HushProcess {
    /// Runs a shell command and returns its exit status and standard output (stderr joins it only if the command says
    /// `2>&1`).
    static func runCapturing(_ command: String, in directory: String? = nil, environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "HUSH_KEY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The standard output of a shell command, trimmed; throws when it fails.
    static func shellOutput(_ command: String) throws -> String {
        let (status, output) = try runCapturing(command, in: nil)
        guard status == 0, !output.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
