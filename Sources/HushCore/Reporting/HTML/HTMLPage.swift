/// Renders the HTML report from sorted findings; see `HTMLReporter` for what the page promises.
struct HTMLPage {
    let findings: [Finding]
    let skipped: [SkippedFile]
    let summary: ScanSummary
    let labels: HTMLLabels
    let showValues: Bool
    let version: String

    /// Findings of one path, in report order.
    private struct FileGroup {
        var path: String
        var findings: [Finding]
    }

    private var groups: [FileGroup] {
        var out: [FileGroup] = []
        for finding in findings {
            if out.last?.path == finding.path { out[out.count - 1].findings.append(finding) } else {
                out.append(FileGroup(path: finding.path, findings: [finding]))
            }
        }
        return out
    }

    /// Types by count, most first; ties by type code.
    private var typeCounts: [(type: FindingType, count: Int)] {
        summary.byType.map { (type: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.type < $1.type }
    }

    func render() -> String {
        let groups = groups
        var out = """
            <!DOCTYPE html>
            <html lang="\(labels.htmlLanguage)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
            <meta name="referrer" content="no-referrer">
            <meta name="generator" content="hush \(version.htmlEscaped)">
            <title>\(labels.title.htmlEscaped)</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(labels.title.htmlEscaped)</h1>
            <p class="note\(showValues ? " shown" : "")">\((showValues ? labels.shownNote : labels.maskedNote).htmlEscaped)</p>
            </header>
            <main>

            """
        out += summarySection()
        out += typeSection()
        out += fileSection(groups)
        out += findingsSection(groups)
        out += skippedSection()
        out += """
            </main>
            <footer>\(labels.generatedBy.htmlEscaped) \(version.htmlEscaped)</footer>
            <script>
            \(HTMLScript.javascript)
            </script>
            </body>
            </html>

            """
        return out
    }

    private func summarySection() -> String {
        func card(_ label: String, _ value: String, hint: String? = nil, id: String? = nil) -> String {
            let idAttribute = id.map { " id=\"\($0)\"" } ?? ""
            let small = hint.map { "<small>\($0.htmlEscaped)</small>" } ?? ""
            return "<div><dt>\(label.htmlEscaped)</dt><dd\(idAttribute)>\(value.htmlEscaped)\(small)</dd></div>\n"
        }
        var out = "<section id=\"summary\">\n<h2>\(labels.summary.htmlEscaped)</h2>\n<dl class=\"totals\">\n"
        out += card(labels.findings, "\(summary.findings)")
        out += card(labels.distinctValues, "\(summary.distinctValues)", hint: labels.distinctHint)
        out += card(labels.filesScanned, "\(summary.files)", hint: TextReporter.byteCount(summary.bytes))
        out += card(labels.skipped, "\(summary.skipped)")
        out += card(labels.time, "\(summary.elapsedMilliseconds) ms", id: "elapsed")
        out += "</dl>\n"
        if !summary.addressBooks.isEmpty {
            out += "<p class=\"books\">\(labels.addressBooks.htmlEscaped)</p>\n<ul class=\"books\">\n"
            for book in summary.addressBooks {
                out += "<li><span class=\"path\">\(book.path.htmlEscaped)</span> — \(book.records) \(labels.records.htmlEscaped)</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func typeSection() -> String {
        guard !findings.isEmpty else { return "" }
        return """
            <section id="by-type">
            <h2>\(labels.byType.htmlEscaped)</h2>
            \(HTMLBarChart.svg(counts: typeCounts, labels: labels))
            </section>

            """
    }

    private func fileSection(_ groups: [FileGroup]) -> String {
        guard !groups.isEmpty else { return "" }
        var out = """
            <section id="by-file">
            <h2>\(labels.byFile.htmlEscaped)</h2>
            <table>
            <thead><tr><th>\(labels.file.htmlEscaped)</th><th>\(labels.count.htmlEscaped)</th>\
            <th>\(labels.types.htmlEscaped)</th></tr></thead>
            <tbody>

            """
        for (index, group) in groups.enumerated() {
            var perType: [FindingType: Int] = [:]
            for finding in group.findings { perType[finding.type, default: 0] += 1 }
            let types = perType.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\(labels.name(of: $0.key)) \($0.value)" }.joined(separator: " · ")
            out += "<tr><td class=\"path\"><a href=\"#file-\(index + 1)\">\(group.path.htmlEscaped)</a></td>"
            out += "<td class=\"num\">\(group.findings.count)</td><td>\(types.htmlEscaped)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func findingsSection(_ groups: [FileGroup]) -> String {
        var out = "<section id=\"findings\">\n<h2>\(labels.findingsList.htmlEscaped)</h2>\n"
        guard !groups.isEmpty else { return out + "<p class=\"empty\">\(labels.noFindings.htmlEscaped)</p>\n</section>\n" }
        out += "<fieldset id=\"filter\"><legend>\(labels.filter.htmlEscaped)</legend>\n"
        for (type, count) in typeCounts {
            out += """
                <label title="\(type.rawValue)"><input type="checkbox" value="\(type.rawValue)" checked>\
                <span class="swatch" style="background:\(HTMLPalette.colour(of: type))"></span>\
                \(labels.name(of: type).htmlEscaped) <span class="count">(\(count))</span></label>\n
                """
        }
        out += """
            <br><button type="button" id="show-all">\(labels.all.htmlEscaped)</button>\
            <button type="button" id="show-none">\(labels.none.htmlEscaped)</button>\
            <span class="count"><span id="shown">\(findings.count)</span> / \(findings.count) \
            \(labels.shownCount.htmlEscaped)</span>
            </fieldset>

            """
        for (index, group) in groups.enumerated() {
            out += """
                <div class="file" id="file-\(index + 1)">
                <h3 class="path">\(group.path.htmlEscaped) <span class="count">(\(group.findings.count))</span></h3>
                <table>
                <thead><tr><th>\(labels.location.htmlEscaped)</th><th>\(labels.type.htmlEscaped)</th>\
                <th>\(labels.confidence.htmlEscaped)</th><th>\(labels.context.htmlEscaped)</th>\
                <th>\(labels.replacement.htmlEscaped)</th><th>\(labels.rule.htmlEscaped)</th></tr></thead>
                <tbody>

                """
            for finding in group.findings { out += row(finding) }
            out += "</tbody>\n</table>\n</div>\n"
        }
        return out + "</section>\n"
    }

    private func row(_ finding: Finding) -> String {
        let place = finding.part == .name ? labels.fileName : "\(finding.line):\(finding.column)"
        let shown = showValues ? finding.value : finding.masked
        let snippet = finding.snippet
        return """
            <tr data-type="\(finding.type.rawValue)"><td>\(place.htmlEscaped)</td>\
            <td><span class="swatch" style="background:\(HTMLPalette.colour(of: finding.type))"></span> \
            \(labels.name(of: finding.type).htmlEscaped)</td>\
            <td><span class="badge \(finding.confidence)">\(labels.name(of: finding.confidence).htmlEscaped)</span>\
            <span class="evidence">\(finding.evidence.joined(separator: ", ").htmlEscaped)</span></td>\
            <td><code class="snippet">\(snippet.before.htmlEscaped)<mark>\(shown.htmlEscaped)</mark>\
            \(snippet.after.htmlEscaped)</code></td>\
            <td><code>\(finding.replacement.htmlEscaped)</code></td>\
            <td><code title="\(finding.rule.htmlEscaped)">\(finding.rule.htmlEscaped)</code></td></tr>\n
            """
    }

    private func skippedSection() -> String {
        var out = "<section id=\"skipped\">\n<h2>\(labels.skippedFiles.htmlEscaped)</h2>\n"
        guard !skipped.isEmpty else { return out + "<p class=\"empty\">\(labels.noSkipped.htmlEscaped)</p>\n</section>\n" }
        out += "<table>\n<thead><tr><th>\(labels.file.htmlEscaped)</th><th>\(labels.reason.htmlEscaped)</th></tr></thead>\n<tbody>\n"
        for file in skipped {
            out += "<tr><td class=\"path\">\(file.path.htmlEscaped)</td><td>\(file.reason.htmlEscaped)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
