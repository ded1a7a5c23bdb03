/// Where a result or notification is.
struct SARIFLocation: Encodable {
    var physicalLocation: SARIFPhysicalLocation
}
