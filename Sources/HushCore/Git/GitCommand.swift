import Dispatch
import Foundation

/// Runs `git` as a child process and captures what it prints.
///
/// hush asks git's plumbing instead of reading `.git` itself, so that everything git knows is honoured without being
/// reimplemented: worktrees, `core.hooksPath`, alternates, and the temporary index (`GIT_INDEX_FILE`) that
/// `git commit PATH` hands its hooks. The environment is passed through unchanged for that reason.
struct GitCommand {
    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String

        /// git's first line of complaint, without its `fatal: ` or `error: ` prefix.
        var complaint: String {
            let line = stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            for prefix in ["fatal: ", "error: "] where line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
            return line
        }

        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `git arguments` in `directory` (nil: the current one), writing `input` to its standard input.
    static func run(_ arguments: [String], in directory: String? = nil, input: [UInt8]? = nil) throws(GitError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        let exited = process.exitSignal()
        do {
            try process.run()
        } catch {
            throw .notInstalled
        }
        // stderr and stdin are served on other threads so that neither pipe can fill up and dead-lock the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let input {
            DispatchQueue.global().async(group: group) {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        exited.wait()
        let output = Output(status: process.terminationStatus, stdout: Array(outData), stderr: String(decoding: errData, as: UTF8.self))
        if output.status == 127 && output.stderr.contains("env:") { throw .notInstalled }
        return output
    }

    /// Runs `git arguments` and returns its output, or throws with git's complaint when it fails.
    static func check(_ arguments: [String], in directory: String? = nil) throws(GitError) -> Output {
        let output = try run(arguments, in: directory)
        guard output.status == 0 else { throw .failed("git " + arguments.prefix(2).joined(separator: " "), output.complaint) }
        return output
    }
}

extension Process {
    /// A semaphore signalled when the process exits. Waiting on it instead of `waitUntilExit()` matters for speed:
    /// on Linux, Foundation's `waitUntilExit()` polls its run loop every 50 ms, which alone would add a tenth of a
    /// second to a pre-commit check that runs three git processes. Call before `run()`.
    func exitSignal() -> DispatchSemaphore {
        let exited = DispatchSemaphore(value: 0)
        terminationHandler = { _ in exited.signal() }
        return exited
    }
}
