/// The closed set of categories users filter and count by. A rule may use only these.
public enum FindingType: String, CaseIterable, Sendable, Comparable {
    case phone
    case nationalID = "national_id"
    case passport
    case bankCard = "bank_card"
    case bankAccount = "bank_account"
    case email
    case password
    case secret
    case businessID = "business_id"
    case ipAddress = "ip_address"
    case address
    case name
    case birthDate = "birth_date"
    case vehiclePlate = "vehicle_plate"
    case socialAccount = "social_account"

    /// The label used by the `label` redaction strategy: `[PHONE]`, `[NATIONAL_ID]`.
    public var label: String { Self.names[ordinal].label }

    /// What starts a `hash` pseudonym of this type: `PHONE_`.
    public var pseudonymPrefix: String { Self.names[ordinal].prefix }

    /// Made once, in `allCases` order: both are asked for every finding (placeholder checks), and upper-casing a string
    /// each time was a measurable part of a dense scan.
    private static let names = allCases.map { (label: "[\($0.rawValue.uppercased())]", prefix: $0.rawValue.uppercased() + "_") }

    private var ordinal: Int { Self.allCases.firstIndex(of: self)! }

    /// Tie-break order when two equally long, equally sure findings overlap: the more specific kind wins, so an
    /// 18-digit resident ID is not reported as a bank card (DESIGN §2).
    var overlapRank: Int {
        switch self {
        case .nationalID: 0
        case .passport: 1
        case .bankCard: 2
        case .businessID: 3
        case .phone: 4
        default: 5
        }
    }

    public static func < (lhs: FindingType, rhs: FindingType) -> Bool { lhs.rawValue < rhs.rawValue }
}
