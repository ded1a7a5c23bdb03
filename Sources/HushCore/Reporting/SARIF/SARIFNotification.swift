/// Something the tool reports about its own run: here, a file that was not scanned and why.
struct SARIFNotification: Encodable {
    var level = "note"
    var message: SARIFMessage
    var locations: [SARIFLocation]
}
