import Foundation
import FuzzSupport
@testable import HushCore

/// Zip, OOXML and gzip reading: the central directory walk, ZIPFoundation's member reading from memory and from a
/// file (this process's own temporary file), nested archives, workbooks, and the limits that stop bombs.
@main enum FuzzZip {
    static let limits = ArchiveLimits(maxTotalBytes: 1 << 22, maxRatio: 200, ratioFloor: 1 << 16, maxDepth: 3, maxMembers: 64)
    static let file = FileManager.default.temporaryDirectory.appendingPathComponent("hush-fuzz-zip-\(getpid()).zip").path

    static func main() {
        atexit { try? FileManager.default.removeItem(atPath: FuzzZip.file) }
        runFuzzer { buffer in
            let bytes = Array(buffer)
            let members = ZipCentralDirectory.members(size: bytes.count) { offset, length in
                Array(bytes[max(0, offset)..<min(bytes.count, offset + length)])
            }
            require(members.count <= bytes.count / 46, "zip: \(members.count) members in \(bytes.count) bytes")
            if let inflated = try? GzipDecoder.inflate(bytes, limit: 1 << 20) {
                require(inflated.count <= 1 << 20, "gzip: past the limit")
            }
            let format = ContainerFormat(sniffing: bytes) ?? (bytes.first.map { $0 & 1 == 0 } == true ? .zip : .gzip)
            expand(.bytes(bytes), format: format)
            if format == .zip, FileManager.default.createFile(atPath: file, contents: Data(bytes)) {
                expand(.file(FilePath(file)), format: .zip)
            }
        }
    }

    static func expand(_ source: ContainerReader.Source, format: ContainerFormat) {
        var reader = ContainerReader(container: "a.zip", limits: limits)
        var total = 0
        var seen = 0
        reader.expand(path: "a.zip", source: source, format: format) { event in
            seen += 1
            switch event {
            case let .member(document):
                require(document.path.hasPrefix("a.zip!"), "zip: member path \(document.path)")
                require(document.container == "a.zip", "zip: member container \(document.container ?? "nil")")
                total += document.bytes.count
            case let .skipped(file):
                require(file.path.hasPrefix("a.zip"), "zip: skipped path \(file.path)")
            }
        }
        require(total <= limits.maxTotalBytes, "zip: read \(total) bytes, over the limit")
    }
}
