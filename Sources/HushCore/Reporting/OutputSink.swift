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
    /// The first write that failed (a full disk, a quota); what comes after it is dropped, so that the caller can say
    /// once that the report is incomplete instead of the report silently ending early.
    public private(set) var failure: SystemError?
    /// The report file, when `file(_:)` opened a regular file: the one thing `removeIncompleteFile()` may remove.
    private var regularFile: String?

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
        let isRegular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        if isRegular, status.st_mode & 0o777 != 0o600 {
            _ = fchmod(descriptor, 0o600)
        }
        let sink = OutputSink(descriptor: descriptor, ownsDescriptor: true)
        if isRegular { sink.regularFile = path }
        return sink
    }

    /// Removes the report file after a failed write: a report cut short (JSON without its end, a CSV missing rows) could
    /// be taken for a complete one. Does nothing when every write succeeded or the output is not a regular file.
    public func removeIncompleteFile() {
        guard failure != nil, let regularFile else { return }
        unlink(regularFile)
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
        guard failure == nil else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        statusLine?.clear()
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = SystemError()
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
