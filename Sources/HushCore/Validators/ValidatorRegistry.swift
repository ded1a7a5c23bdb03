/// Makes validators from the names pattern files use (`validator = "gb11643"`, `validator = "entropy:3.5"`).
///
/// The registry is the one place that knows every name, so the loader can reject unknown ones and list the known.
struct ValidatorRegistry: Sendable {
    let data: PatternData

    static let names = [
        ResidentIDChecksum.name, LegacyResidentIDCheck.name, MobileSegmentCheck.name, Luhn.name, HKIDCheck.name,
        TaiwanIDCheck.name, MacauIDCheck.name, USCCCheck.name, IBANCheck.name, EmailCheck.name, USSSNCheck.name,
        JWTCheck.name, PasswordValueCheck.name, "entropy:N",
    ]

    func make(_ name: String) -> (any Validator)? {
        switch name {
        case ResidentIDChecksum.name: ResidentIDChecksum(regions: data.regions)
        case LegacyResidentIDCheck.name: LegacyResidentIDCheck(regions: data.regions)
        case MobileSegmentCheck.name: MobileSegmentCheck(segments: data.mobileSegments)
        case Luhn.name: Luhn()
        case HKIDCheck.name: HKIDCheck()
        case TaiwanIDCheck.name: TaiwanIDCheck()
        case MacauIDCheck.name: MacauIDCheck()
        case USCCCheck.name: USCCCheck()
        case IBANCheck.name: IBANCheck()
        case EmailCheck.name: EmailCheck()
        case USSSNCheck.name: USSSNCheck()
        case JWTCheck.name: JWTCheck()
        case PasswordValueCheck.name: PasswordValueCheck()
        default:
            if name.hasPrefix("entropy:"), let bits = Double(name.dropFirst("entropy:".count)), bits > 0, bits <= 8 {
                EntropyCheck(minimumBits: bits)
            } else {
                nil
            }
        }
    }
}
