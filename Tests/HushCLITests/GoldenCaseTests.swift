import Foundation
import HushTestSupport
import Testing

/// CLI cases as folders (xcbeautify style): `Cases/<case>/args` holds the arguments (one per line), `stdout` the
/// expected output, `status` the exit status. Run from the repository root; timings, hush's version and the
/// repository's path are replaced by placeholders (`${ELAPSED}`, `${HUSH_VERSION}`, `${ROOT}`).
private let cases: [String] = {
    let root = Repository.path("Tests/HushCLITests/Cases")
    return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
}()

/// hush's version as the binary reports it, replaced by `${HUSH_VERSION}` so a release does not touch every golden.
private let version: String = {
    (try? HushProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "unknown"
}()

private func normalize(_ text: String) -> String {
    text.replacingOccurrences(of: #""elapsed_ms":[0-9]+"#, with: #""elapsed_ms":"${ELAPSED}""#, options: .regularExpression)
        .replacingOccurrences(of: #", [0-9]+ ms(\r?\n)"#, with: ", ${ELAPSED} ms$1", options: .regularExpression)
        .replacingOccurrences(of: #"id="elapsed">[0-9]+ ms"#, with: #"id="elapsed">${ELAPSED} ms"#, options: .regularExpression)
        .replacingOccurrences(of: "\"\(version)\"", with: "\"${HUSH_VERSION}\"")
        .replacingOccurrences(of: "hush \(version)", with: "hush ${HUSH_VERSION}")
        .replacingOccurrences(of: Repository.root.path, with: "${ROOT}")
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
