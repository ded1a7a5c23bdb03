@testable import HushCore
import Testing

@Test func scoreFieldWritesWhatFormat2Writes() {
    for step in -20...220 {
        let score = Double(step) / 200
        var json = JSONWriter()
        json.beginObject()
        json.field("score", score: score)
        json.endObject()
        #expect(json.text == "{\"score\":\(String(format2: score))}")
    }
}

@Test func literalKeysAndDataKeysWriteTheSameObject() {
    var literal = JSONWriter()
    literal.beginObject()
    literal.field("path", "a\"b\\c\n")
    literal.field("container", nil as String?)
    literal.field("line", -12)
    literal.field("bom", true)
    literal.beginArray("evidence")
    literal.string(nil, "context:手机")
    literal.endArray()
    literal.endObject()
    var data = JSONWriter()
    data.beginObject()
    data.string("path", "a\"b\\c\n")
    data.string("container", nil)
    data.number("line", -12)
    data.bool("bom", true)
    data.beginArray("evidence" as String?)
    data.string(nil, "context:手机")
    data.endArray()
    data.endObject()
    #expect(literal.text == data.text)
    #expect(literal.text == #"{"path":"a\"b\\c\n","container":null,"line":-12,"bom":true,"evidence":["context:手机"]}"#)
}
