import ArgumentParser
import HushCore

#if canImport(Glibc)
    import Glibc
#endif

/// The `hush` command: finds personal data before it leaves the machine.
@main
struct Hush: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hush",
        abstract: "Find personal data (phone numbers, ID numbers, bank cards, passwords, secrets) before it leaves the machine.",
        version: HushVersion.current,
        subcommands: [Scan.self, Redact.self, Rules.self, Hook.self, Baseline.self, Config.self],
        defaultSubcommand: Scan.self)

    /// Runs the command, mapping every failure to DESIGN §1's exit status: usage and configuration errors exit 2
    /// (ArgumentParser's own default for usage errors is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            StandardError.write("hush: \(error.description)")
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            if error is ExitCode || error is CleanExit || code == .success {
                exit(withError: error)
            }
            StandardError.write(fullMessage(for: error))
            Glibc.exit(2)
        }
    }
}
