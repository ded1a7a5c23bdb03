import HushCore
import HushTestSupport
import Testing

/// Invariants that must hold for any text, checked on a few hundred random documents per run (`PlantedText`) in every
/// encoding hush detects. A failure names its seed; `HUSH_PROPERTY_SEED=<seed>` replays the run.
@Suite struct ScanInvariantTests {
    private static let rules = Result { try RuleSet.builtin().rules }
    private static let cases = 300

    private static let encodings: [(TextEncoding, bom: Bool)] = [
        (.utf8, false), (.utf8, true), (.utf16LE, false), (.utf16LE, true), (.utf16BE, false), (.utf16BE, true),
        (.gb18030, false),
    ]

    private func scan(_ bytes: [UInt8], scanner: Scanner, encoding: TextEncoding? = nil) -> DocumentResult {
        scanner.scan(Document(path: "t.txt", bytes: bytes, scansName: false, encoding: encoding), state: ScanState())
    }

    /// UTF-16 without a BOM is recognised by its NUL bytes (`EncodingDetector`), which only ASCII-heavy text has; for
    /// other text the user names the encoding (`--encoding`), and so does the test.
    private func needsNaming(_ text: String, _ encoding: TextEncoding, bom: Bool) -> Bool {
        guard !bom, encoding == .utf16LE || encoding == .utf16BE else { return false }
        return text.utf16.filter { $0 < 0x80 }.count * 10 < text.utf16.count * 9
    }

    @Test func findingsSitOnCharacterBoundariesAndRedactionTouchesOnlyThem() throws {
        let scanner = Scanner(rules: try Self.rules.get())
        var generator = SeededGenerator.fromEnvironment()
        let seed = "seed \(generator.seed) (HUSH_PROPERTY_SEED=\(generator.seed))"
        var planted = 0
        var detected = 0
        for number in 0..<Self.cases {
            let (encoding, bom) = Self.encodings[number % Self.encodings.count]
            let sample = PlantedText(pieces: Int.random(in: 4...40, using: &generator), using: &generator)
            let place = "case \(number), \(encoding.rawValue)\(bom ? "+BOM" : ""), \(seed): \(sample.text.debugDescription)"
            let (bytes, boundaries) = try #require(sample.encoded(encoding, bom: bom), "\(place)")
            let scalars = Array(sample.text.unicodeScalars)
            let named = needsNaming(sample.text, encoding, bom: bom)
            let result = scan(bytes, scanner: scanner, encoding: named ? encoding : nil)
            #expect(result.encoding == encoding, "detected \(String(describing: result.encoding)); \(place)")
            guard result.encoding == encoding else { continue }
            if !named { detected += 1 }

            var spans: [Range<Int>: Finding] = [:]
            for finding in result.findings {
                let start = boundaries.firstIndex(of: finding.start)
                let end = boundaries.firstIndex(of: finding.end)
                #expect(start != nil && end != nil, "\(finding.rule) \(finding.start)..<\(finding.end) splits a character; \(place)")
                guard let start, let end else { continue }
                var shown = String.UnicodeScalarView()
                shown.append(contentsOf: scalars[start..<end])
                #expect(String(shown) == finding.value, "\(finding.rule) at \(finding.start): bytes read \(String(shown).debugDescription), value \(finding.value.debugDescription); \(place)")
                spans[finding.start..<finding.end] = finding
            }
            for plant in sample.plants {
                let range = boundaries[plant.scalars.lowerBound]..<boundaries[plant.scalars.upperBound]
                let found = spans[range]
                #expect(found?.type == plant.type && found?.value == plant.value, "planted \(plant.type) \(plant.value) at \(range) not reported; \(place)")
                planted += 1
            }

            var redactor = Redactor(encoding: encoding)
            let once = try redactor.redact(bytes, findings: result.findings)
            var rebuilt: [UInt8] = []
            var cursor = 0
            for edit in once.edits {
                #expect(spans[edit.range] != nil, "an edit at \(edit.range) is not a finding's span; \(place)")
                rebuilt += bytes[cursor..<edit.range.lowerBound] + edit.bytes
                cursor = edit.range.upperBound
            }
            rebuilt += bytes[cursor...]
            #expect(rebuilt == once.bytes, "bytes outside the findings changed; \(place)")

            let again = scan(once.bytes, scanner: scanner, encoding: named ? encoding : nil)
            var second = Redactor(encoding: encoding)
            let twice = try second.redact(once.bytes, findings: again.findings)
            #expect(twice.bytes == once.bytes, "redacting twice differs from once (\(twice.edits.count) more edits); \(place)")
        }
        #expect(planted > Self.cases, "too few values planted to mean anything; \(seed)")
        print("scan invariants: \(Self.cases) documents (\(detected) with the encoding detected), \(planted) planted values, \(seed)")
    }
}
