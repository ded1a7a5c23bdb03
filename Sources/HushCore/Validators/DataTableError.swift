/// A line of a reference table under `patterns/data/` that could not be read.
///
/// The tables are edited by hand as allocations change, so an error names the file and the 1-based line, the way a
/// compiler does, rather than failing the whole load with a bare "bad format".
package struct DataTableError: Error, CustomStringConvertible, Equatable {
    package var file: String
    package var line: Int
    package var message: String

    package init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String { "\(file):\(line): \(message)" }
}
