extension Finding {
    /// Writes this finding as the object of DESIGN §5. `value` appears only when `showValues`.
    func write(to json: inout JSONWriter, showValues: Bool) {
        json.field("rule", rule)
        json.field("type", type.rawValue)
        json.field("confidence", confidence.description)
        json.field("score", score: score)
        json.beginArray("evidence")
        for item in evidence { json.string(nil, item) }
        json.endArray()
        json.field("path", path)
        json.field("container", container)
        json.field("part", part.rawValue)
        json.field("encoding", encoding)
        json.field("bom", bom)
        json.field("line", line)
        json.field("column", column)
        json.field("start", start)
        json.field("end", end)
        if showValues { json.field("value", value) }
        json.field("masked", masked)
        json.field("replacement", replacement)
        json.field("fingerprint", fingerprint)
    }
}

extension ScanSummary {
    func write(to json: inout JSONWriter) {
        json.number("files", files)
        json.number("bytes", bytes)
        json.number("findings", findings)
        json.beginObject("by_type")
        for (type, count) in byType.sorted(by: { $0.key < $1.key }) { json.number(type.rawValue, count) }
        json.endObject()
        json.number("distinct_values", distinctValues)
        json.number("skipped", skipped)
        json.number("elapsed_ms", elapsedMilliseconds)
        json.beginArray("address_books")
        for book in addressBooks {
            json.beginObject()
            json.string("path", book.path)
            json.number("records", book.records)
            json.endObject()
        }
        json.endArray()
    }
}
