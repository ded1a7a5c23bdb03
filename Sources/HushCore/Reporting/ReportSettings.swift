/// Everything a reporter may need besides the results: how much to reveal, how to present, and what ran.
///
/// One value rather than a growing parameter list on `ReportFormat.makeReporter`, so adding a format-specific setting
/// does not touch every call site.
public struct ReportSettings: Sendable {
    /// Print values unmasked (`--show-values`); otherwise no report contains a raw value.
    public var showValues = false
    /// Colour the text report (the caller decides: terminal, `NO_COLOR`, `--no-color`).
    public var color = false
    /// Text report: print only the summary line.
    public var quiet = false
    /// Labels of the HTML report.
    public var language = ReportLanguage.en
    /// hush's version, written into SARIF and HTML reports.
    public var toolVersion = ""
    /// The rules in effect, in the order SARIF lists them as `reportingDescriptor`s.
    public var rules: [Rule] = []

    public init(
        showValues: Bool = false, color: Bool = false, quiet: Bool = false, language: ReportLanguage = .en,
        toolVersion: String = "", rules: [Rule] = []
    ) {
        self.showValues = showValues
        self.color = color
        self.quiet = quiet
        self.language = language
        self.toolVersion = toolVersion
        self.rules = rules
    }
}
