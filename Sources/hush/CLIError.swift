import ArgumentParser

/// A failure the user must fix (a bad rule file, an unwritable report): printed as one line, exit status 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
