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

    /// Scans only a document's file name (a container's own name, whose contents are its members).
    public func scanName(of document: Document, state: ScanState) -> [Finding] {
        var diagnostics: [String] = []
        return scan(DecodedText(utf8: document.nameBytes), part: .name, document: document, state: state, diagnostics: &diagnostics)
    }

    private func scan(
        _ text: DecodedText, part: FindingPart, document: Document, state: ScanState, diagnostics: inout [String]
    ) -> [Finding] {
        var fields = FieldMap.empty
        if part == .content {
            let structure = StructureDetector.fields(of: text.utf8, path: document.path)
            fields = structure.fields
            if let problem = structure.problem { diagnostics.append("\(document.path): \(problem)") }
        }
        let view = TextView(utf8: text.utf8, unescaping: part == .content ? fields.escapes : nil)
        let candidates = view.bytes.withUnsafeBufferPointer { buffer in
            var all: [Candidate] = []
            for index in rules.indices {
                do {
                    if rules[index].fieldScoped {
                        try collectInFields(rule: index, in: buffer, view: view, fields: fields, state: state, into: &all)
                    } else {
                        try collect(rule: index, in: buffer, view: view, fields: fields, state: state, into: &all)
                    }
                } catch {
                    diagnostics.append("\(document.path): rule \(rules[index].id): \(error); the rest of this file was not searched by it")
                }
            }
            return OverlapResolver.resolve(all, rules: rules)
        }
        var locator = LineLocator(bytes: text.utf8)
        var findings: [Finding] = []
        let snippets = SnippetMaker(text: view.bytes, hidden: candidates.map { ($0.range, rules[$0.ruleIndex].type) })
        for candidate in candidates {
            let rule = rules[candidate.ruleIndex]
            guard candidate.confidence >= options.minConfidence, options.types?.contains(rule.type) ?? true else { continue }
            var finding = makeFinding(candidate, rule: rule, view: view, text: text, part: part, document: document, locator: &locator)
            finding.snippet = snippets.snippet(for: candidate.range)
            findings.append(finding)
        }
        return findings
    }

    private func collect(
        rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView, fields: FieldMap, state: ScanState,
        into all: inout [Candidate], within window: Range<Int>? = nil
    ) throws {
        let rule = rules[index]
        let raw = UnsafeRawBufferPointer(window.map { UnsafeBufferPointer(rebasing: buffer[$0]) } ?? buffer)
        let base = window?.lowerBound ?? 0
        if window == nil, let prefilter = prefilters[index], try !prefilter.matches(raw, state: state.match) { return }
        let scorer = scorers[index]
        let maskGroup: Int? = if case let .mask(_, _, group) = rule.redaction { group } else { nil }
        try rule.regex.forEachMatch(in: raw, state: state.match) { match in
            guard let local = match.range(ofGroup: rule.valueGroup), !local.isEmpty else { return true }
            let range = (local.lowerBound + base)..<(local.upperBound + base)
            let whole = match.range
            var candidate = Candidate(
                ruleIndex: index, range: range, matchRange: (whole.lowerBound + base)..<(whole.upperBound + base),
                maskRange: maskGroup.flatMap { match.range(ofGroup: $0) }.map { ($0.lowerBound + base)..<($0.upperBound + base) },
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
            let field = fields.spans.isEmpty
                ? nil
                : fields.field(containing: view.originalStart(range.lowerBound)..<view.originalEnd(range.upperBound))
            if scorer.score(&candidate, in: buffer, field: field) { all.append(candidate) }
            return true
        }
    }

    /// Runs a field-scoped rule inside each field its `fields` name.
    private func collectInFields(
        rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView, fields: FieldMap, state: ScanState,
        into all: inout [Candidate]
    ) throws {
        let scorer = scorers[index]
        for span in fields.spans where scorer.fieldMatches(span.name) {
            let lower = view.viewOffset(forOriginal: span.range.lowerBound)
            let upper = view.viewOffset(forOriginal: span.range.upperBound)
            guard lower < upper else { continue }
            try collect(rule: index, in: buffer, view: view, fields: fields, state: state, into: &all, within: lower..<upper)
        }
    }

    private func makeFinding(
        _ candidate: Candidate, rule: Rule, view: TextView, text: DecodedText, part: FindingPart, document: Document,
        locator: inout LineLocator
    ) -> Finding {
        let decodedStart = view.originalStart(candidate.range.lowerBound)
        let decodedEnd = view.originalEnd(candidate.range.upperBound)
        let value = String(decoding: text.utf8[decodedStart..<decodedEnd], as: UTF8.self)
        let maskRange = candidate.maskRange.map { range in
            (view.originalStart(range.lowerBound) - decodedStart)..<(view.originalEnd(range.upperBound) - decodedStart)
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
