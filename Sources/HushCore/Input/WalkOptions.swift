/// How a folder is walked.
public struct WalkOptions: Sendable {
    /// Follow symbolic links met while walking (links named on the command line are always followed).
    public var followLinks: Bool
    /// Honour `.gitignore` and `.hushignore`.
    public var honourIgnoreFiles: Bool

    public init(followLinks: Bool = false, honourIgnoreFiles: Bool = true) {
        self.followLinks = followLinks
        self.honourIgnoreFiles = honourIgnoreFiles
    }
}
