import FuzzSupport
@testable import HushCore

/// The text view's folding (full-width forms, the ideographic space, zero-width characters), alone and on top of
/// each format's unescaping (picked by the first byte): the composed map must stay inside the decoded text and in
/// order, a view byte that stands for one original byte must be that byte, and `viewOffset(forOriginal:)` must invert
/// the map.
@main enum FuzzTextView {
    static let kinds: [ContentUnescaper.Kind?] = [nil, .json, .markup, .vcard, .email, .officeText]

    static func main() {
        runFuzzer { buffer in
            let original = Array(buffer)
            let folded = TextView(utf8: original)
            check(folded, original: original, what: "fold")
            for offset in 0..<folded.bytes.count where isBoundary(folded.bytes, offset) {
                let start = folded.originalStart(offset)
                if folded.bytes[offset] < 0x80, folded.originalEnd(offset + 1) - start == 1 {
                    require(original[start] == folded.bytes[offset], "fold: view byte \(offset) is not original byte \(start)")
                }
            }
            let kind = kinds[Int(original.first ?? 0) % kinds.count]
            if let kind { check(TextView(utf8: original, unescaping: kind), original: original, what: "\(kind)") }
        }
    }

    static func check(_ view: TextView, original: [UInt8], what: String) {
        checkMapping(view: view.bytes, originalCount: original.count, what: what, start: view.originalStart, end: view.originalEnd)
        for offset in 0...view.bytes.count where isBoundary(view.bytes, offset) {
            let back = view.viewOffset(forOriginal: view.originalStart(offset))
            require(back <= offset, "\(what): viewOffset(forOriginal: originalStart(\(offset))) is \(back)")
        }
    }
}
