/// What opening a container yields: member documents to scan, and members that cannot be.
public enum ContainerEvent: Sendable {
    case member(Document)
    case skipped(SkippedFile)
}
