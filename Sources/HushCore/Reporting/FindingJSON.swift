extension Finding {
    /// Writes this finding as the object of DESIGN §5. `value` appears only when `showValues`.
    ///
    /// After the first member the layout is fixed, so keys and punctuation go out as single literal chunks (`","line":`)
    /// rather than member by member: reports of a dense export write hundreds of thousands of findings. Every string
    /// that comes from data (paths, values, evidence, even rule ids and fingerprints, which hush makes safe) is still
    /// quoted and escaped.
    func write(to json: inout JSONWriter, showValues: Bool) {
        json.string("rule", rule)
        json.raw(#","type":"#)
        json.rawString(type.rawValue)
        json.raw(#","confidence":"#)
        json.rawString(confidence.description)
        json.raw(#","score":"#)
        json.rawScore(score)
        json.raw(#","evidence":["#)
        for (index, item) in evidence.enumerated() {
            if index > 0 { json.raw(",") }
            json.rawString(item)
        }
        json.raw(#"],"path":"#)
        json.rawString(path)
        json.raw(#","container":"#)
        if let container { json.rawString(container) } else { json.raw("null") }
        json.raw(#","part":"#)
        json.rawString(part.rawValue)
        json.raw(#","encoding":"#)
        json.rawString(encoding)
        json.raw(bom ? #","bom":true,"line":"# : #","bom":false,"line":"#)
        json.rawNumber(line)
        json.raw(#","column":"#)
        json.rawNumber(column)
        json.raw(#","start":"#)
        json.rawNumber(start)
        json.raw(#","end":"#)
        json.rawNumber(end)
        if showValues {
            json.raw(#","value":"#)
            json.rawString(value)
        }
        json.raw(#","masked":"#)
        json.rawString(masked)
        json.raw(#","replacement":"#)
        json.rawString(replacement)
        json.raw(#","fingerprint":"#)
        json.rawString(fingerprint)
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
