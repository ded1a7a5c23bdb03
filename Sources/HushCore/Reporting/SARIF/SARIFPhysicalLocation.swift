/// A file and, for findings in its contents, the region of the value and the line around it.
///
/// The masked snippet goes in `contextRegion`, not in `region`: SARIF says a region's snippet is the region's own
/// text, which is the raw value; the context region is the whole line, and its snippet is that line with every value
/// masked.
struct SARIFPhysicalLocation: Encodable {
    var artifactLocation: SARIFArtifactLocation
    var region: SARIFRegion?
    var contextRegion: SARIFRegion?
}
