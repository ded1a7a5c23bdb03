#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole reads and writes on file descriptors, retrying what the system hands back short or interrupted.
enum DescriptorIO {
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) throws(SystemError) {
        guard var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError()
            }
            pointer += written
            left -= written
        }
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(SystemError) {
        let result: Result<Void, SystemError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(SystemError) {
                try writeAll(descriptor, buffer)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Reads up to `count` bytes at the descriptor's position (`at` nil) or at offset `at`; an empty array at the end.
    static func read(_ descriptor: Int32, count: Int, at offset: Int? = nil) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = bytes.withUnsafeMutableBytes { raw in
                if let offset {
                    pread(descriptor, raw.baseAddress! + got, count - got, off_t(offset + got))
                } else {
                    Glibc.read(descriptor, raw.baseAddress! + got, count - got)
                }
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw SystemError()
            }
            if n == 0 { break }
            got += n
        }
        bytes.removeSubrange(got...)
        return bytes
    }
}
