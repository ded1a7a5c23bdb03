import Foundation

/// Runs the built `hush` binary, as a user would, and captures what it prints.
public struct HushProcess {
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `hush` executable built beside the test bundle.
    public static var executable: String {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products.appendingPathComponent("hush").path, products.deletingLastPathComponent().appendingPathComponent("hush").path]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return Repository.path(".build/debug/hush")
    }

    /// Runs `hush arguments` in `directory` (default: the repository root) with `stdin` as input.
    public static func run(
        _ arguments: [String], in directory: String? = nil, stdin: Data? = nil, environment: [String: String] = [:],
        executable: String = HushProcess.executable, prefix: [String] = []
    ) throws -> Output {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable] + arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? Repository.root.path)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "HUSH_KEY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // stderr goes to a file so that a large stdout cannot dead-lock against an unread stderr pipe.
        let errPath = NSTemporaryDirectory() + "hush-stderr-" + UUID().uuidString
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let out = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        try err.close()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = try Data(contentsOf: URL(fileURLWithPath: errPath))
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
