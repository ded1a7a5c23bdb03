/// How the run went. hush always finished (a file it could not read is skipped, not fatal), so
/// `executionSuccessful` is true; each skipped file is a notification naming the file and the reason.
struct SARIFInvocation: Encodable {
    var executionSuccessful = true
    var toolExecutionNotifications: [SARIFNotification]
}
