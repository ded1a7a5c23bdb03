/// Container formats hush opens, recognised by signature rather than name (an `.xlsx` is a zip; a renamed zip is too).
public enum ContainerFormat: Sendable {
    /// Zip, and the Office Open XML and OpenDocument files built on it (`.docx`, `.xlsx`, `.pptx`, `.odt`, `.ods`).
    case zip
    case gzip

    public init?(sniffing bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(4))
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B, (head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) {
            self = .zip
        } else if head.count >= 2, head[0] == 0x1F, head[1] == 0x8B {
            self = .gzip
        } else {
            return nil
        }
    }
}
