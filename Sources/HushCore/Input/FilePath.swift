#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path as the file system knows it (raw bytes) and as reports show it.
///
/// File names on Linux are bytes, not text: a name that is not UTF-8 is still opened by its exact bytes, and shown with
/// each offending byte written `\xNN` (DESIGN §5).
public struct FilePath: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { bytes = Array(string.utf8) }

    /// The path for reports.
    public var display: String { Self.display(bytes) }

    public static func display(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = bytes.index(index, offsetBy: length, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if length > 1, let scalar = String(validating: bytes[index..<end], as: UTF8.self) {
                out += scalar
                index = end
            } else if byte < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar(byte))
                index = bytes.index(after: index)
            } else {
                out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                index = bytes.index(after: index)
            }
        }
        return out
    }

    public func appending(_ component: [UInt8]) -> FilePath {
        if bytes.isEmpty { return FilePath(bytes: component) }
        return FilePath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + component : bytes + [UInt8(ascii: "/")] + component)
    }

    /// Calls `body` with a NUL-terminated copy for system calls.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
