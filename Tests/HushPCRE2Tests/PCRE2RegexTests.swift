import HushPCRE2
import Testing

private func ranges(_ pattern: String, _ subject: String, group: Int = 0) throws -> [Range<Int>] {
    let regex = try PCRE2Regex(pattern)
    let state = MatchState()
    var found: [Range<Int>] = []
    try Array(subject.utf8).withUnsafeBytes { bytes in
        try regex.forEachMatch(in: bytes, state: state) { match in
            if let range = match.range(ofGroup: group) { found.append(range) }
            return true
        }
    }
    return found
}

@Test func offsetsAreUTF8Bytes() throws {
    #expect(try ranges("[0-9]+", "手机13812345678，") == [6..<17])
}

@Test func adjacentMatchesAreAllReported() throws {
    #expect(try ranges("ab", "ababab") == [0..<2, 2..<4, 4..<6])
}

@Test func emptyMatchesAdvanceByCharacter() throws {
    #expect(try ranges("x*", "a中") == [0..<0, 1..<1, 4..<4])
}

@Test func captureGroupsAndNames() throws {
    let regex = try PCRE2Regex("(?<key>pwd)=(?<value>\\S+)")
    #expect(regex.captureCount == 2)
    #expect(regex.groupNumber(named: "value") == 2)
    #expect(regex.groupNumber(named: "missing") == nil)
    #expect(try ranges("(?<key>pwd)=(?<value>\\S+)", "pwd=abc", group: 2) == [4..<7])
}

@Test func compileErrorCarriesOffset() {
    #expect(throws: PCRE2Error.compile(offset: 4, message: "missing closing parenthesis")) {
        try PCRE2Regex("ab(c")
    }
}

@Test func invalidUTF8IsSafe() throws {
    let regex = try PCRE2Regex("[0-9]{3}")
    let state = MatchState()
    let bytes: [UInt8] = [0xFF, 0x31, 0x32, 0x33, 0xC3, 0x28, 0x34, 0x35, 0x36, 0xE4]
    var found: [Range<Int>] = []
    try bytes.withUnsafeBytes { raw in
        try regex.forEachMatch(in: raw, state: state) { match in
            found.append(match.range)
            return true
        }
    }
    #expect(found == [1..<4, 6..<9])
}

@Test func catastrophicPatternHitsALimitInsteadOfHanging() throws {
    let regex = try PCRE2Regex("(a+)+$")
    let state = MatchState(limits: MatchLimits(match: 100_000))
    let subject = Array(String(repeating: "a", count: 5000).utf8) + [0x21]
    #expect(throws: PCRE2Error.self) {
        try subject.withUnsafeBytes { raw in
            try regex.forEachMatch(in: raw, state: state) { _ in true }
        }
    }
}

@Test func emptyMatchDetection() throws {
    #expect(try PCRE2Regex("a*").canMatchEmpty)
    #expect(try !PCRE2Regex("a+").canMatchEmpty)
}

@Test func jitIsUsed() throws {
    #expect(try PCRE2Regex("[0-9]{11}").isJIT)
}

/// `startingBefore` limits where a match starts, not what it reads: a match that starts in time may run past the
/// limit, its lookahead sees the real next byte, one that would start at the limit is not found, and the state is
/// left without a limit for the next search.
@Test func startingBeforeLimitsStartsNotTheSubject() throws {
    let regex = try PCRE2Regex("[0-9]{4}(?![0-9])")
    let state = MatchState()
    let subject = Array("1234 56789 2468".utf8)
    func starts(from: Int, before limit: Int?) throws -> [Range<Int>] {
        var found: [Range<Int>] = []
        try subject.withUnsafeBytes { raw in
            try regex.forEachMatch(in: raw, from: from, startingBefore: limit, state: state) { match in
                found.append(match.range)
                return true
            }
        }
        return found
    }
    #expect(try starts(from: 0, before: 1) == [0..<4])
    #expect(try starts(from: 0, before: 0) == [])
    // "5678" starting at 6 would match a cut subject "…5678"; the lookahead sees the 9 after it, so the match is 6789.
    #expect(try starts(from: 5, before: 7) == [6..<10])
    #expect(try starts(from: 5, before: 6) == [])
    #expect(try starts(from: 11, before: 12) == [11..<15])
    #expect(try starts(from: 0, before: nil) == [0..<4, 6..<10, 11..<15])
}
