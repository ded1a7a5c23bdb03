import ArgumentParser
import Foundation
import HushCore

extension Hush {
    /// Installs or removes the pre-commit hook.
    struct Hook: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install or remove the git pre-commit hook that runs `hush scan --staged`.",
            subcommands: [Install.self, Uninstall.self])
    }
}

extension Hush.Hook {
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install the pre-commit hook (in core.hooksPath when set).",
            discussion: """
                A hook that is already there keeps working: it is renamed pre-commit.local and runs first. With \
                --force it is replaced instead (kept as pre-commit.hush-backup). The hook exits 0 to allow the \
                commit, 1 to block it, 2 when hush failed and the commit was not checked.
                """)

        @Flag(help: "Replace an existing hook instead of running it first (it is kept as pre-commit.hush-backup).")
        var force = false

        func run() throws {
            let installer = try hookInstaller()
            let output = StandardOutput("the confirmation")
            do {
                output.line("hush: " + (try installer.install(executable: Self.executable, force: force)))
            } catch {
                throw CLIError(error.description)
            }
            try output.finish()
        }

        /// The running binary, so the hook calls this hush and not whichever is first on PATH.
        static var executable: String {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove hush's pre-commit hook and put back the hook it took over.")

        func run() throws {
            let installer = try hookInstaller()
            let output = StandardOutput("the confirmation")
            do {
                output.line("hush: " + (try installer.uninstall()))
            } catch {
                throw CLIError(error.description)
            }
            try output.finish()
        }
    }
}

/// The installer for the current repository's hooks folder.
private func hookInstaller() throws -> HookInstaller {
    do {
        return HookInstaller(directory: try GitRepository.discover().hooksDirectory())
    } catch {
        throw CLIError(error.description)
    }
}
