/// The report's whole stylesheet, inline: the page must open from a USB stick or an e-mail attachment with no network.
///
/// The font stack names the usual CJK system fonts of each platform so Chinese labels and file names render without
/// a web font.
enum HTMLStyle {
    static let css = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d8dee4;--soft:#f6f8fa;--accent:#0969da}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC",\
        "Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#fff}
        header,main,footer{max-width:1180px;margin:0 auto;padding:0 24px}
        header{padding-top:24px}
        h1{font-size:26px;margin:0 0 6px}
        h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
        h3{font-size:15px;margin:0;padding:8px 12px;background:var(--soft);border-bottom:1px solid var(--line);\
        overflow-wrap:anywhere}
        .note{margin:0;padding:10px 14px;border-left:4px solid #bf8700;background:#fff8c5}
        .note.shown{border-color:#cf222e;background:#ffebe9}
        .totals{display:flex;flex-wrap:wrap;gap:12px;margin:0}
        .totals div{flex:1 1 150px;padding:12px 14px;border:1px solid var(--line);border-radius:8px}
        .totals dt{color:var(--muted);font-size:13px}
        .totals dd{margin:2px 0 0;font-size:22px;font-weight:600}
        .totals small{display:block;font-size:12px;font-weight:400;color:var(--muted)}
        p.books{margin:16px 0 4px;font-weight:600}
        ul.books{margin:0;padding-left:20px}
        .chart{max-width:100%;height:auto;font-size:14px}
        .chart text{fill:var(--ink)}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid var(--line)}
        th{font-size:13px;color:var(--muted);font-weight:600;white-space:nowrap}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .path{overflow-wrap:anywhere}
        a{color:var(--accent)}
        fieldset{border:1px solid var(--line);border-radius:8px;margin:0 0 16px;padding:8px 12px}
        legend{color:var(--muted);font-size:13px;padding:0 4px}
        fieldset label{display:inline-flex;align-items:center;gap:6px;margin:4px 16px 4px 0;white-space:nowrap}
        fieldset button{margin-right:8px;font:inherit;font-size:13px}
        .swatch{display:inline-block;width:12px;height:12px;border-radius:3px}
        .file{border:1px solid var(--line);border-radius:8px;margin:0 0 16px;overflow:hidden}
        .file table{table-layout:fixed}
        .file table td,.file table th{border-bottom:1px solid var(--soft);overflow-wrap:anywhere}
        .file th:nth-child(1){width:9%}.file th:nth-child(2){width:13%}.file th:nth-child(3){width:15%}
        .file th:nth-child(4){width:37%}.file th:nth-child(5){width:15%}.file th:nth-child(6){width:11%}
        .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;border:1px solid var(--line)}
        .badge.high{background:#ffebe9;border-color:#ff8182}
        .badge.medium{background:#fff8c5;border-color:#d4a72c}
        .badge.low{background:var(--soft)}
        .evidence{display:block;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
        code{font:13px/1.45 ui-monospace,"SFMono-Regular","Cascadia Mono","Noto Sans Mono CJK SC","Menlo",monospace}
        code.snippet{white-space:pre-wrap;overflow-wrap:anywhere}
        mark{background:#ffd8b5;border-radius:2px;padding:0 1px}
        .count{color:var(--muted);font-weight:400}
        .empty{color:var(--muted)}
        footer{margin:40px auto 24px;color:var(--muted);font-size:13px}
        @media print{fieldset{display:none}}
        """
}
