import FuzzSupport
@testable import HushCore

/// HTML and XML: attributes, `<input>` values and element text as fields; character references and Office XML
/// tag stripping as unescaping; a workbook's sheet and shared strings read from the same bytes.
@main enum FuzzMarkup {
    static func main() {
        runFuzzer { buffer in
            let text = Array(buffer)
            checkFields(MarkupFieldExtractor.extract(buffer), count: text.count)
            checkUnescaping(text, as: .markup)
            checkUnescaping(text, as: .officeText)
            let maps = SpreadsheetFields.fields(members: [
                "xl/workbook.xml": [], "xl/worksheets/sheet1.xml": text, "xl/sharedStrings.xml": text,
            ])
            for map in maps.values { checkFields(map, count: text.count) }
        }
    }
}
