/// Runs a rule's examples, the way `hush rules test` and the test suite both do.
///
/// Each example is scanned with its rule alone, through the same scanner as real files (validators, context,
/// overlap resolution), so an example that passes here behaves the same in a scan.
public struct ExampleChecker: Sendable {
    public struct Failure: Sendable, CustomStringConvertible {
        public var example: RuleExample
        public var message: String
        public var description: String { "\(example): \(message)" }
    }

    public init() {}

    /// The failures among `rule`'s examples (empty when all pass).
    public func check(_ rule: Rule, state: ScanState = ScanState()) -> [Failure] {
        rule.examples.compactMap { check($0, of: rule, state: state) }
    }

    /// Why `example` fails, or nil when it passes. `prefix` is put before the text (spans shift with it), to check that
    /// the rule does not depend on where the value sits.
    public func check(_ example: RuleExample, of rule: Rule, prefix: String = "", state: ScanState = ScanState()) -> Failure? {
        let shift = prefix.utf8.count
        var shifted = example
        shifted.text = prefix + example.text
        shifted.expectedSpans = example.expectedSpans.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        let document = Document(path: example.fileName ?? "<example>", bytes: Array(shifted.text.utf8), scansName: false)
        var options = ScanOptions(minConfidence: .low)
        // Twice: as a scan of a small file runs it (an example is short, so its prefilter windows cover most of it and
        // the regex searches everything), and searching only near prefilter hits, as in a large file.
        for narrow in [false, true] {
            options.searchesOnlyNearPrefilterHits = narrow
            let findings = Scanner(rules: [rule], options: options).scan(document, state: state).findings
            if var message = verdict(shifted, findings: findings, exactLevel: prefix.isEmpty) {
                if narrow { message += " when searching only near its prefilter's hits (check digits, lead and keywords)" }
                return Failure(example: example, message: prefix.isEmpty ? message : "after \"\(prefix)\": \(message)")
            }
        }
        return nil
    }

    /// `exactLevel` checks a positive example's `confidence` as the exact level; variants only use it as the threshold,
    /// since text put before the value may carry context words.
    private func verdict(_ example: RuleExample, findings: [Finding], exactLevel: Bool) -> String? {
        let threshold = example.confidence ?? .medium
        let counted = findings.filter { $0.confidence >= threshold }
        let spans = counted.map { $0.start..<$0.end }
        let text = Array(example.text.utf8)
        func show(_ spans: [Range<Int>]) -> String {
            spans.isEmpty ? "nothing" : spans.map { "«\(String(decoding: text[$0], as: UTF8.self))» at \($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ", ")
        }
        func levels() -> String { findings.map { "\($0.confidence) (\($0.evidence.joined(separator: " ")))" }.joined(separator: ", ") }
        if example.shouldMatch {
            if spans != example.expectedSpans {
                return "expected \(show(example.expectedSpans)), found \(show(spans))" + (findings.isEmpty ? "" : " [levels: \(levels())]")
            }
            if exactLevel, let level = example.confidence, let wrong = counted.first(where: { $0.confidence != level }) {
                return "expected confidence \(level), found \(wrong.confidence) (\(wrong.evidence.joined(separator: " ")))"
            }
            return nil
        }
        return spans.isEmpty ? nil : "expected no finding at \(threshold) or above, found \(show(spans)) [levels: \(levels())]"
    }
}
