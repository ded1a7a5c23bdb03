/// One file in git's list of changes (`git diff --raw`), with what its patch says was added.
struct ChangedFile: Sendable, Equatable {
    enum Status: Sendable, Equatable {
        case added, copied, modified, renamed, typeChanged, unmerged
    }

    var status: Status
    /// The path in the new version, as raw bytes (file names need not be UTF-8).
    var path: [UInt8]
    var oldMode: String
    var newMode: String
    var oldBlob: String
    var newBlob: String
    /// What the patch adds: nil when the whole new version counts (a new file, or one git could only call binary).
    var added: AddedLines?

    var isSymbolicLink: Bool { newMode == "120000" }
    var isSubmodule: Bool { newMode == "160000" }
    /// Whether the file's name is new in this change, so findings in the name count.
    var nameIsNew: Bool { status == .added || status == .copied || status == .renamed }
}
