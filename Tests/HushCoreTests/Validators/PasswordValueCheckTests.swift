import Testing

@testable import HushCore

struct PasswordValueCheckTests {
    static let validator = PasswordValueCheck()

    @Test(arguments: [
        "Tr0ub4dor&3",
        "hunter22",
        "123456",  // weak passwords are real exposures
        "admin123",
        "P@ssw0rd",
        "password123",
        "abcd",  // 4 scalars
        "密码Abc123",  // CJK with ASCII is a password
        "пароль2024",
        "hello.world",
        "s3cr3t!",
        String(repeating: "ab", count: 64),  // 128 scalars
        String(repeating: "密", count: 64) + String(repeating: "a", count: 64),  // 128 scalars, 256 bytes
    ])
    func accepts(_ value: String) {
        #expect(Self.validator.isValid(ArraySlice(value.utf8)))
    }

    @Test(arguments: [
        // length
        "abc", String(repeating: "ab", count: 64) + "c",
        // one repeated character, including hush's own mask
        "********", "xxxx", "....", "000000", "＊＊＊＊",
        // templates
        "<password>", "<your", "<db-pass>", "[PASSWORD]", "{password}", "{{ .Values.password }}", "{{password}}",
        "${DB_PASSWORD}", "${DB_PASSWORD:-secret}", "#{password}", "$(PASSWORD)", "%(password)s", "@DB_PASSWORD@",
        "<%=", "(hidden)",
        // environment and code references
        "$PASSWORD", "$db_pass", "%PASSWORD%", "$env:PASSWORD", "os.getenv(", "getpass.getpass()", "input(",
        "os.environ[", "ENV[", "ENV.fetch(", "self.password", "this.pwd", "config.db.password", "process.env.DB_PASS",
        "user.passwordHash",
        // placeholder words
        "password", "PASSWORD", "Passwd", "your_password", "YOUR-PASSWORD", "my_password", "changeme", "CHANGE_ME",
        "changeit", "secret", "example", "placeholder", "none", "null", "None", "undefined", "empty", "redacted",
        "***REDACTED***", "hidden", "masked", "xxxx-xxxx", "todo", "FIXME", "dummy", "test", "string", "String",
        "true", "false", "mysecretpassword", "your_password_here", "<YOUR_PASSWORD>", "enter-your-password",
        "yourSecretKey", "passwordhere",
        // Chinese prose around the key
        "密码是什么", "是多少", "请输入密码。", "密码：？", "“密码”", "是多少?",
    ])
    func rejects(_ value: String) {
        #expect(!Self.validator.isValid(ArraySlice(value.utf8)))
    }

    @Test func rejectsInvalidUTF8() {
        #expect(!Self.validator.isValid([0x61, 0x62, 0xFF, 0x63, 0x64]))
    }
}
