extension Finding {
    /// Writes this finding as the object of DESIGN §5. `value` appears only when `showValues`.
    func write(to json: inout JSONWriter, showValues: Bool) {
        json.string("rule", rule)
        json.string("type", type.rawValue)
        json.string("confidence", confidence.description)
        json.number("score", score)
        json.beginArray("evidence")
        for item in evidence { json.string(nil, item) }
        json.endArray()
        json.string("path", path)
        json.string("container", container)
        json.string("part", part.rawValue)
        json.string("encoding", encoding)
        json.bool("bom", bom)
        json.number("line", line)
        json.number("column", column)
        json.number("start", start)
        json.number("end", end)
        if showValues { json.string("value", value) }
        json.string("masked", masked)
        json.string("replacement", replacement)
        json.string("fingerprint", fingerprint)
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
