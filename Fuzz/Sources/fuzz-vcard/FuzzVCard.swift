import FuzzSupport
@testable import HushCore

/// vCard: properties and folded lines as fields, and quoted-printable values in their `CHARSET`, unfolded and decoded
/// with a map back to the encoded bytes.
@main enum FuzzVCard {
    static func main() {
        runFuzzer { buffer in
            let text = Array(buffer)
            checkFields(VCardFieldExtractor.extract(buffer), count: text.count)
            checkUnescaping(text, as: .vcard)
            checkTransferEncodings(text)
        }
    }
}
