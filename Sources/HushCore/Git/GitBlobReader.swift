import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads blobs out of git's object store through one long-lived `git cat-file --batch`.
///
/// One process for all blobs instead of one `git show` each: on a commit of ten files that is the difference between
/// three git processes and thirteen, and on a history scan between one and a hundred thousand. Requests are answered one
/// at a time under a lock, so scanning threads can ask as they reach a blob and the history never sits in memory at
/// once. cat-file flushes after each object, which is what makes the request-and-answer protocol safe on pipes.
public final class GitBlobReader: @unchecked Sendable {
    /// Why a blob was not returned.
    public enum Failure: Error, Sendable {
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var position = 0
    private var closed = false
    private var exited: DispatchSemaphore?

    /// Starts `git cat-file --batch` in `directory` (the work tree, or a bare repository's folder).
    public init(directory: String) throws(GitError) {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "cat-file", "--batch"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        exited = process.exitSignal()
        do { try process.run() } catch { throw .notInstalled }
    }

    deinit { close() }

    /// Ends the child process; later reads fail.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        try? input.fileHandleForWriting.close()
        exited?.wait()
    }

    /// The bytes of blob `id` (40 or 64 hex digits), or why not. A blob over `limit` bytes is skipped unread.
    public func read(_ id: String, limit: Int? = nil) -> Result<[UInt8], Failure> {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return .failure(.unreadable("the reader is closed")) }
        do {
            try input.fileHandleForWriting.write(contentsOf: Array((id + "\n").utf8))
        } catch {
            return .failure(.unreadable("git cat-file stopped"))
        }
        guard let header = readLine() else { return .failure(.unreadable("git cat-file stopped")) }
        let fields = header.split(separator: " ")
        guard fields.count == 3, let size = Int(fields[2]) else {
            return .failure(.unreadable(fields.last.map { "object \($0)" } ?? "no answer from git cat-file"))
        }
        guard fields[1] == "blob" else { return .failure(.unreadable("object is a \(fields[1]), not a blob")) }
        guard let bytes = readBytes(size + 1) else { return .failure(.unreadable("git cat-file stopped")) }
        if let limit, size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        return .success(Array(bytes.dropLast()))
    }

    private func fill() -> Bool {
        if position > 0 && position == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<got])
            return true
        }
    }

    private func readLine() -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[position..<newline], as: UTF8.self)
                position = newline + 1
                return line
            }
            guard fill() else { return nil }
        }
    }

    private func readBytes(_ count: Int) -> [UInt8]? {
        while buffer.count - position < count {
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            guard fill() else { return nil }
        }
        let bytes = Array(buffer[position..<(position + count)])
        position += count
        return bytes
    }
}
