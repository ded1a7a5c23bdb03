/// Names values in HTML and XML: an attribute's value after the attribute (`address="…"` in Android SMS and call-log
/// backups), an `<input>`'s `value` after its `name` or `id`, and an element's text after the element.
///
/// A forgiving scanner, not a parser: saved web pages and exported backups are rarely well-formed, and a field name
/// is only evidence.
struct MarkupFieldExtractor {
    static func extract(_ text: UnsafeBufferPointer<UInt8>) -> FieldMap {
        var spans: [FieldSpan] = []
        var index = 0
        let count = text.count
        var openElement: String?
        var textStart: Int?
        while index < count {
            guard text[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if let start = textStart, let element = openElement, start < index {
                let trimmed = trim(start..<index, in: text)
                if !trimmed.isEmpty { spans.append(FieldSpan(range: trimmed, name: element)) }
            }
            textStart = nil
            let tagStart = index + 1
            var cursor = tagStart
            if cursor < count, text[cursor] == UInt8(ascii: "!") || text[cursor] == UInt8(ascii: "?") {
                while cursor < count, text[cursor] != UInt8(ascii: ">") { cursor += 1 }
                index = cursor + 1
                continue
            }
            let closing = cursor < count && text[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < count, isNameByte(text[cursor]) { cursor += 1 }
            let element = String(decoding: UnsafeBufferPointer(rebasing: text[nameStart..<cursor]), as: UTF8.self)
            var attributes: [(name: String, value: Range<Int>)] = []
            while cursor < count, text[cursor] != UInt8(ascii: ">") {
                if isNameByte(text[cursor]) {
                    let attributeStart = cursor
                    while cursor < count, isNameByte(text[cursor]) { cursor += 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: text[attributeStart..<cursor]), as: UTF8.self)
                    while cursor < count, text[cursor] == 0x20 { cursor += 1 }
                    guard cursor < count, text[cursor] == UInt8(ascii: "=") else { continue }
                    cursor += 1
                    while cursor < count, text[cursor] == 0x20 { cursor += 1 }
                    guard cursor < count else { break }
                    let quote = text[cursor]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let valueStart = cursor + 1
                        cursor = valueStart
                        while cursor < count, text[cursor] != quote { cursor += 1 }
                        attributes.append((name, valueStart..<min(cursor, count)))
                        cursor += 1
                    } else {
                        let valueStart = cursor
                        while cursor < count, text[cursor] != 0x20, text[cursor] != UInt8(ascii: ">") { cursor += 1 }
                        attributes.append((name, valueStart..<cursor))
                    }
                } else {
                    cursor += 1
                }
            }
            let label = (attributes.first { $0.name.lowercased() == "name" } ?? attributes.first { $0.name.lowercased() == "id" })
                .map { String(decoding: UnsafeBufferPointer(rebasing: text[$0.value]), as: UTF8.self) }
            for attribute in attributes where !attribute.value.isEmpty && !structural.contains(attribute.name.lowercased()) {
                let isInputValue = attribute.name.lowercased() == "value" && label != nil
                spans.append(FieldSpan(range: attribute.value, name: isInputValue ? label! : attribute.name))
            }
            openElement = closing ? nil : element
            index = cursor + 1
            textStart = closing ? nil : index
        }
        return FieldMap(spans: spans, kind: "markup")
    }

    /// Attributes that describe the markup itself; their values are never field content (`name="phone"` names the
    /// field, it is not a person's name).
    private static let structural: Set<String> = [
        "name", "id", "class", "type", "for", "style", "rel", "lang", "autocomplete", "method", "action", "xmlns",
        "version", "encoding", "role", "tabindex", "maxlength", "minlength", "pattern", "inputmode", "dir", "charset",
    ]

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func trim(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, [0x20, 0x09, 0x0A, 0x0D].contains(text[lower]) { lower += 1 }
        while upper > lower, [0x20, 0x09, 0x0A, 0x0D].contains(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
