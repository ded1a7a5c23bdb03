import Foundation
import ZIPFoundation

/// Opens archives and Office documents and yields their members as documents named `outer.zip!inner/path`
/// (DESIGN §5), with `container` set to the outermost path. Nested archives open in turn, within `ArchiveLimits`.
///
/// A zip on disk is read through ZIPFoundation member by member, so a large archive is never held whole in memory;
/// each member's bytes are (they are what gets scanned). Every member that cannot be read becomes a skipped entry with
/// its reason: encrypted, corrupt, or a limit exceeded.
public struct ContainerReader {
    public let limits: ArchiveLimits
    private var remainingBytes: Int
    private var remainingMembers: Int
    private let container: String

    public init(container: String, limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
        self.container = container
        remainingBytes = limits.maxTotalBytes
        remainingMembers = limits.maxMembers
    }

    /// The source of a container's bytes.
    public enum Source {
        case file(FilePath)
        case bytes([UInt8])
    }

    /// Expands the container at `path` (as reports show it), calling `visit` for each member in archive order.
    public mutating func expand(
        path: String, source: Source, format: ContainerFormat, depth: Int = 1, encoding: TextEncoding? = nil,
        _ visit: (ContainerEvent) -> Void
    ) {
        switch format {
        case .zip: expandZip(path: path, source: source, depth: depth, encoding: encoding, visit)
        case .gzip: expandGzip(path: path, source: source, depth: depth, encoding: encoding, visit)
        }
    }

    private mutating func expandZip(
        path: String, source: Source, depth: Int, encoding: TextEncoding?, _ visit: (ContainerEvent) -> Void
    ) {
        let archive: Archive
        var directory: [ZipCentralDirectory.Member] = []
        var declared: Int?
        do {
            switch source {
            case let .file(location):
                archive = try Archive(url: URL(fileURLWithPath: location.display), accessMode: .read)
                if let handle = FileHandle(forReadingAtPath: location.display) {
                    let size = Int((try? handle.seekToEnd()) ?? 0)
                    let read = { (offset: Int, length: Int) -> [UInt8] in
                        try? handle.seek(toOffset: UInt64(offset))
                        return Array((try? handle.read(upToCount: length)) ?? Data())
                    }
                    directory = ZipCentralDirectory.members(size: size, read: read)
                    declared = ZipCentralDirectory.declaredCount(size: size, read: read)
                    try? handle.close()
                }
            case let .bytes(bytes):
                archive = try Self.spooledArchive(bytes)
                let read = { (offset: Int, length: Int) -> [UInt8] in
                    Array(bytes[max(0, min(bytes.count, offset))..<max(0, min(bytes.count, offset + length))])
                }
                directory = ZipCentralDirectory.members(size: bytes.count, read: read)
                declared = ZipCentralDirectory.declaredCount(size: bytes.count, read: read)
            }
        } catch {
            visit(.skipped(SkippedFile(path: path, reason: "corrupt or truncated zip archive")))
            return
        }
        let encrypted = Set(directory.filter(\.encrypted).map(\.path))
        var visited = Set<String>()
        var stoppedEarly = false
        defer {
            // Members ZIPFoundation could not reach are still accounted for.
            for member in directory where !stoppedEarly && !visited.contains(member.path) {
                let reason = member.encrypted ? "encrypted archive member" : "unreadable archive member"
                visit(.skipped(SkippedFile(path: path + "!" + member.path, reason: reason)))
            }
        }
        // A workbook's sheets and shared strings are read together, so cells can take their column headers.
        let isWorkbook = directory.contains { $0.path == "xl/workbook.xml" }
        var workbook: [(path: String, bytes: [UInt8])] = []
        defer {
            if isWorkbook {
                let fields = SpreadsheetFields.fields(members: Dictionary(workbook.map { ($0.path, $0.bytes) }) { first, _ in first })
                for member in workbook {
                    var document = Document(path: path + "!" + member.path, container: container, bytes: member.bytes, encoding: encoding)
                    document.fields = fields[member.path]
                    visit(.member(document))
                }
            }
        }
        for entry in archive where entry.type == .file {
            let name = Self.name(of: entry)
            visited.insert(name)
            let memberPath = path + "!" + name
            guard remainingMembers > 0 else {
                stoppedEarly = true
                visit(.skipped(SkippedFile(path: path, reason: "limit exceeded: more than \(limits.maxMembers) members; the rest were not read")))
                return
            }
            remainingMembers -= 1
            if encrypted.contains(name) {
                visit(.skipped(SkippedFile(path: memberPath, reason: "encrypted archive member")))
                continue
            }
            let size = Int(clamping: entry.uncompressedSize)
            if size > remainingBytes {
                visit(.skipped(SkippedFile(path: memberPath, reason: "limit exceeded: archive total over \(limits.maxTotalBytes) uncompressed bytes")))
                continue
            }
            let compressed = max(Int(clamping: entry.compressedSize), 1)
            if size > limits.ratioFloor, size / compressed > limits.maxRatio {
                visit(.skipped(SkippedFile(path: memberPath, reason: "limit exceeded: compression ratio \(size / compressed):1 (a zip bomb?)")))
                continue
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size)
            do {
                let budget = remainingBytes
                _ = try archive.extract(entry, skipCRC32: false) { data in
                    bytes.append(contentsOf: data)
                    if bytes.count > budget || bytes.count > size { throw ContainerError.sizeMismatch }
                }
            } catch {
                let reason = error is ContainerError ? "limit exceeded: member larger than its header says" : "corrupt archive member"
                visit(.skipped(SkippedFile(path: memberPath, reason: reason)))
                continue
            }
            remainingBytes -= bytes.count
            if isWorkbook, name.hasPrefix("xl/"), name.hasSuffix(".xml"), ContainerFormat(sniffing: bytes) == nil {
                workbook.append((name, bytes))
                continue
            }
            member(path: memberPath, bytes: bytes, depth: depth, encoding: encoding, visit)
        }
        if visited.isEmpty, directory.isEmpty, let declared, declared > 0 {
            // The end record counts members that neither ZIPFoundation nor the directory could reach: saying nothing
            // would pass the archive off as empty.
            visit(.skipped(SkippedFile(path: path, reason: "corrupt zip archive: its end record counts \(declared) member\(declared == 1 ? "" : "s"), none could be read")))
        }
    }

