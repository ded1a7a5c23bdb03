import CHushZlib

/// Inflates a gzip stream with zlib, refusing to produce more than a limit.
enum GzipDecoder {
    enum Failure: Error, CustomStringConvertible {
        case limit(Int)
        case corrupt(String)

        var description: String {
            switch self {
            case let .limit(bytes): "limit exceeded: more than \(bytes) uncompressed bytes"
            case let .corrupt(message): message
            }
        }
    }

    static func inflate(_ compressed: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard chushzlib_inflate_init_gzip(&stream) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        try compressed.withUnsafeBufferPointer { (input: UnsafeBufferPointer<UInt8>) throws(Failure) in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while status != Z_STREAM_END {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CHushZlib.inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { throw .limit(limit) }
                if status == Z_STREAM_END { break }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { throw .corrupt("truncated gzip stream") }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw .corrupt("corrupt gzip stream (\(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"))")
                }
            }
        }
        return output
    }
}
