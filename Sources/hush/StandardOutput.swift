import ArgumentParser
import HushCore

/// What a command prints as its result (a rule list, a pattern file, the configuration, a confirmation), written
/// through an `OutputSink` rather than `print`.
///
/// `print` drops a failed write, so `hush rules list > /dev/full` printed nothing and exited 0, and a script could not
/// tell an empty result from a lost one. The sink keeps the first failure, and `finish` makes it a one-line
/// diagnostic and exit status 2, as `hush scan` does for its report.
struct StandardOutput {
    private let sink = OutputSink.standardOutput()
    /// Names the output in the diagnostic: "standard output: cannot write the rule list: no space left on device".
    private let what: String

    init(_ what: String) {
        self.what = what
    }

    func write(_ text: String) {
        sink.write(text)
    }

    func line(_ text: String) {
        sink.write(text + "\n")
    }

    /// Writes what is left, and throws the diagnostic (exit 2) if any write failed. `status` is the command's own
    /// exit status when it has one that says more (1: failing examples): the diagnostic is printed and that is kept.
    func finish(status: Int32 = 0) throws {
        sink.flush()
        guard let failure = sink.failure else {
            if status != 0 { throw ExitCode(status) }
            return
        }
        StandardError.diagnostic("standard output: cannot write \(what): \(failure)")
        throw ExitCode(status != 0 ? status : 2)
    }
}
