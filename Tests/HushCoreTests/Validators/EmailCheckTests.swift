import Testing

@testable import HushCore

struct EmailCheckTests {
    static let validator = EmailCheck()

    @Test(arguments: [
        "zhang.san@example.com",
        "a@b.cn",
        "first.last+tag@mail.example.co.uk",
        "user_name@sub-domain.example.org",
        "UPPER@EXAMPLE.COM",
        "x@2x.com",
        "someone@example.xn--fiqs8s",  // .中国 in punycode
        "someone@例子.中国",
        "\(String(repeating: "a", count: 64))@example.com",
    ])
    func accepts(_ address: String) {
        #expect(Self.validator.isValid(ArraySlice(address.utf8)))
    }

    @Test(arguments: [
        "icon@2x.png",  // asset names
        "logo@3x.jpg",
        "banner@2x.JPEG",
        "bg@2x.webp",
        "sprite@2x.svg",
        "style@1.0.css",
        "bundle@latest.js",
        "lodash@4.17.21",  // numeric TLD: a package version
        "user@localhost",  // one label
        "user@example.c",  // one-letter TLD
        "user@example.c0m",
        "user@-example.com",
        "user@example-.com",
        "user@example..com",
        "user@.example.com",
        "user@example.com.",
        ".user@example.com",
        "user.@example.com",
        "first..last@example.com",
        "@example.com",
        "user@",
        "user@exa_mple.com",
        "\(String(repeating: "a", count: 65))@example.com",
        "user@\(String(repeating: "a", count: 64)).com",
        "user@\(Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".")).com",
        "no-at-sign.example.com",
        "",
    ])
    func rejects(_ address: String) {
        #expect(!Self.validator.isValid(ArraySlice(address.utf8)))
    }
}
