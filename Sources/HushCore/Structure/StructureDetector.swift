/// Chooses how to read a document's structure, from its name first and its first bytes second, and extracts its fields.
public enum StructureDetector {
    public struct Result: Sendable {
        public var fields: FieldMap
        /// A one-line problem with the structure (unbalanced CSV quote, JSON that does not parse).
        public var problem: String?
    }

    public static func fields(of text: [UInt8], path: String) -> Result {
        let ext = fileExtension(path)
        if path.utf8.contains(UInt8(ascii: "!")), isOfficeXML(path.lowercased()) { return Result(fields: FieldMap(spans: [], kind: "office"), problem: nil) }
        return text.withUnsafeBufferPointer { buffer in
            let head = firstNonSpace(buffer)
            switch ext {
            case "csv", "tsv":
                let csv = CSVFieldExtractor.extract(buffer)
                return Result(fields: csv.map, problem: csv.problem)
            case "json", "geojson", "har":
                let json = JSONFieldExtractor.extract(buffer)
                return Result(fields: json.map, problem: json.problem)
            case "vcf", "vcard":
                return Result(fields: VCardFieldExtractor.extract(buffer), problem: nil)
            case "eml", "mht", "mhtml":
                return Result(fields: EmailHeaderFieldExtractor.extract(buffer), problem: nil)
            case "html", "htm", "xml", "xhtml", "svg", "plist":
                return Result(fields: MarkupFieldExtractor.extract(buffer), problem: nil)
            default:
                if head == UInt8(ascii: "{") || head == UInt8(ascii: "[") {
                    let json = JSONFieldExtractor.extract(buffer)
                    if json.problem == nil { return Result(fields: json.map, problem: nil) }
                }
                if head == UInt8(ascii: "<") { return Result(fields: MarkupFieldExtractor.extract(buffer), problem: nil) }
                if ["Received:", "Return-Path:", "MIME-Version:", "Delivered-To:"].contains(where: { startsWith(buffer, $0) }) {
                    return Result(fields: EmailHeaderFieldExtractor.extract(buffer), problem: nil)
                }
                if startsWith(buffer, "BEGIN:VCARD") { return Result(fields: VCardFieldExtractor.extract(buffer), problem: nil) }
                return Result(fields: .empty, problem: nil)
            }
        }
    }

    /// The lowercased extension of the last component of `path`: its last run of characters between dots, when
    /// something other than dots comes before it (`.bashrc` has none; `notes.txt.` has `txt`).
    ///
    /// Found from the end of the path's bytes: lowercasing the whole path and splitting it into components allocated
    /// a handful of strings per file, 7 % of a run over small files.
    static func fileExtension(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes -> String in
            let slash = UInt8(ascii: "/")
            let dotByte = UInt8(ascii: ".")
            var end = bytes.count
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            while end > start, bytes[end - 1] == dotByte { end -= 1 }
            guard let dot = bytes[start..<end].lastIndex(of: dotByte), bytes[start..<dot].contains(where: { $0 != dotByte })
            else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]), as: UTF8.self).lowercased()
        }
    }

    /// The XML parts of Office Open XML and OpenDocument files that hold the document's text.
    private static func isOfficeXML(_ path: String) -> Bool {
        guard path.hasSuffix(".xml"), let bang = path.lastIndex(of: "!") else { return false }
        let member = path[path.index(after: bang)...]
        return member.hasPrefix("word/") || member.hasPrefix("xl/") || member.hasPrefix("ppt/") || member == "content.xml"
            || member == "styles.xml" || member.hasPrefix("docprops/")
    }

    private static func firstNonSpace(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var index = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
        while index < buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[index]) { index += 1 }
        return index < buffer.count ? buffer[index] : nil
    }

    private static func startsWith(_ buffer: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        var index = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
        let bytes = Array(prefix.utf8)
        guard buffer.count - index >= bytes.count else { return false }
        return bytes.indices.allSatisfy { buffer[index + $0] | 0x20 == bytes[$0] | 0x20 }
    }
}
