/// Finds the prefilter keywords of every rule in one pass over a document.
///
/// Each keyword rule used to run its own PCRE2 alternation of its keywords over the whole document: fifteen passes,
/// and a caseless `sk_live_|rk_live_` starts at every `s` and `r` of the text (≈ 1 GB/s, 19 ms on the 20 MB
/// benchmark corpus, for a rule that finds nothing there). Here every keyword of every rule is looked for at once:
/// a position is tested against a bitmap of the keywords' first two bytes (ASCII letters folded), and only a hit
/// compares whole words. CJK keywords share lead bytes with all Chinese text, so the second byte is what keeps the
/// comparisons few.
///
/// Keywords match ASCII letters without case, like the PCRE2 prefilter they replace (which, caseless in UTF mode, also
/// took the Kelvin sign for `k` and `ſ` for `s`: no prefilter needs that). A keyword with a non-ASCII letter that has
/// case (`Ärzte`) is not searched here: its rule keeps a PCRE2 prefilter (`covers` is false for it).
struct KeywordIndex: Sendable {
    /// Lowercased keyword bytes and the rules that own each.
    private let words: [(bytes: [UInt8], rules: [Int])]
    /// Words of one byte (`@`, `:`), by that byte.
    private let singles: [[Int]]
    /// One bit per (first byte, second byte) pair that starts a longer word.
    private let pairs: [UInt64]
    /// Per lowercased byte: 1 when a one-byte word is that byte, 2 when a longer word starts with it. Most bytes of a
    /// text are 0 and cost one lookup.
    private let starts: [UInt8]
    /// Longer words by first byte, then second: `(second byte, words)` lists are short, and an array lookup costs no
    /// hashing (a dictionary keyed by the pair was a fifth of this pass).
    private let byPair: [[(second: UInt8, words: [Int])]]
    private let ruleCount: Int
    /// Whether rule `i`'s keywords are all searched here.
    let covers: [Bool]

    init(rules: [Rule]) {
        var words: [(bytes: [UInt8], rules: [Int])] = []
        var indexOf: [[UInt8]: Int] = [:]
        var covers = Array(repeating: false, count: rules.count)
        for (ruleIndex, rule) in rules.enumerated() where !rule.keywords.isEmpty {
            guard rule.keywords.allSatisfy(Self.isSearchable) else { continue }
            covers[ruleIndex] = true
            for keyword in rule.keywords {
                let bytes = keyword.utf8.map(ByteSearch.lower)
                if let existing = indexOf[bytes] {
                    if !words[existing].rules.contains(ruleIndex) { words[existing].rules.append(ruleIndex) }
                } else {
                    indexOf[bytes] = words.count
                    words.append((bytes, [ruleIndex]))
                }
            }
        }
        var singles = Array(repeating: [Int](), count: 256)
        var pairs = Array(repeating: UInt64(0), count: 1024)
        var byPair = Array(repeating: [(second: UInt8, words: [Int])](), count: 256)
        var starts = Array(repeating: UInt8(0), count: 256)
        for (index, word) in words.enumerated() {
            starts[Int(word.bytes[0])] |= word.bytes.count == 1 ? 1 : 2
            if word.bytes.count == 1 {
                singles[Int(word.bytes[0])].append(index)
            } else {
                let pair = UInt16(word.bytes[0]) << 8 | UInt16(word.bytes[1])
                pairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
                let first = Int(word.bytes[0])
                if let slot = byPair[first].firstIndex(where: { $0.second == word.bytes[1] }) {
                    byPair[first][slot].words.append(index)
                } else {
                    byPair[first].append((word.bytes[1], [index]))
                }
            }
        }
        self.words = words
        self.singles = singles
        self.pairs = pairs
        self.starts = starts
        self.byPair = byPair
        self.covers = covers
        ruleCount = rules.count
    }

    /// Whether a keyword can be matched byte by byte: case folding only has to touch ASCII letters.
    private static func isSearchable(_ keyword: String) -> Bool {
        keyword.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII || (scalar.properties.lowercaseMapping == String(scalar) && scalar.properties.uppercaseMapping == String(scalar))
        }
    }

    var isEmpty: Bool { words.isEmpty }

    /// The places each covered rule's keywords occur in `buffer`, by rule index, in order of position; overlapping
    /// occurrences are all listed.
    func hits(in buffer: UnsafeBufferPointer<UInt8>) -> [[Range<Int>]] {
        var hits = Array(repeating: [Range<Int>](), count: ruleCount)
        guard !words.isEmpty else { return hits }
        let count = buffer.count
        pairs.withUnsafeBufferPointer { pairs in
            starts.withUnsafeBufferPointer { starts in
                var index = 0
                while index < count {
                    let first = ByteSearch.lower(buffer[index])
                    let kind = starts[Int(first)]
                    if kind == 0 {
                        index += 1
                        continue
                    }
                    if kind & 1 != 0 {
                        for word in singles[Int(first)] {
                            for rule in words[word].rules { hits[rule].append(index..<(index + 1)) }
                        }
                    }
                    if kind & 2 != 0, index + 1 < count {
                        let second = ByteSearch.lower(buffer[index + 1])
                        let pair = UInt16(first) << 8 | UInt16(second)
                        if pairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 {
                            for entry in byPair[Int(first)] where entry.second == second {
                                for word in entry.words where matches(words[word].bytes, at: index, in: buffer) {
                                    for rule in words[word].rules { hits[rule].append(index..<(index + words[word].bytes.count)) }
                                }
                            }
                        }
                    }
                    index += 1
                }
            }
        }
        return hits
    }

    @inline(__always)
    private func matches(_ word: [UInt8], at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + word.count <= buffer.count else { return false }
        var offset = 2
        while offset < word.count {
            if ByteSearch.lower(buffer[index + offset]) != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
