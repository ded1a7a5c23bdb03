@testable import HushCore
import Testing

/// `fileExtension` agrees with the definition it replaced (split the lowercased path on `/`, take the last part, split
/// that on `.`, and take the last part when there are two or more), on random paths of slashes, dots and letters.
@Test func fileExtensionIsTheLastDotPartOfTheName() {
    func reference(_ path: String) -> String {
        let lower = path.lowercased()
        let name = lower.split(separator: "/").last.map(String.init) ?? lower
        return name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!) : ""
    }
    var generator = SystemRandomNumberGenerator()
    let pieces = ["/", ".", "a", "B", "csv", "JSON", "目录", "É"]
    for _ in 0..<5_000 {
        let path = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        #expect(StructureDetector.fileExtension(path) == reference(path), "\(path)")
    }
    #expect(StructureDetector.fileExtension("exports/通讯录.VCF") == "vcf")
    #expect(StructureDetector.fileExtension(".bashrc") == "")
}
