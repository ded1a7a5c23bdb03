/// Where in a document a finding sits: its contents, or its file name (`张三_身份证_….jpg` exposes an ID unopened).
public enum FindingPart: String, Sendable {
    case content
    case name
}
