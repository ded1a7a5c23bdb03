/// A SARIF message or multiformat message string; hush writes plain text only.
struct SARIFMessage: Encodable {
    var text: String
}
