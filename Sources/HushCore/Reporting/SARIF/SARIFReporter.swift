import Foundation

/// `--format sarif`: a SARIF 2.1.0 log, written at the end with results sorted like the JSON report.
///
/// No raw value appears anywhere in the log unless `--show-values`: messages, fixes and snippets use the masked value
/// and the replacement. Findings in a file's name have no region (they are not in the file's bytes) and no fix.
/// Encoded with sorted keys, pretty-printed and without escaped slashes, so the log is byte-stable for goldens and
/// readable in a diff.
public final class SARIFReporter: BatchReporter {
    private let sink: OutputSink
    private let settings: ReportSettings

    public init(sink: OutputSink, settings: ReportSettings) {
        self.sink = sink
        self.settings = settings
    }

    override func write(findings: [Finding], skipped skippedFiles: [SkippedFile], summary: ScanSummary) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log(findings: findings, skipped: skippedFiles, summary: summary))) ?? Data("{}".utf8)
        sink.write(String(decoding: data, as: UTF8.self) + "\n")
        sink.flush()
    }

    func log(findings: [Finding], skipped skippedFiles: [SkippedFile], summary: ScanSummary) -> SARIFLog {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in settings.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        let notifications = skippedFiles.map { file in
            SARIFNotification(
                message: SARIFMessage(text: "\(file.path): not scanned: \(file.reason)"),
                locations: [SARIFLocation(physicalLocation: SARIFPhysicalLocation(artifactLocation: SARIFArtifactLocation(path: file.path)))])
        }
        let run = SARIFRun(
            tool: SARIFTool(
                driver: SARIFToolComponent(
                    version: settings.toolVersion,
                    semanticVersion: settings.toolVersion.isEmpty ? nil : settings.toolVersion,
                    rules: settings.rules.map(Self.descriptor))),
            invocations: [SARIFInvocation(toolExecutionNotifications: notifications)],
            results: findings.map { result(for: $0, ruleIndex: ruleIndex[$0.rule]) },
            properties: SARIFRunProperties(summary))
        return SARIFLog(runs: [run])
    }

    static func descriptor(_ rule: Rule) -> SARIFReportingDescriptor {
        let about = rule.description.isEmpty ? rule.name : rule.description
        let help = """
            \(about) hush reports it as \(rule.type.rawValue). Personal data should not leave the machine in files, \
            logs, exports or commits: remove the value, or replace it with the recommended redaction given with each \
            result.
            """
        return SARIFReportingDescriptor(
            id: rule.id, name: rule.name, shortDescription: SARIFMessage(text: rule.name),
            fullDescription: SARIFMessage(text: about), help: SARIFMessage(text: help),
            defaultConfiguration: SARIFReportingConfiguration(level: SARIFResult.level(for: rule.baseConfidence)),
            properties: SARIFRuleProperties(
                tags: ["privacy", "personal-data", rule.type.rawValue], type: rule.type.rawValue,
                confidence: rule.baseConfidence.description))
    }

    private func result(for finding: Finding, ruleIndex: Int?) -> SARIFResult {
        let shown = settings.showValues ? finding.value : finding.masked
        let artifact = SARIFArtifactLocation(path: finding.path)
        let inName = finding.part == .name
        var location = SARIFPhysicalLocation(artifactLocation: artifact)
        var fixes: [SARIFFix]?
        if !inName {
            let end = Self.endPosition(of: finding)
            location.region = SARIFRegion(
                startLine: finding.line, startColumn: finding.column, endLine: end.line, endColumn: end.column,
                byteOffset: finding.start, byteLength: finding.end - finding.start)
            location.contextRegion = SARIFRegion(
                startLine: finding.line, endLine: end.line,
                snippet: SARIFArtifactContent(text: finding.snippet.text(showing: shown)))
            fixes = [
                SARIFFix(
                    description: SARIFMessage(text: "Replace the \(finding.type.rawValue) with \(finding.replacement)"),
                    artifactChanges: [
                        SARIFArtifactChange(
                            artifactLocation: artifact,
                            replacements: [
                                SARIFReplacement(
                                    deletedRegion: SARIFRegion(byteOffset: finding.start, byteLength: finding.end - finding.start),
                                    insertedContent: SARIFArtifactContent(text: finding.replacement))
                            ])
                    ])
            ]
        }
        let place = inName ? " in the file name" : ""
        return SARIFResult(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: SARIFResult.level(for: finding.confidence),
            message: SARIFMessage(
                text: "\(finding.type.rawValue) \(shown)\(place) (\(finding.confidence) confidence); recommended replacement: \(finding.replacement)"),
            locations: [SARIFLocation(physicalLocation: location)],
            partialFingerprints: ["hushFingerprint/v1": finding.fingerprint], fixes: fixes,
            properties: SARIFResultProperties(
                type: finding.type.rawValue, confidence: finding.confidence.description, score: finding.score,
                evidence: finding.evidence, part: finding.part.rawValue, container: finding.container,
                encoding: finding.encoding, bom: finding.bom, masked: finding.masked, replacement: finding.replacement,
                value: settings.showValues ? finding.value : nil))
    }

    /// The line and the exclusive column where the value ends; a value may span lines (a PEM block).
    static func endPosition(of finding: Finding) -> (line: Int, column: Int) {
        var line = finding.line
        var column = finding.column
        var previousCR = false
        for scalar in finding.value.unicodeScalars {
            switch scalar {
            case "\n" where previousCR:
                break
            case "\n", "\r":
                line += 1
                column = 1
            default:
                column += 1
            }
            previousCR = scalar == "\r"
        }
        return (line, column)
    }
}
