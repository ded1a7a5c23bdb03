/// The tool that produced a run; hush has no extensions, so only the driver.
struct SARIFTool: Encodable {
    var driver: SARIFToolComponent
}
