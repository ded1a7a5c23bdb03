import HushPCRE2

/// Finds personal data in documents: the detector of DESIGN §2.
///
/// For each rule: a literal prefilter decides whether its regex runs at all; each match's value is validated, graded by
/// evidence, and then overlapping candidates of all rules are resolved before anything is reported. Offsets are
/// mapped from the text view back to the original bytes last, once per finding. Immutable and `Sendable`: threads
/// share one `Scanner` and bring their own `ScanState`.
public struct Scanner: Sendable {
    public let rules: [Rule]
    public let options: ScanOptions
    private let prefilters: [PCRE2Regex?]
    private let scorers: [EvidenceScorer]
    private let fingerprinter: Fingerprinter

    public init(rules: [Rule], options: ScanOptions = ScanOptions()) {
        self.rules = rules
        self.options = options
        prefilters = rules.map { rule in
            guard !rule.keywords.isEmpty else { return nil }
            let alternatives = rule.keywords.map(Self.literal).joined(separator: "|")
            return try? PCRE2Regex(alternatives, options: [.utf, .matchInvalidUTF, .caseless])
        }
        scorers = rules.map(EvidenceScorer.init(rule:))
        fingerprinter = Fingerprinter(key: options.fingerprintKey)
    }

    /// Escapes everything but ASCII letters, digits and non-ASCII characters, so a keyword is matched literally.
    private static func literal(_ word: String) -> String {
        var out = ""
        for scalar in word.unicodeScalars {
            if scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Scans a document's contents, decoded as its `encoding` says (or as detected), and its file name when it asks
    /// for that. A document that is not text comes back with `skipped` set.
    public func scan(_ document: Document, state: ScanState) -> DocumentResult {
        var diagnostics: [String] = []
        var findings: [Finding] = []
        var encoding: TextEncoding?
        switch DocumentDecoder.decode(document.bytes, forced: document.encoding) {
        case let .skipped(reason):
            if document.scansName {
                findings = scan(DecodedText(utf8: document.nameBytes), part: .name, document: document, state: state, diagnostics: &diagnostics)
            }
            return DocumentResult(findings: findings, diagnostics: diagnostics, encoding: nil, skipped: reason)
        case let .text(text):
            encoding = text.encoding
            if let first = text.firstInvalidOffset {
                diagnostics.append("\(document.path): \(text.invalidUnits) undecodable \(text.encoding.rawValue) unit\(text.invalidUnits == 1 ? "" : "s") (first at byte \(first)); the rest was scanned")
            } else if text.encoding == .utf8, case let .mostlyValid(invalid, first) = UTF8Validator.classify(text.utf8) {
                diagnostics.append("\(document.path): \(invalid) invalid UTF-8 byte\(invalid == 1 ? "" : "s") (first at byte \(first)); the rest was scanned as UTF-8")
            }
            findings = scan(text, part: .content, document: document, state: state, diagnostics: &diagnostics)
        }
        if document.scansName {
            findings += scan(DecodedText(utf8: document.nameBytes), part: .name, document: document, state: state, diagnostics: &diagnostics)
        }
        return DocumentResult(findings: findings, diagnostics: diagnostics, encoding: encoding, skipped: nil)
    }

    private func scan(
        _ text: DecodedText, part: FindingPart, document: Document, state: ScanState, diagnostics: inout [String]
    ) -> [Finding] {
        let view = TextView(utf8: text.utf8)
        let candidates = view.bytes.withUnsafeBufferPointer { buffer in
            var all: [Candidate] = []
            for index in rules.indices {
                do {
                    try collect(rule: index, in: buffer, state: state, into: &all)
                } catch {
                    diagnostics.append("\(document.path): rule \(rules[index].id): \(error); the rest of this file was not searched by it")
                }
            }
            return OverlapResolver.resolve(all, rules: rules)
        }
        var locator = LineLocator(bytes: text.utf8)
        var findings: [Finding] = []
        for candidate in candidates {
            let rule = rules[candidate.ruleIndex]
            guard candidate.confidence >= options.minConfidence, options.types?.contains(rule.type) ?? true else { continue }
            findings.append(makeFinding(candidate, rule: rule, view: view, text: text, part: part, document: document, locator: &locator))
        }
        return findings
    }

    private func collect(rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, state: ScanState, into all: inout [Candidate]) throws {
        let rule = rules[index]
        let raw = UnsafeRawBufferPointer(buffer)
        if let prefilter = prefilters[index], try !prefilter.matches(raw, state: state.match) { return }
        let scorer = scorers[index]
        let maskGroup: Int? = if case let .mask(_, _, group) = rule.redaction { group } else { nil }
        try rule.regex.forEachMatch(in: raw, state: state.match) { match in
            guard let range = match.range(ofGroup: rule.valueGroup), !range.isEmpty else { return true }
            var candidate = Candidate(
                ruleIndex: index, range: range, matchRange: match.range, maskRange: maskGroup.flatMap { match.range(ofGroup: $0) },
                validated: false, points: rule.baseConfidence.rawValue, evidence: [])
            if let validator = rule.validator {
                if validator.isValid(ArraySlice(buffer[range])) {
                    candidate.validated = true
                    candidate.points += 1
                    candidate.evidence.append("validator:\(rule.validatorName ?? "")")
                } else if !rule.validatorScoresOnly {
                    return true
                }
            }
            if scorer.score(&candidate, in: buffer) { all.append(candidate) }
            return true
        }
    }

    private func makeFinding(
        _ candidate: Candidate, rule: Rule, view: TextView, text: DecodedText, part: FindingPart, document: Document,
        locator: inout LineLocator
    ) -> Finding {
        let decodedStart = view.map.originalStart(candidate.range.lowerBound)
        let decodedEnd = view.map.originalEnd(candidate.range.upperBound)
        let value = String(decoding: text.utf8[decodedStart..<decodedEnd], as: UTF8.self)
        let maskRange = candidate.maskRange.map { range in
            (view.map.originalStart(range.lowerBound) - decodedStart)..<(view.map.originalEnd(range.upperBound) - decodedStart)
        }
        let normalized = ValueNormalizer.normalize(view.bytes[candidate.range], type: rule.type)
        let replacement = Replacement.make(for: value, type: rule.type, spec: rule.redaction, maskRange: maskRange)
        let position = locator.locate(decodedStart)
        return Finding(
            rule: rule.id, type: rule.type, confidence: candidate.confidence, score: candidate.score,
            evidence: candidate.evidence, path: document.path, container: document.container,
            encoding: text.encoding.rawValue, bom: text.bom, part: part, line: position.line, column: position.column,
            start: text.originalOffset(decodedStart), end: text.originalOffset(decodedEnd), value: value, masked: replacement,
            replacement: replacement,
            fingerprint: fingerprinter.fingerprint(path: Self.fingerprintPath(document.path), rule: rule.id, normalizedValue: normalized),
            normalizedValue: normalized)
    }

    /// Fingerprints use the path without a leading `./`, so `hush scan .` and `hush scan` agree.
    private static func fingerprintPath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
