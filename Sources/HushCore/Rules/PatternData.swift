/// The tables validators consult (`patterns/data/`): kept as data because they go stale faster than code.
public struct PatternData: Sendable {
    package let regions: CNRegionCodes
    package let mobileSegments: CNMobileSegments

    package init(regions: CNRegionCodes, mobileSegments: CNMobileSegments) {
        self.regions = regions
        self.mobileSegments = mobileSegments
    }

    static let regionFile = "patterns/data/cn-region-codes.txt"
    static let mobileFile = "patterns/data/cn-mobile-segments.txt"

    /// The tables compiled into the binary.
    public static func builtin() throws -> PatternData {
        guard let regions = BuiltinPatterns.text(of: regionFile), let mobile = BuiltinPatterns.text(of: mobileFile) else {
            throw RuleLoadError(file: "patterns/data", message: "built-in data tables are missing; run 'swift run hush-generate'")
        }
        return PatternData(
            regions: try CNRegionCodes(parsing: regions, file: regionFile),
            mobileSegments: try CNMobileSegments(parsing: mobile, file: mobileFile))
    }
}
