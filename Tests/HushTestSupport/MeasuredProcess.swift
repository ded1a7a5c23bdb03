import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program like `HushProcess` and also measures it: wall time and the peak resident set size of the program
/// itself, from the `rusage` that `wait4` returns for it (the kernel's own account of every page it touched, not a
/// sample).
///
/// The program is started by a small Python parent that `fork`s, `exec`s it and `wait4`s for it. It cannot be started
/// from this process directly: `posix_spawn` (and so `Foundation.Process`) starts a child that shares this process's
/// memory until it `exec`s, and Linux then counts this process's own peak, hundreds of MiB in a test run, as the
/// child's. A real `fork` of the small parent gives the program a fresh account. Output goes to files, so a program
/// that prints a lot cannot block on a full pipe; one that outlives `timeout` is killed and reported as such, so a hang
/// fails the test instead of stalling the suite.
public final class MeasuredProcess {
    public struct Output: CustomStringConvertible {
        public var status: Int32
        /// The signal that ended the program, if one did (a crash, or the kill after `timeout`).
        public var signal: Int32?
        public var timedOut: Bool
        public var stdout: String
        public var stderr: String
        public var seconds: Double
        /// Peak resident set size in mebibytes.
        public var peakMiB: Double

        public var description: String {
            "status \(status)\(signal.map { ", signal \($0)" } ?? "")\(timedOut ? ", timed out" : ""), "
                + String(format: "%.2f s, peak RSS %.1f MiB", seconds, peakMiB)
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Forks, runs the program in the given folder, waits with a deadline and writes `status signal timedOut
    /// seconds maxrssKiB` to the report file.
    private static let parent = """
        import os, sys, time
        report, folder, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
        argv = sys.argv[4:]
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.chdir(folder)
                os.execv(argv[0], argv)
            finally:
                os._exit(127)
        timed_out = False
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done == pid:
                break
            if not timed_out and time.monotonic() - started > timeout:
                timed_out = True
                os.kill(pid, 9)
            time.sleep(0.005)
        seconds = time.monotonic() - started
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        with open(report, "w") as out:
            out.write(f"{code} {signal} {int(timed_out)} {seconds} {usage.ru_maxrss}")
        """

    private let process = Process()
    private let outPath: String
    private let errPath: String
    private let reportPath: String

    /// Runs `hush arguments` (through `prefix`, e.g. `setpriv …`) in `directory` and waits for it.
    public static func run(
        _ arguments: [String], in directory: String? = nil, stdinPath: String = "/dev/null", timeout: Double = 120,
        executable: String = HushProcess.executable, prefix: [String] = []
    ) throws -> Output {
        try MeasuredProcess(arguments, in: directory, stdinPath: stdinPath, timeout: timeout, executable: executable, prefix: prefix).wait()
    }

    /// Starts `hush arguments`; `wait()` collects it, so a test can act while it runs.
    public init(
        _ arguments: [String], in directory: String? = nil, stdinPath: String = "/dev/null", timeout: Double = 120,
        executable: String = HushProcess.executable, prefix: [String] = []
    ) throws {
        let scratch = NSTemporaryDirectory() + "hush-measured-" + UUID().uuidString
        outPath = scratch + ".out"
        errPath = scratch + ".err"
        reportPath = scratch + ".report"
        for path in [outPath, errPath] { FileManager.default.createFile(atPath: path, contents: nil) }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", "-c", Self.parent, reportPath, directory ?? Repository.root.path, String(timeout)] + prefix + [executable] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "HUSH_KEY")
        process.environment = environment
        process.standardInput = FileHandle(forReadingAtPath: stdinPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    /// Waits for the program and returns what it did and what it cost.
    public func wait() throws -> Output {
        defer {
            for path in [outPath, errPath, reportPath] { unlink(path) }
        }
        process.waitUntilExit()
        guard let report = try? String(contentsOfFile: reportPath, encoding: .utf8) else {
            throw Failure(description: "the measuring parent failed (status \(process.terminationStatus)); is python3 installed?")
        }
        let fields = report.split(separator: " ").map(String.init)
        guard fields.count == 5, let status = Int32(fields[0]), let signal = Int32(fields[1]), let seconds = Double(fields[3]),
            let kibibytes = Double(fields[4])
        else { throw Failure(description: "unreadable measurement: \(report)") }
        return Output(
            status: status, signal: signal == 0 ? nil : signal, timedOut: fields[2] == "1",
            stdout: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
            seconds: seconds, peakMiB: kibibytes / 1024)
    }
}
