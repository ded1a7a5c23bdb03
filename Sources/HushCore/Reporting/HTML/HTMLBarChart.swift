/// Findings by type as an inline SVG bar chart: no script, no image file, no font download, so it draws in any
/// browser offline and prints.
///
/// Labels are SVG text in the page's fonts (CJK included); widths are computed here, so the chart needs no layout
/// script. A label column wide enough for the longest label is estimated from its characters (CJK count double).
enum HTMLBarChart {
    static func svg(counts: [(type: FindingType, count: Int)], labels: HTMLLabels) -> String {
        let rowHeight = 28
        let barHeight = 18
        let labelWidth = max(80, counts.map { estimatedWidth(labels.name(of: $0.type)) }.max() ?? 0) + 12
        let barSpace = 420
        let width = labelWidth + barSpace + 60
        let height = max(1, counts.count) * rowHeight + 8
        let largest = max(1, counts.map(\.count).max() ?? 1)
        var out = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-label="\(labels.chartLabel.htmlEscaped)">\n
            """
        for (row, item) in counts.enumerated() {
            let y = 4 + row * rowHeight
            let barWidth = max(2, item.count * barSpace / largest)
            let label = labels.name(of: item.type).htmlEscaped
            out += """
                <g data-type="\(item.type.rawValue)"><title>\(label) (\(item.type.rawValue)): \(item.count)</title>\
                <text x="\(labelWidth - 8)" y="\(y + barHeight - 4)" text-anchor="end">\(label)</text>\
                <rect x="\(labelWidth)" y="\(y)" width="\(barWidth)" height="\(barHeight)" rx="3" \
                fill="\(HTMLPalette.colour(of: item.type))"/>\
                <text x="\(labelWidth + barWidth + 6)" y="\(y + barHeight - 4)">\(item.count)</text></g>\n
                """
        }
        return out + "</svg>"
    }

    /// Roughly 8 px per Latin character and 15 per CJK character at the chart's 14 px font.
    private static func estimatedWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 15 : 8) }
    }
}
