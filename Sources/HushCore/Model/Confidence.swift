/// How sure hush is that a finding is personal data, graded by evidence (DESIGN §4).
public enum Confidence: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case low, medium, high

    public init?(name: String) {
        switch name {
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rawValue < rhs.rawValue }
}
