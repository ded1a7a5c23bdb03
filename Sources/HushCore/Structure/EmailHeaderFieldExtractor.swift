/// Names e-mail header values after their header (`From`, `To`, `Subject`), so an address in `To:` has a field.
/// Bodies are decoded (see `MIMEDecoder`) but carry no field.
struct EmailHeaderFieldExtractor {
    static func extract(_ text: UnsafeBufferPointer<UInt8>) -> FieldMap {
        var spans: [FieldSpan] = []
        var index = 0
        let count = text.count
        while index < count {
            var end = index
            while end < count, text[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > index, text[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == index { break }
            if text[index] != 0x20, text[index] != 0x09,
                let colon = UnsafeBufferPointer(rebasing: text[index..<lineEnd]).firstIndex(of: UInt8(ascii: ":"))
            {
                let absolute = index + colon
                let name = String(decoding: UnsafeBufferPointer(rebasing: text[index..<absolute]), as: UTF8.self)
                if absolute + 1 < lineEnd { spans.append(FieldSpan(range: (absolute + 1)..<lineEnd, name: name)) }
            }
            index = end + 1
        }
        return FieldMap(spans: spans, kind: "email")
    }
}
