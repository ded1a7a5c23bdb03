import ArgumentParser

/// Options that scan what git holds instead of files.
struct GitSourceOptions: ParsableArguments {
    @Flag(help: "Scan what is staged for the next commit (git's index, not the work tree): only the lines it adds.")
    var staged = false

    @Option(
        name: .customLong("git"),
        help: ArgumentHelp("Scan what commits added: a range such as main..HEAD (each commit's added lines), or 'all' (every blob in the history, once).", valueName: "range"))
    var range: String?

    var isActive: Bool { staged || range != nil }

    func validate() throws {
        if staged && range != nil { throw ValidationError("choose one of --staged and --git.") }
        if let range, range.isEmpty { throw ValidationError("--git needs a range (A..B) or 'all'.") }
    }
}
