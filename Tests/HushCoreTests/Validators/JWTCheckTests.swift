import Testing

@testable import HushCore

struct JWTCheckTests {
    static let validator = JWTCheck()

    @Test(arguments: [
        // jwt.io's example token
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        // RFC 7519 §3.1: "alg" is not the first member, and the header has CRLF inside
        "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        // RFC 7519 §6.1: an unsecured JWT, empty signature
        "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.",
        "eyJhbGciOiJub25lIn0=.eyJzdWIiOiIxIn0.c2ln",  // padded header
        "IHsiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiIxIn0.c2ln",  // ` {"alg":"RS256"}`
    ])
    func accepts(_ token: String) {
        #expect(Self.validator.isValid(ArraySlice(token.utf8)))
    }

    @Test(arguments: [
        "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln",  // {"typ":"JWT"}: no alg
        "WyJhbGciXQ.eyJzdWIiOiIxIn0.c2ln",  // ["alg"]: not an object
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0",  // two segments
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln.ZXh0cmE",  // five-part JWE-like
        "eyJhbGciOiJIUzI1NiJ9..c2ln",  // empty payload
        ".eyJzdWIiOiIxIn0.c2ln",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2l+",  // not base64url
        "eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxIn0.c2ln",  // length 4n+1 cannot be base64
        "eyJhbGc=iOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",  // padding inside
        "1.2.3",
        "com.example.app",
        "",
    ])
    func rejects(_ token: String) {
        #expect(!Self.validator.isValid(ArraySlice(token.utf8)))
    }

    @Test(arguments: [
        ("", []),
        ("QQ", [0x41]),
        ("QUI", [0x41, 0x42]),
        ("QUJD", [0x41, 0x42, 0x43]),
        ("QUJDRA==", [0x41, 0x42, 0x43, 0x44]),
        ("-_8", [0xFB, 0xFF]),
    ] as [(String, [UInt8])])
    func decodesBase64URL(encoded: String, decoded: [UInt8]) {
        #expect(JWTCheck.decodeBase64URL(ArraySlice(encoded.utf8)) == decoded)
    }
}
