import ArgumentParser

/// Options that say where a run's settings come from: the configuration file and the baseline.
struct ProjectOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read settings from this file (default: .hush.toml at the repository root, else in the scanned folder).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Report only findings not accepted in this baseline (default: .hush-baseline.json at the repository root).", valueName: "file"))
    var baseline: String?

    @Flag(help: "Report every finding, even those a baseline accepts.")
    var noBaseline = false

    func validate() throws {
        if baseline != nil && noBaseline { throw ValidationError("choose one of --baseline and --no-baseline.") }
    }
}
