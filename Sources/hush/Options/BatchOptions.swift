import ArgumentParser
import HushCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options that let a batch engine (Spark, Dask, an indexed Kubernetes Job) fan a scan out (DESIGN §9): a list of
/// files instead of arguments, and one shard of the files.
struct BatchOptions: ParsableArguments {
    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp("Scan the files listed in this file, one a line (- reads the list from standard input).", valueName: "file"))
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "The --files-from list is separated by NUL bytes, not newlines.")
    var null = false

    @Option(
        help: ArgumentHelp(
            "Scan only shard K of N (1-based): the files whose path's FNV-1a 64-bit hash modulo N is K-1, so N runs scan every file once.",
            valueName: "K/N"))
    var shard: String?

    var parsedShard: Shard? { shard.flatMap(Shard.init(parsing:)) }

    func validate() throws {
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N (for example 2/8), not '\(shard)'.")
        }
        if null && filesFrom == nil { throw ValidationError("-0/--null applies to --files-from; name the list.") }
    }

    /// Reads the list named by `--files-from` (nil without it). Standard input is read to its end, so the process
    /// writing the list never meets a closed pipe. Empty entries are ignored; a newline list may end lines with CRLF.
    func fileList() throws -> [String]? {
        guard let filesFrom else { return nil }
        let bytes: [UInt8]
        if filesFrom == "-" {
            switch FileReader.read(STDIN_FILENO, limit: nil) {
            case let .success(read): bytes = read
            case let .failure(error): throw CLIError("--files-from: standard input: \(error)")
            }
        } else {
            switch FileReader.readAll(FilePath(filesFrom), limit: nil) {
            case let .success(read): bytes = read
            case let .failure(error): throw CLIError("--files-from: \(filesFrom): \(error)")
            }
        }
        let separator: UInt8 = null ? 0 : 0x0A
        return bytes.split(separator: separator, omittingEmptySubsequences: true).compactMap { entry in
            let line = !null && entry.last == 0x0D ? entry.dropLast() : entry[...]
            return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
        }
    }
}
