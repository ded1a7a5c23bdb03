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
    /// Every keyword rule's keywords, found in one pass.
    private let keywordIndex: KeywordIndex
    /// PCRE2 alternations for the keyword rules `keywordIndex` cannot search.
    private let prefilters: [PCRE2Regex?]
    private let scorers: [EvidenceScorer]
    private let matchers: [RuleMatcher]
    private let fingerprinter: Fingerprinter
    /// The fewest digits any number rule's prefilter asks for; nil when no rule uses digit runs.
    private let minimumDigits: Int?

    public init(rules: [Rule], options: ScanOptions = ScanOptions()) {
        self.rules = rules
        self.options = options
        let keywordIndex = KeywordIndex(rules: rules)
        self.keywordIndex = keywordIndex
        prefilters = rules.indices.map { index in
            let rule = rules[index]
            guard !rule.keywords.isEmpty, !keywordIndex.covers[index] else { return nil }
            let alternatives = rule.keywords.map(Self.literal).joined(separator: "|")
            return try? PCRE2Regex(alternatives, options: [.utf, .matchInvalidUTF, .caseless])
        }
        scorers = rules.map(EvidenceScorer.init(rule:))
        matchers = rules.map(RuleMatcher.init)
        fingerprinter = Fingerprinter(key: options.fingerprintKey)
        minimumDigits = rules.compactMap(\.digits).min()
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
        var records = 0
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
            } else if text.encoding == .utf8, let (invalid, first) = (text.utf8Verdict ?? UTF8Validator.classify(text.utf8)).damage {
                diagnostics.append("\(document.path): \(invalid) invalid UTF-8 byte\(invalid == 1 ? "" : "s") (first at byte \(first)); the rest was scanned as UTF-8")
            }
            findings = scan(text, part: .content, document: document, state: state, diagnostics: &diagnostics, records: &records)
        }
        if document.scansName {
            findings += scan(DecodedText(utf8: document.nameBytes), part: .name, document: document, state: state, diagnostics: &diagnostics)
        }
        var result = DocumentResult(findings: findings, diagnostics: diagnostics, encoding: encoding, skipped: nil)
        result.contactRecords = records
        return result
    }

    /// Scans only a document's file name (a container's own name, whose contents are its members).
    public func scanName(of document: Document, state: ScanState) -> [Finding] {
        var diagnostics: [String] = []
        return scan(DecodedText(utf8: document.nameBytes), part: .name, document: document, state: state, diagnostics: &diagnostics)
    }

    private func scan(
        _ text: DecodedText, part: FindingPart, document: Document, state: ScanState, diagnostics: inout [String]
    ) -> [Finding] {
        var records = 0
        return scan(text, part: part, document: document, state: state, diagnostics: &diagnostics, records: &records)
    }

    private func scan(
        _ text: DecodedText, part: FindingPart, document: Document, state: ScanState, diagnostics: inout [String],
        records: inout Int
    ) -> [Finding] {
        var fields = FieldMap.empty
        if part == .content {
            let structure = StructureDetector.fields(of: text.utf8, path: document.path)
            fields = document.fields ?? structure.fields
            records = fields.contactRecords
            if let problem = structure.problem { diagnostics.append("\(document.path): \(problem)") }
        }
        let view = TextView(utf8: text.utf8, unescaping: part == .content ? fields.escapes : nil)
        let candidates = view.bytes.withUnsafeBufferPointer { buffer in
            var all: [Candidate] = []
            let runs = minimumDigits.map { DigitRuns(in: buffer, minimum: $0) }
            let keywordHits = keywordIndex.isEmpty ? nil : keywordIndex.hits(in: buffer)
            for index in rules.indices {
                do {
                    if matchers[index].fieldScoped {
                        try collectInFields(rule: index, in: buffer, view: view, fields: fields, state: state, into: &all)
                    } else {
                        try collect(
                            rule: index, in: buffer, view: view, fields: fields, runs: runs,
                            keywordHits: keywordIndex.covers[index] ? keywordHits?[index] : nil, state: state, into: &all)
                    }
                } catch {
                    diagnostics.append("\(document.path): rule \(rules[index].id): \(error); the rest of this file was not searched by it")
                }
            }
            return OverlapResolver.resolve(all, rules: rules)
        }
        var locator = LineLocator(bytes: text.utf8)
        var findings: [Finding] = []
        let decodedRanges = candidates.map { view.originalStart($0.range.lowerBound)..<view.originalEnd($0.range.upperBound) }
        let snippets = options.snippets
            ? SnippetMaker(text: text.utf8, hidden: zip(decodedRanges, candidates).map { ($0, rules[$1.ruleIndex].type) })
            : nil
        let fingerprintPath = Self.fingerprintPath(document.path)
        for (index, candidate) in candidates.enumerated() {
            guard candidate.confidence >= options.minConfidence, options.types?.contains(rules[candidate.ruleIndex].type) ?? true
            else { continue }
            var finding = makeFinding(
                candidate, rule: rules[candidate.ruleIndex], view: view, text: text, part: part, document: document,
                fields: fields, fingerprintPath: fingerprintPath, locator: &locator)
            if Replacement.isPlaceholder(finding.value, type: finding.type, replacement: finding.replacement) { continue }
            if let snippets { finding.snippet = snippets.snippet(for: decodedRanges[index]) }
            findings.append(finding)
        }
        return findings
    }

    /// Runs a text rule over the windows its prefilter allows (or the whole buffer), collecting scored candidates.
    private func collect(
        rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView, fields: FieldMap, runs: DigitRuns?,
        keywordHits: [Range<Int>]?, state: ScanState, into all: inout [Candidate]
    ) throws {
        // Fields are read from `matchers[index]` in place: binding it copied the matcher, retaining its regex,
        // validator and evidence string, per rule per file (2 % of a run over small files).
        var keywordHits = keywordHits
        if keywordHits == nil, let prefilter = prefilters[index] {
            var found: [Range<Int>] = []
            try prefilter.forEachMatch(in: UnsafeRawBufferPointer(buffer), state: state.match) { match in
                found.append(match.range)
                return true
            }
            keywordHits = found
        }
        let runs = matchers[index].digits.flatMap { digits in runs?.ranges(withAtLeast: digits) }
        guard runs != nil || keywordHits != nil else {
            try search(rule: index, in: buffer, view: view, fields: fields, starts: nil, state: state, into: &all)
            return
        }
        // A match holds its run of digits, so it starts before the run's end and at most `lead` bytes ahead of it. A
        // keyword may also stand outside the match (a lookbehind, a label before the value), so a match may start up
        // to `max_length` on either side of one, unless the rule says its matches hold their keyword. A rule with
        // both runs wherever either allows.
        var narrowed = SearchWindows(around: runs ?? [], before: matchers[index].lead, after: 0, count: buffer.count)
        if let keywordHits {
            let reach = matchers[index].keywordReach
            narrowed.merge(SearchWindows(around: keywordHits, before: reach.before, after: reach.after, count: buffer.count))
        }
        guard !narrowed.ranges.isEmpty else { return }
        // Mostly covered: one pass over everything is cheaper than many restarts.
        if narrowed.coveredBytes * 10 >= buffer.count * 6, !options.searchesOnlyNearPrefilterHits {
            try search(rule: index, in: buffer, view: view, fields: fields, starts: nil, state: state, into: &all)
        } else {
            try search(rule: index, in: buffer, view: view, fields: fields, starts: narrowed.ranges, state: state, into: &all)
        }
    }

    /// Runs a rule's regex over the whole buffer, finding matches that start inside `starts` (everywhere when nil).
    private func search(
        rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView, fields: FieldMap, starts: [Range<Int>]?,
        state: ScanState, into all: inout [Candidate]
    ) throws {
        let regex = matchers[index].regex
        let raw = UnsafeRawBufferPointer(buffer)
        var density = MatchDensityGuard()
        var resume = 0
        for range in starts ?? [0..<buffer.count] {
            // A match found from an earlier range may reach into this one; matches never overlap.
            let from = max(range.lowerBound, resume)
            try regex.forEachMatch(in: raw, from: from, startingBefore: starts == nil ? nil : range.upperBound, state: state.match) { match in
                try density.count(endingAt: match.range.upperBound)
                resume = match.range.upperBound
                consider(match, rule: index, base: 0, in: buffer, view: view, fields: fields, into: &all)
                return true
            }
        }
    }

    /// Validates and scores one match; `base` shifts offsets of a match made in a sub-buffer.
    private func consider(
        _ match: borrowing Match, rule index: Int, base: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView,
        fields: FieldMap, into all: inout [Candidate]
    ) {
        guard let local = match.range(ofGroup: matchers[index].valueGroup), !local.isEmpty else { return }
        let range = (local.lowerBound + base)..<(local.upperBound + base)
        var candidate = Candidate(
            ruleIndex: index, range: range,
            maskRange: matchers[index].maskGroup.flatMap { match.range(ofGroup: $0) }.map { ($0.lowerBound + base)..<($0.upperBound + base) },
            validated: false, points: matchers[index].baseConfidence.rawValue)
        if let validator = matchers[index].validator {
            if validator.isValid(ArraySlice(buffer[range])) {
                candidate.validated = true
                candidate.points += 1
            } else if !matchers[index].validatorScoresOnly {
                return
            }
        }
        let field = fields.spans.isEmpty
            ? nil
            : fields.fieldIndex(containing: view.originalStart(range.lowerBound)..<view.originalEnd(range.upperBound))
        let fieldView = field.map { field in
            view.viewOffset(forOriginal: fields.spans[field].range.lowerBound)..<view.viewOffset(forOriginal: fields.spans[field].range.upperBound)
        }
        if scorers[index].score(&candidate, in: buffer, fields: fields, field: field, fieldView: fieldView) { all.append(candidate) }
    }

    /// Runs a field-scoped rule inside each field its `fields` name; the field's value is the whole subject, so
    /// nothing outside it can take part in a match.
    private func collectInFields(
        rule index: Int, in buffer: UnsafeBufferPointer<UInt8>, view: TextView, fields: FieldMap, state: ScanState,
        into all: inout [Candidate]
    ) throws {
        let scorer = scorers[index]
        var density = MatchDensityGuard()
        for span in fields.spans where scorer.fieldMatches(span.key) {
            let lower = view.viewOffset(forOriginal: span.range.lowerBound)
            let upper = view.viewOffset(forOriginal: span.range.upperBound)
            guard lower < upper else { continue }
            let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[lower..<upper]))
            try matchers[index].regex.forEachMatch(in: raw, state: state.match) { match in
                try density.count(endingAt: lower + match.range.upperBound)
                consider(match, rule: index, base: lower, in: buffer, view: view, fields: fields, into: &all)
                return true
            }
        }
    }

    private func makeFinding(
        _ candidate: Candidate, rule: borrowing Rule, view: TextView, text: DecodedText, part: FindingPart, document: Document,
        fields: FieldMap, fingerprintPath: String, locator: inout LineLocator
    ) -> Finding {
        let decodedStart = view.originalStart(candidate.range.lowerBound)
        let decodedEnd = view.originalEnd(candidate.range.upperBound)
        // The value as it reads once escapes are undone (full-width forms kept), which is what masks apply to.
        let valueStart = view.map.originalStart(candidate.range.lowerBound)
        let valueEnd = view.map.originalEnd(candidate.range.upperBound)
        let value = String(decoding: (view.unescaped ?? text.utf8)[valueStart..<valueEnd], as: UTF8.self)
        let maskRange = candidate.maskRange.map { range in
            (view.map.originalStart(range.lowerBound) - valueStart)..<(view.map.originalEnd(range.upperBound) - valueStart)
        }
        let normalized = ValueNormalizer.normalize(view.bytes[candidate.range], type: rule.type)
        let replacement = Replacement.make(
            for: value, type: rule.type, spec: options.redaction.spec(for: rule), maskRange: maskRange, normalizedValue: normalized,
            key: options.redaction.key)
        let position = locator.locate(decodedStart)
        return Finding(
            rule: rule.id, type: rule.type, confidence: candidate.confidence, score: candidate.score,
            evidence: scorers[candidate.ruleIndex].describe(
                candidate, validatorEvidence: matchers[candidate.ruleIndex].validatorEvidence, fields: fields),
            path: document.path, container: document.container,
            encoding: text.encoding.rawValue, bom: text.bom, part: part, line: position.line, column: position.column,
            start: text.originalOffset(decodedStart), end: text.originalOffset(decodedEnd), value: value, masked: replacement,
            replacement: replacement,
            fingerprint: fingerprinter.fingerprint(
                path: fingerprintPath, rule: rule.id, normalizedValue: normalized, masked: replacement),
            normalizedValue: normalized)
    }

    /// Fingerprints use the path without a leading `./`, so `hush scan .` and `hush scan` agree.
    private static func fingerprintPath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
