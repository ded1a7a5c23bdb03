import FuzzSupport
@testable import HushCore

/// E-mail: MIME parts (nested multiparts, base64 and quoted-printable bodies in their charsets), RFC 2047 encoded
/// words in headers, and header fields; the decoded text maps back to the encoded bytes.
@main enum FuzzMIME {
    static func main() {
        runFuzzer { buffer in
            let text = Array(buffer)
            checkFields(EmailHeaderFieldExtractor.extract(buffer), count: text.count)
            checkUnescaping(text, as: .email)
            checkTransferEncodings(text)
        }
    }
}
