/// Stops a rule that matches almost anything, such as a user's `.` or `[\s\S]`, in the file where it does so.
///
/// Such a rule cannot be told from a good one at load time (`\d` is fine inside a longer pattern, and whether `[a-z]+`
/// matches "almost anything" depends on the text), and an empty match is already refused by the loader. What gives it
/// away is density: no personal data is shorter than four bytes with its separator (the shortest, a two-character
/// Chinese name on its own line, takes seven), yet such a rule matches at every byte. So once a rule has matched
/// `freeMatches` times, it may not match more often than once per `bytesPerMatch` bytes of the text searched so far;
/// past that it stops in this file, with a diagnostic naming the rule and the file, and the other rules go on. The
/// check follows the search as it goes, so time and memory stay bounded by `freeMatches` plus a quarter of the
/// offset reached, and a dense but real file (a phone list, one number per line) never reaches it.
struct MatchDensityGuard {
    static let freeMatches = 4096
    static let bytesPerMatch = 4

    private var matches = 0

    /// Counts one match that ends at `offset` in the text.
    mutating func count(endingAt offset: Int) throws(Exceeded) {
        matches += 1
        if matches > Self.freeMatches, matches * Self.bytesPerMatch > offset {
            throw Exceeded(matches: matches, bytes: offset)
        }
    }

    struct Exceeded: Error, CustomStringConvertible {
        var matches: Int
        var bytes: Int

        var description: String {
            "matched \(matches) times in its first \(bytes) bytes, more than once per \(MatchDensityGuard.bytesPerMatch) bytes (it matches almost anything)"
        }
    }
}
