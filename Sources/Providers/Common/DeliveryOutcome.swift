import Foundation

/// What happens to an SMS after a fake accepts it, chosen by its destination number so a test can
/// ask for any documented outcome: numbers whose digits end in `99900N` (the "magic numbers").
///
/// | ends in | outcome |
/// |---|---|
/// | `999001` (or any other number) | delivered after 5 s |
/// | `999002` | failed |
/// | `999003` | expired |
/// | `999004` | rejected |
/// | `999005` | buffered, then delivered after 60 s |
/// | `999006` | blocked country / destination network |
/// | `999007` | no operator found |
/// | `999008` | blacklisted |
/// | `999009` | slow: delivered after 3600 s |
/// | `999000` | no receipt: accepted and sent, never reported |
public enum DeliveryOutcome: String, Sendable, CaseIterable {
    case delivered, failed, expired, rejected, buffered
    case blockedCountry = "blocked_country"
    case noOperator = "no_operator"
    case blacklisted, slow
    case noReceipt = "no_receipt"

    /// The outcome for a destination (E.164 or digits).
    public static func forDestination(_ number: String) -> DeliveryOutcome {
        let digits = number.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 6, digits.suffix(6).hasPrefix("99900"), let last = digits.last else { return .delivered }
        switch last {
        case "2": return .failed
        case "3": return .expired
        case "4": return .rejected
        case "5": return .buffered
        case "6": return .blockedCountry
        case "7": return .noOperator
        case "8": return .blacklisted
        case "9": return .slow
        case "0": return .noReceipt
        default: return .delivered
        }
    }

    /// The magic number suffix that selects this outcome.
    public var magicSuffix: String {
        switch self {
        case .delivered: "999001"
        case .failed: "999002"
        case .expired: "999003"
        case .rejected: "999004"
        case .buffered: "999005"
        case .blockedCountry: "999006"
        case .noOperator: "999007"
        case .blacklisted: "999008"
        case .slow: "999009"
        case .noReceipt: "999000"
        }
    }

    /// Fake seconds after acceptance when the SMS is handed to the network (0 for refusals at the gateway).
    public static let submitDelay: TimeInterval = 1

    /// Fake seconds after acceptance when the final state is reached and reported.
    public var finalDelay: TimeInterval {
        switch self {
        case .slow: 3_600
        case .buffered: 60
        case .expired: 300
        case .blockedCountry, .noOperator: DeliveryOutcome.submitDelay
        default: 5
        }
    }

    /// Whether the SMS reaches the handset in the end.
    public var isDelivered: Bool { self == .delivered || self == .buffered || self == .slow }

    /// Whether the gateway refuses it before it reaches a network (never handed over).
    public var isRefusedByGateway: Bool { self == .blockedCountry || self == .noOperator }
}