    /// A member's name as reports show it: its stored bytes, shown like a file name (`FilePath.display`).
    ///
    /// ZIPFoundation's `path` reads a name without the UTF-8 flag as code page 437, but the zips that omit the flag
    /// (macOS, Info-ZIP, Windows tools in a Chinese locale) store UTF-8 or GBK bytes: `联系人.txt` came out as
    /// `Φüöτ│╗Σ║║.txt`, and, no longer matching the central directory's name, was listed a second time as unreadable.
    /// Latin-1 maps each byte to one scalar, so it recovers the stored bytes exactly whatever the flag says.
    static func name(of entry: Entry) -> String {
        FilePath.display(entry.path(using: .isoLatin1).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    }

    /// Opens a zip held in memory (a nested archive, standard input, a git blob) through a private temporary file.
    ///
    /// ZIPFoundation's in-memory archive (`Archive(data:)`) lets a seek run past the end of the data and then traps on
    /// the read, so a zip whose directory points beyond its end would crash the whole scan; read from a file, the same
    /// zip gets a short read and throws, and becomes a skipped member like any corrupt one. The file is made with mode
    /// 0600, in memory (`/dev/shm`) where the system has that, and unlinked as soon as it is open, so the member's
    /// bytes never outlive the read.
    private static func spooledArchive(_ bytes: [UInt8]) throws -> Archive {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        var template = Array("\(folder)/hush-zip-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SystemError() }
        let path = String(cString: template)
        defer {
            unlink(path)
            close(descriptor)
        }
        try DescriptorIO.writeAll(descriptor, bytes)
        return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }

    private mutating func expandGzip(
        path: String, source: Source, depth: Int, encoding: TextEncoding?, _ visit: (ContainerEvent) -> Void
    ) {
        let compressed: [UInt8]
        switch source {
        case let .bytes(bytes): compressed = bytes
        case let .file(location):
            switch FileReader.readAll(location) {
            case let .success(bytes): compressed = bytes
            case let .failure(error):
                visit(.skipped(SkippedFile(path: path, reason: error.description)))
                return
            }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let inner = name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name.lowercased().hasSuffix(".tgz") ? String(name.dropLast(4)) + ".tar" : name
        let memberPath = path + "!" + inner
        do {
            let bytes = try GzipDecoder.inflate(compressed, limit: min(remainingBytes, max(compressed.count, 1) * limits.maxRatio + limits.ratioFloor))
            remainingBytes -= bytes.count
            member(path: memberPath, bytes: bytes, depth: depth, encoding: encoding, visit)
        } catch {
            visit(.skipped(SkippedFile(path: memberPath, reason: error.description)))
        }
    }

    private mutating func member(path: String, bytes: [UInt8], depth: Int, encoding: TextEncoding?, _ visit: (ContainerEvent) -> Void) {
        if let format = ContainerFormat(sniffing: bytes) {
            guard depth < limits.maxDepth else {
                visit(.skipped(SkippedFile(path: path, reason: "limit exceeded: archives nested deeper than \(limits.maxDepth)")))
                return
            }
            expand(path: path, source: .bytes(bytes), format: format, depth: depth + 1, encoding: encoding, visit)
            return
        }
        visit(.member(Document(path: path, container: container, bytes: bytes, scansName: true, encoding: encoding)))
    }
}

enum ContainerError: Error {
    case sizeMismatch
}
