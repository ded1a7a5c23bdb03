#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole regular file, refusing what could block (FIFOs, devices) or exceed a size limit.
public enum FileReader {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case system(SystemError)
        case tooLarge(size: Int, limit: Int)
        case notRegular(String)

        public var description: String {
            switch self {
            case let .system(error): error.description
            case let .tooLarge(size, limit): "too large (\(size) bytes; --max-filesize is \(limit))"
            case let .notRegular(kind): "not a regular file (\(kind))"
            }
        }
    }

    /// The file's bytes. Opened with `O_NONBLOCK` so that a FIFO swapped in after the walk cannot hang the scan.
    public static func readAll(_ path: FilePath, limit: Int? = nil) -> Result<[UInt8], Failure> {
        withOpenFile(path, limit: limit) { descriptor, size in readAll(descriptor, size: size, limit: limit) }.flatMap { $0 }
    }

    /// Opens a regular file for reading and hands `body` its descriptor and size, refusing what could block (FIFOs,
    /// devices: `O_NONBLOCK` also covers a FIFO swapped in after the walk) or exceed `limit`. One open serves a whole
    /// decision (sniff, stream or read), which matters when a run is mostly small files.
    public static func withOpenFile<Value>(
        _ path: FilePath, limit: Int? = nil, _ body: (_ descriptor: Int32, _ size: Int) -> Value
    ) -> Result<Value, Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.system(SystemError())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(SystemError())) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular(FileWalker.kind(info.st_mode))) }
        let size = Int(info.st_size)
        if let limit, size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        return .success(body(descriptor, size))
    }

    /// The bytes of an open regular file of `size` bytes, as it was when opened: a log that a running program keeps
    /// appending to would otherwise be read for as long as the program writes, in memory that grows with it. A size
    /// of 0 is what pseudo-files such as `/proc/self/environ` report whatever they hold; those are read to their end.
    public static func readAll(_ descriptor: Int32, size: Int, limit: Int? = nil) -> Result<[UInt8], Failure> {
        read(descriptor, sizeHint: size, limit: limit, stopAt: size > 0 ? size : nil)
    }

    /// `count` bytes of an open file from `offset` (fewer if it is shorter), read without moving its offset.
    public static func head(_ descriptor: Int32, offset: Int = 0, count: Int = 8) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return Array(bytes.prefix(max(got, 0)))
    }

    /// Reads `descriptor` to its end, or to `stopAt` bytes (a file may have grown since `fstat`; a limit still holds).
    public static func read(_ descriptor: Int32, sizeHint: Int = 0, limit: Int? = nil, stopAt: Int? = nil) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var count = 0
        while count < stopAt ?? Int.max {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 65536))) }
            let wanted = min(bytes.count, stopAt ?? Int.max) - count
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, wanted)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.system(SystemError()))
            }
            if got == 0 { break }
            count += got
            if let limit, count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
