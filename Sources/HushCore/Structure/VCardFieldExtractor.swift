/// Names each vCard property value after its property (`TEL`, `EMAIL`, `ADR`, `FN`, `NOTE`), for vCard 2.1, 3.0 and
/// 4.0. A folded value (continuation lines start with a space or tab) stays one field across its lines.
struct VCardFieldExtractor {
    static func extract(_ text: UnsafeBufferPointer<UInt8>) -> FieldMap {
        var spans: [FieldSpan] = []
        var index = 0
        let count = text.count
        var cards = 0
        var hasName = false
        var hasPhone = false
        var records = 0
        while index < count {
            let lineStart = index
            var colon: Int?
            // A logical line runs until a line break not followed by a space or tab.
            while index < count {
                let byte = text[index]
                if byte == UInt8(ascii: ":") && colon == nil { colon = index }
                if byte == 0x0A {
                    if index + 1 < count, text[index + 1] == 0x20 || text[index + 1] == 0x09 {
                        index += 1
                        continue
                    }
                    break
                }
                index += 1
            }
            var lineEnd = index
            if lineEnd > lineStart, text[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            index += 1
            guard let colon else { continue }
            let head = String(decoding: UnsafeBufferPointer(rebasing: text[lineStart..<colon]), as: UTF8.self)
            var property = head.split(separator: ";").first.map(String.init) ?? head
            if let dot = property.lastIndex(of: ".") { property = String(property[property.index(after: dot)...]) }
            property = property.uppercased()
            switch property {
            case "BEGIN":
                cards += 1
                hasName = false
                hasPhone = false
            case "END":
                if hasName && hasPhone { records += 1 }
            case "FN", "N": hasName = true
            case "TEL": hasPhone = true
            default: break
            }
            if colon + 1 < lineEnd { spans.append(FieldSpan(range: (colon + 1)..<lineEnd, name: property)) }
        }
        var map = FieldMap(spans: spans, kind: "vcard")
        map.contactRecords = records
        return map
    }
}
