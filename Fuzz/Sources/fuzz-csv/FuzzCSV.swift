import FuzzSupport
@testable import HushCore

/// CSV and TSV: quoting, embedded line breaks, the delimiter guess; every cell inside the text.
@main enum FuzzCSV {
    static func main() {
        runFuzzer { buffer in
            let result = CSVFieldExtractor.extract(buffer)
            checkFields(result.map, count: buffer.count)
            for span in result.map.spans {
                require(span.range.lowerBound <= span.range.upperBound, "csv: inverted cell")
            }
            let text = Array(buffer)
            checkFields(StructureDetector.fields(of: text, path: "a.tsv").fields, count: text.count)
        }
    }
}
