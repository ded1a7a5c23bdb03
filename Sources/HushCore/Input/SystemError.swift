#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An `errno` turned into the short lowercase cause users read after `path: `.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public let code: Int32

    public init(_ code: Int32 = errno) { self.code = code }

    public var description: String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or directory"
        case ELOOP: "too many levels of symbolic links"
        case EISDIR: "is a directory"
        case ENOTDIR: "not a directory"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
