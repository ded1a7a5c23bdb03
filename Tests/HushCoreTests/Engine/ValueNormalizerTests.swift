import HushCore
import Testing

@Test(arguments: [
    ("+86 138-1234-5678", FindingType.phone, "13812345678"),
    ("0086 138 1234 5678", .phone, "13812345678"),
    ("8613812345678", .phone, "13812345678"),
    ("(+86)13812345678", .phone, "13812345678"),
    ("861381234567", .phone, "861381234567"),
    ("11010519491231002x", .nationalID, "11010519491231002X"),
    ("8613812345678", .nationalID, "8613812345678"),
    ("6222 0212 3456 7890", .bankCard, "6222021234567890"),
    ("Zhang.San@Example.COM", .email, "zhang.san@example.com"),
    ("张 三", .name, "张 三"),
])
func normalizedValues(value: String, type: FindingType, expected: String) {
    #expect(ValueNormalizer.normalize(Array(value.utf8), type: type) == expected)
}
