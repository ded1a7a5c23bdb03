import FuzzSupport
@testable import HushCore

/// JSON: the field tokenizer (keys over values, any depth) and the unescaping of `\uXXXX`, surrogate pairs and the
/// short escapes, whose map must lead back to the escape as written.
@main enum FuzzJSON {
    static func main() {
        runFuzzer { buffer in
            let text = Array(buffer)
            let result = JSONFieldExtractor.extract(buffer)
            checkFields(result.map, count: text.count)
            require(result.problem == nil || result.map.spans.isEmpty, "json: fields from JSON that did not parse")
            checkUnescaping(text, as: .json)
            if let (bytes, map) = ContentUnescaper.unescape(text, kind: .json) {
                // Bytes copied as they are must be the same bytes.
                for offset in bytes.indices where bytes[offset] < 0x80 {
                    let start = map.originalStart(offset)
                    if map.originalEnd(offset + 1) - start == 1 {
                        require(text[start] == bytes[offset], "json: byte \(offset) is not original byte \(start)")
                    }
                }
            }
        }
    }
}
