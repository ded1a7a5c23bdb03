@testable import HushCore
import Testing

@Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""), ("", ""), ("+86 138****5678", "+86 138****5678"), ("张三,李四", "\"张三,李四\""),
])
func csvFieldIsQuotedOnlyWhenRFC4180RequiresIt(text: String, field: String) {
    #expect(CSVReporter.field(text) == field)
}
