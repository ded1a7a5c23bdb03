#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer to a file descriptor (stdout, or a report file), so reporters write text without a system call
/// per line.
public final class OutputSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let ownsDescriptor: Bool
    /// Whether the descriptor is a terminal (colour and progress only go there).
    public let isTerminal: Bool
    /// A progress line on the same terminal, cleared before each write so report and progress never run together.
    public var statusLine: StatusLine?

    public init(descriptor: Int32, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        isTerminal = isatty(descriptor) == 1
        buffer.reserveCapacity(1 << 16)
    }

    public static func standardOutput() -> OutputSink { OutputSink(descriptor: STDOUT_FILENO) }

    /// Opens `path` for writing with mode 0600: reports describe personal data. A regular file that already exists is
    /// made 0600 too (the mode given to `open` applies only to a new file); anything else named — `/dev/null`, a pipe —
    /// keeps its mode.
    public static func file(_ path: String) throws(SystemError) -> OutputSink {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SystemError() }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o777 != 0o600 {
            _ = fchmod(descriptor, 0o600)
        }
        return OutputSink(descriptor: descriptor, ownsDescriptor: true)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(byte: UInt8) {
        buffer.append(byte)
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        statusLine?.clear()
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }
}
