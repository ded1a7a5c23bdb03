import CPCRE2

/// What can go wrong compiling or running a pattern, with PCRE2's own message.
public enum PCRE2Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pattern does not compile; `offset` is the byte offset in the pattern where PCRE2 gave up.
    case compile(offset: Int, message: String)
    /// A match gave up because it reached a resource limit: the pattern backtracks too much on this subject.
    case limitExceeded(MatchLimit)
    /// Any other negative return from a match call.
    case match(code: Int32, message: String)

    /// Which of PCRE2's resource limits a match reached.
    public enum MatchLimit: String, Sendable {
        case match = "match limit"
        case depth = "depth limit"
        case heap = "heap limit"
        case jitStack = "JIT stack limit"
    }

    public var description: String {
        switch self {
        case let .compile(offset, message): "at offset \(offset): \(message)"
        case let .limitExceeded(limit): "\(limit.rawValue) exceeded (the pattern backtracks too much)"
        case let .match(code, message): "match error \(code): \(message)"
        }
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "error \(code)"
    }

    static func fromMatch(_ code: Int32) -> PCRE2Error {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: .limitExceeded(.match)
        case PCRE2_ERROR_DEPTHLIMIT: .limitExceeded(.depth)
        case PCRE2_ERROR_HEAPLIMIT: .limitExceeded(.heap)
        case PCRE2_ERROR_JIT_STACKLIMIT: .limitExceeded(.jitStack)
        default: .match(code: code, message: message(for: code))
        }
    }
}
