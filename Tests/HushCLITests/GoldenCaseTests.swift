import Foundation
import HushTestSupport
import Testing

/// CLI cases as folders (xcbeautify style): `Cases/<case>/args` holds the arguments (one per line), `stdout` the
/// expected output, `status` the exit status. Run from the repository root; timings are replaced by placeholders.
private let cases: [String] = {
    let root = Repository.path("Tests/HushCLITests/Cases")
    return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
}()

private func normalize(_ text: String) -> String {
    text.replacingOccurrences(of: #""elapsed_ms":[0-9]+"#, with: #""elapsed_ms":"${ELAPSED}""#, options: .regularExpression)
        .replacingOccurrences(of: #", [0-9]+ ms\n"#, with: ", ${ELAPSED} ms\n", options: .regularExpression)
}

@Test(arguments: cases)
func goldenCase(_ name: String) throws {
    let folder = "Tests/HushCLITests/Cases/\(name)"
    let arguments = try String(contentsOfFile: Repository.path(folder + "/args"), encoding: .utf8)
        .split(separator: "\n").map(String.init)
    let output = try HushProcess.run(arguments)
    let status = try String(contentsOfFile: Repository.path(folder + "/status"), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    if Golden.updating {
        try "\(output.status)\n".write(toFile: Repository.path(folder + "/status"), atomically: true, encoding: .utf8)
    } else {
        #expect("\(output.status)" == status, "stderr: \(output.stderr)")
    }
    let mismatch = Golden.mismatch(normalize(output.stdout), golden: folder + "/stdout")
    #expect(mismatch == nil, "\(mismatch ?? "")")
}
