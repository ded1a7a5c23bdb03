import HushPCRE2

/// The mutable state one scanning thread needs. Made once per thread and reused for every document.
public final class ScanState {
    let match: MatchState

    public init(limits: MatchLimits = .default) {
        match = MatchState(limits: limits)
    }
}
