/// A pattern file that cannot become a rule. Prints as one line, `file:line: rule: cause`.
public struct RuleLoadError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var ruleID: String?
    public var message: String

    public init(file: String, line: Int? = nil, ruleID: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let ruleID { text += "\(ruleID): " }
        return text + message
    }
}
