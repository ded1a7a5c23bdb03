import HushCore

/// Random text with personal data planted at known places, for property tests.
///
/// The filler mixes ASCII, Chinese, accented Latin, emoji (a surrogate pair in UTF-16, four bytes in UTF-8 and GB18030)
/// and every kind of line break, so that each encoding has characters of every width. Each planted value is valid for its
/// rule (a mobile segment that is allocated, a resident ID with its check character, a card number with its Luhn digit)
/// and sits after a context word, so a correct scanner must report it, at exactly the bytes it occupies.
public struct PlantedText {
    /// A value the scanner must find.
    public struct Plant: Equatable {
        public var type: FindingType
        public var value: String
        /// Scalars of `text` that the value occupies.
        public var scalars: Range<Int>
    }

    public private(set) var text = ""
    public private(set) var plants: [Plant] = []
    private var scalarCount = 0

    private static let filler = [
        "今天天气不错", "我们下午三点开会", "请把文件发给我", "好的", "收到", "谢谢", "明天见", "已经处理了",
        "the meeting moved to Friday", "see attached notes", "ok", "thanks a lot", "café déjà vu", "naïve résumé",
        "😀", "👍🏽", "🎉 done", "Ünïcödé", "ß", "€ and ¥", "«quoted»", "— dash —", "①②③", "ｆｕｌｌ　ｗｉｄｔｈ",
    ]
    private static let separators = [" ", "，", "。", "\n", "\r\n", "\u{3000}", "; ", "\t", " | "]
    private static let mobilePrefixes = ["138", "139", "186", "150", "177", "199", "135"]
    private static let phoneContext = ["手机 ", "电话：", "mobile: ", "联系方式 "]
    private static let idContext = ["身份证 ", "身份证号码：", "ID card: "]
    private static let cardContext = ["银行卡 ", "卡号：", "credit card "]
    private static let emailContext = ["邮箱 ", "email: ", "联系邮箱："]

    /// Builds a text of `pieces` filler pieces with about one planted value in three.
    public init(pieces: Int, using generator: inout some RandomNumberGenerator) {
        for _ in 0..<pieces {
            if Int.random(in: 0..<3, using: &generator) == 0 {
                plantOne(using: &generator)
            } else {
                append(Self.filler.randomElement(using: &generator)!)
            }
            append(Self.separators.randomElement(using: &generator)!)
        }
    }

    /// The text's scalars in the given encoding, with the byte offset at which each scalar starts (and one past the
    /// end), so that a span can be checked against character boundaries and converted to bytes.
    public func encoded(_ encoding: TextEncoding, bom: Bool) -> (bytes: [UInt8], boundaries: [Int])? {
        let encoder = ReplacementEncoder(encoding: encoding)
        var bytes: [UInt8] = []
        if bom {
            switch encoding {
            case .utf8: bytes = [0xEF, 0xBB, 0xBF]
            case .utf16LE: bytes = [0xFF, 0xFE]
            case .utf16BE: bytes = [0xFE, 0xFF]
            case .gb18030: bytes = [0x84, 0x31, 0x95, 0x33]
            case .big5: return nil
            }
        }
        var boundaries: [Int] = []
        for scalar in text.unicodeScalars {
            boundaries.append(bytes.count)
            guard let encoded = encoder.encode(String(scalar)) else { return nil }
            bytes += encoded
        }
        boundaries.append(bytes.count)
        return (bytes, boundaries)
    }

    /// `encoded(_:bom:)` for an encoding given by name (`utf-16le`, `gb18030`…), for tests that do not import HushCore.
    public func encoded(named name: String, bom: Bool) -> [UInt8]? {
        TextEncoding(name: name).flatMap { encoded($0, bom: bom)?.bytes }
    }

    private mutating func append(_ piece: String) {
        text += piece
        scalarCount += piece.unicodeScalars.count
    }

    private mutating func plant(_ value: String, type: FindingType, after context: String) {
        append(context)
        let start = scalarCount
        append(value)
        plants.append(Plant(type: type, value: value, scalars: start..<scalarCount))
    }

    private mutating func plantOne(using generator: inout some RandomNumberGenerator) {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: plant(Self.mobile(using: &generator), type: .phone, after: Self.phoneContext.randomElement(using: &generator)!)
        case 1: plant(Self.residentID(using: &generator), type: .nationalID, after: Self.idContext.randomElement(using: &generator)!)
        case 2: plant(Self.card(using: &generator), type: .bankCard, after: Self.cardContext.randomElement(using: &generator)!)
        default: plant(Self.email(using: &generator), type: .email, after: Self.emailContext.randomElement(using: &generator)!)
        }
    }

    private static func digits(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// An allocated mainland mobile number, written plain, grouped, with `+86`, or in full-width digits.
    static func mobile(using generator: inout some RandomNumberGenerator) -> String {
        let number = mobilePrefixes.randomElement(using: &generator)! + digits(8, using: &generator)
        let head = number.prefix(3)
        let middle = number.dropFirst(3).prefix(4)
        let tail = number.suffix(4)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: return "\(head) \(middle) \(tail)"
        case 1: return "\(head)-\(middle)-\(tail)"
        case 2: return "+86 " + number
        case 3: return String(number.unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        default: return number
        }
    }

    /// An 18-character resident ID (GB 11643) from Beijing's Chaoyang district with a real birth date and its check
    /// character.
    static func residentID(using generator: inout some RandomNumberGenerator) -> String {
        let year = Int.random(in: 1950...2005, using: &generator)
        let month = Int.random(in: 1...12, using: &generator)
        let day = Int.random(in: 1...28, using: &generator)
        let body = "110105" + String(year) + pad(month) + pad(day) + digits(3, using: &generator)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// A UnionPay (62…) or Visa (4…) number of 16 or 19 digits with its Luhn check digit.
    static func card(using generator: inout some RandomNumberGenerator) -> String {
        let prefix = Bool.random(using: &generator) ? "6222" : "4" + digits(3, using: &generator)
        let length = prefix.hasPrefix("62") && Bool.random(using: &generator) ? 19 : 16
        let body = prefix + digits(length - 1 - prefix.count, using: &generator)
        var sum = 0
        for (index, character) in body.reversed().enumerated() {
            var digit = Int(String(character))!
            if index % 2 == 0 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return body + String((10 - sum % 10) % 10)
    }

    static func email(using generator: inout some RandomNumberGenerator) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let local = String((0..<Int.random(in: 3...10, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
        let domain = ["example.com", "example.cn", "mail.example.org"].randomElement(using: &generator)!
        return local + (Bool.random(using: &generator) ? "." + digits(2, using: &generator) : "") + "@" + domain
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
