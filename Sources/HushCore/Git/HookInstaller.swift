import Foundation

/// Installs and removes hush's pre-commit hook without breaking a hook that was there before.
///
/// The choice, made to keep every existing hook working:
/// - no hook: hush's hook is written;
/// - another hook: it is renamed `pre-commit.local`, and hush's hook runs it first (its failure still stops the
///   commit, with its own exit status), then scans;
/// - `--force`: hush's hook replaces the other one, which is kept as `pre-commit.hush-backup` and no longer runs;
/// - hush's own hook: rewritten in place (it names the `hush` binary, which may have moved).
///
/// The hook records which file it took over (`# hush-restores: NAME`), so `uninstall` puts back exactly what was
/// there and never renames a `pre-commit.local` the user made. Hooks go where git runs them: `core.hooksPath` when
/// set, else `.git/hooks` of the common git folder (so every worktree shares one).
public struct HookInstaller: Sendable {
    public static let hookName = "pre-commit"
    public static let chainedName = "pre-commit.local"
    public static let backupName = "pre-commit.hush-backup"
    static let marker = "# hush pre-commit hook"
    static let restoresPrefix = "# hush-restores: "

    /// Why the hook could not be installed or removed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The hooks folder.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    private var hookPath: String { directory + "/" + Self.hookName }
    private func path(_ name: String) -> String { directory + "/" + name }

    /// The text of hush's hook, running `executable` (found on `PATH` if it has moved since).
    public static func script(executable: String, restores: String?) -> String {
        let quoted = "'" + executable.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return """
            #!/bin/sh
            \(marker): installed by `hush hook install`, removed by `hush hook uninstall`.
            \(restoresPrefix)\(restores ?? "nothing")
            # Blocks a commit that adds personal data. Exit status: 0 allowed, 1 blocked by findings, 2 hush failed
            # (the commit was not checked). A hook that was here before runs first, as pre-commit.local.
            hooks=$(dirname -- "$0")
            if [ -x "$hooks/\(chainedName)" ]; then
                "$hooks/\(chainedName)" "$@" || exit $?
            fi
            hush=\(quoted)
            if [ ! -x "$hush" ]; then
                hush=$(command -v hush) || {
                    echo "hush: cannot find the hush binary; the commit was not checked (reinstall the hook: hush hook install)" >&2
                    exit 2
                }
            fi
            exec "$hush" scan --staged

            """
    }

    /// Whether `text` is a hook hush wrote.
    static func isHush(_ text: String?) -> Bool { text?.contains(marker) == true }

    /// Installs the hook; returns what was done, in one line.
    public func install(executable: String, force: Bool) throws(Failure) -> String {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(directory): cannot create the hooks folder (\(error.localizedDescription))")
        }
        let existing = Self.contents(hookPath)
        let exists = existing != nil || (try? manager.destinationOfSymbolicLink(atPath: hookPath)) != nil
        var restores: String?
        var message: String
        if !exists {
            message = "installed \(hookPath)"
        } else if Self.isHush(existing) {
            restores = existing.flatMap(Self.restored(from:))
            message = "updated \(hookPath)"
        } else if force {
            guard !manager.fileExists(atPath: path(Self.backupName)) else {
                throw Failure(description: "\(path(Self.backupName)) already exists: move it away, then run `hush hook install --force` again")
            }
            try move(hookPath, to: path(Self.backupName))
            restores = Self.backupName
            message = "installed \(hookPath); the hook that was there is kept as \(Self.backupName) and no longer runs (`hush hook uninstall` puts it back)"
        } else {
            guard !manager.fileExists(atPath: path(Self.chainedName)) else {
                throw Failure(
                    description: "\(hookPath) and \(Self.chainedName) both exist, so hush cannot keep the hook by chaining it: merge them, or use --force (the current hook is kept as \(Self.backupName) and stops running)")
            }
            try move(hookPath, to: path(Self.chainedName))
            restores = Self.chainedName
            message = "installed \(hookPath); the hook that was there is now \(Self.chainedName) and runs first"
        }
        let text = Self.script(executable: executable, restores: restores)
        do {
            if manager.fileExists(atPath: hookPath) { try manager.removeItem(atPath: hookPath) }
            try Data(text.utf8).write(to: URL(fileURLWithPath: hookPath), options: .atomic)
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookPath)
        } catch {
            throw Failure(description: "\(hookPath): cannot write the hook (\(error.localizedDescription))")
        }
        return message
    }

    /// Removes hush's hook and puts back the hook it took over; returns what was done, in one line.
    public func uninstall() throws(Failure) -> String {
        let existing = Self.contents(hookPath)
        guard Self.isHush(existing) else {
            return existing == nil ? "no pre-commit hook in \(directory); nothing to do" : "\(hookPath) is not hush's hook; left as it is"
        }
        do {
            try FileManager.default.removeItem(atPath: hookPath)
        } catch {
            throw Failure(description: "\(hookPath): cannot remove the hook (\(error.localizedDescription))")
        }
        if let restores = existing.flatMap(Self.restored(from:)), FileManager.default.fileExists(atPath: path(restores)) {
            try move(path(restores), to: hookPath)
            return "removed hush's hook; \(restores) is \(Self.hookName) again"
        }
        return "removed \(hookPath)"
    }

    private static func restored(from text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(restoresPrefix) {
            let name = String(line.dropFirst(restoresPrefix.count))
            return [chainedName, backupName].contains(name) ? name : nil
        }
        return nil
    }

    private static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func move(_ from: String, to destination: String) throws(Failure) {
        guard rename(from, destination) == 0 else {
            throw Failure(description: "cannot rename \(from) to \(destination) (\(SystemError().description))")
        }
    }
}
