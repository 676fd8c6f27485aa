import Synchronization

/// Keeps live runs from sending an SMS nobody meant to send: specs marked `sends` run only with
/// `SMSCONTRACT_LIVE_SENDS=1`, only to numbers in `SMSCONTRACT_LIVE_ALLOWED_NUMBERS`
/// (comma-separated; `*` for any), and at most `SMSCONTRACT_LIVE_MAX_SENDS` SMS per provider per run
/// (the cap applies to each provider on its own: with 10, a run of lox24 and rox sends at most 10 each).
public final class LiveSendGuard: Sendable {
    /// Whether sending specs may run at all.
    public let sendsAllowed: Bool
    /// The allowed numbers as digits only, or nil for any (`*`).
    public let allowedNumbers: Set<String>?
    /// The most SMS one run may send through each provider.
    public let maximumSends: Int
    /// Whether `SMSCONTRACT_LIVE_ALLOWED_NUMBERS` was set at all (its absence is said so, not as a refused number).
    public let allowedNumbersConfigured: Bool
    private let sent = Mutex<[String: Int]>([:])

    /// Reads the guard's settings from the environment. Without `SMSCONTRACT_LIVE_ALLOWED_NUMBERS`
    /// no number is allowed; without `SMSCONTRACT_LIVE_MAX_SENDS` the budget is 10.
    public init(environment: [String: String]) {
        sendsAllowed = environment["SMSCONTRACT_LIVE_SENDS"] == "1"
        let list = (environment["SMSCONTRACT_LIVE_ALLOWED_NUMBERS"] ?? "").split(separator: ",").map { String($0).filter { !$0.isWhitespace } }
        allowedNumbersConfigured = list.contains { !$0.isEmpty }
        allowedNumbers = list.contains("*") ? nil : Set(list.map(Self.digits).filter { !$0.isEmpty })
        maximumSends = environment["SMSCONTRACT_LIVE_MAX_SENDS"].flatMap { Int($0) }.map { max(0, $0) } ?? 10
    }

    /// Nil when a message to `numbers` through `provider` may be sent now (and counts it against that
    /// provider's budget), else why not.
    public func permit(_ numbers: [String], provider: String = "") -> String? {
        if let allowedNumbers {
            if !allowedNumbersConfigured {
                return "SMSCONTRACT_LIVE_ALLOWED_NUMBERS is not set, so no number may receive an SMS; "
                    + "set it to your test phones' numbers (comma-separated), or * for any"
            }
            if numbers.isEmpty {
                return "cannot tell which numbers this message sends to; only SMSCONTRACT_LIVE_ALLOWED_NUMBERS=* allows it"
            }
            if let refused = numbers.first(where: { !allowedNumbers.contains(Self.digits($0)) }) {
                return "would send to \(refused), which is not in SMSCONTRACT_LIVE_ALLOWED_NUMBERS"
            }
        }
        let cost = max(1, numbers.count)
        return sent.withLock { counts -> String? in
            let count = counts[provider, default: 0]
            guard count + cost <= maximumSends else {
                let whose = provider.isEmpty ? "" : " for \(provider)"
                return "would exceed SMSCONTRACT_LIVE_MAX_SENDS=\(maximumSends)\(whose) (\(count) sent in this run; the cap applies to each provider)"
            }
            counts[provider] = count + cost
            return nil
        }
    }

    /// How many SMS this run has sent, over every provider.
    public var sentCount: Int { sent.withLock { $0.values.reduce(0, +) } }

    /// How many SMS this run has sent through `provider`.
    public func sentCount(for provider: String) -> Int { sent.withLock { $0[provider, default: 0] } }

    /// A number's digits, with an international `00` prefix dropped, so `+49…`, `0049…` and `49…` compare equal.
    static func digits(_ number: String) -> String {
        let digits = number.filter(\.isASCIIDigit)
        return digits.hasPrefix("00") ? String(digits.dropFirst(2)) : digits
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
