/// A file or stream that was not scanned, and why. Reported, never silently dropped.
public struct SkippedFile: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
