import Foundation
import HushTestSupport
import Testing

/// `hush scan FILE` and `hush scan - < FILE` must report the same findings: the bytes are the same, only the way they
/// arrive differs. Random documents (`PlantedText`) in every encoding; each case costs one run of the binary, so there
/// are fewer of them than in the in-process property tests. A failure names its seed (`HUSH_PROPERTY_SEED` replays it).
@Test func aFileAndTheSameBytesOnStandardInputGiveTheSameFindings() throws {
    let scratch = try ScratchFolder(prefix: "hush-stdin")
    var generator = SeededGenerator.fromEnvironment()
    let seed = "seed \(generator.seed) (HUSH_PROPERTY_SEED=\(generator.seed))"
    let encodings = [("utf-8", false), ("utf-16le", true), ("utf-16be", false), ("gb18030", false), ("utf-16le", false)]
    let count = 30
    var documents: [[UInt8]] = []
    for number in 0..<count {
        let (encoding, bom) = encodings[number % encodings.count]
        let sample = PlantedText(pieces: Int.random(in: 4...30, using: &generator), using: &generator)
        let bytes = try #require(sample.encoded(named: encoding, bom: bom))
        try scratch.write(String(format: "doc-%03d.txt", number), bytes)
        documents.append(bytes)
    }
    let walked = try HushProcess.run(["scan", ".", "--format", "jsonl", "--show-values"], in: scratch.path)
    #expect(walked.status == 1, "\(walked.stderr)")
    var fromFiles: [String: [String]] = [:]
    for line in walked.stdout.split(separator: "\n") {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        guard let path = object["path"] as? String, object["rule"] != nil, object["part"] as? String == "content" else { continue }
        fromFiles[path, default: []].append(try comparable(object))
    }
    var total = 0
    for (number, bytes) in documents.enumerated() {
        let name = String(format: "./doc-%03d.txt", number)
        let piped = try HushProcess.run(["scan", "-", "--format", "jsonl", "--show-values"], in: scratch.path, stdin: Data(bytes))
        var fromStdin: [String] = []
        for line in piped.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard object["rule"] != nil else { continue }
            #expect(object["path"] as? String == "<stdin>")
            fromStdin.append(try comparable(object))
        }
        #expect(fromStdin == fromFiles[name] ?? [], "\(name) differs from its bytes on stdin; \(seed)")
        total += fromStdin.count
    }
    #expect(total > count, "too few findings to compare; \(seed)")
    print("file vs stdin: \(count) documents, \(total) findings, \(seed)")
}

/// A finding without what depends on where it came from (its path, and the fingerprint made from the path).
private func comparable(_ finding: [String: Any]) throws -> String {
    var kept = finding
    for key in ["path", "fingerprint", "container"] { kept.removeValue(forKey: key) }
    return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
}
