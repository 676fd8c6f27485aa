import Foundation

/// The calls one API key has made, for the account's pacing rules: E120 (daily request limit)
/// and E106 (minimum interval between calls), both in fake time.
///
/// Only calls that pass these two checks count: a refused call neither uses up the day's
/// allowance nor restarts the interval.
struct SkycoreCallPacing: Sendable, Equatable {
    private var lastCall: Date?
    private var day = 0
    private var callsToday = 0

    /// Counts a call at `now`, or returns the refusal the account's rules give it.
    mutating func admit(at now: Date, for account: SkycoreAccount) -> SkycoreError? {
        let today = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        if today != day {
            day = today
            callsToday = 0
        }
        if let limit = account.dailyRequestLimit, callsToday >= limit { return .requestLimitReached }
        if let interval = account.minimumIntervalSeconds, let lastCall, now.timeIntervalSince(lastCall) < interval {
            return .minimumInterval
        }
        lastCall = now
        callsToday += 1
        return nil
    }
}
