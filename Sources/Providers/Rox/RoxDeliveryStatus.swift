/// Where a queued Red Oxygen SMS stands, as its receipt (`Status`) and `GET /__fake/rox/messages` show it.
///
/// The seed documents receipts (ReceiptFlag, ReceiptCallbackURL) but not their body; these names are
/// **assumed** (`provider-facts.md` § rox: "Delivery-receipt callback body: UNCONFIRMED").
enum RoxDeliveryStatus: String, Sendable, CaseIterable {
    /// `SendLater` is still in the future.
    case scheduled = "Scheduled"
    /// Queued for sending, not yet handed to a network.
    case queued = "Queued"
    /// Handed to the network; no final report yet (and, for a "no receipt" destination, never one).
    case sent = "Sent"
    /// The network holds it for later delivery (handset unreachable).
    case buffered = "Buffered"
    case delivered = "Delivered"
    case failed = "Failed"
    case expired = "Expired"
    case rejected = "Rejected"
}

/// The final `Result` of one SMS, as its receipt reports it: `0000` when delivered, else a sending
/// error from the seed's range `2011`–`2100`, above the codes ``RoxResultCode`` answers to requests.
///
/// Which code means which failure is **assumed**, one stable code per documented outcome.
enum RoxDeliveryResult: String, Sendable, CaseIterable {
    case delivered = "0000"
    case failed = "2051"
    case expired = "2052"
    case rejected = "2053"
    case blockedCountry = "2054"
    case noOperator = "2055"
    case blacklisted = "2056"

    /// The final result a destination's outcome ends in; nil when no final report ever comes.
    init?(_ outcome: DeliveryOutcome) {
        switch outcome {
        case .delivered, .buffered, .slow: self = .delivered
        case .failed: self = .failed
        case .expired: self = .expired
        case .rejected: self = .rejected
        case .blockedCountry: self = .blockedCountry
        case .noOperator: self = .noOperator
        case .blacklisted: self = .blacklisted
        case .noReceipt: return nil
        }
    }

    /// The receipt's `Status`.
    var status: RoxDeliveryStatus {
        switch self {
        case .delivered: .delivered
        case .failed, .blockedCountry, .noOperator: .failed
        case .expired: .expired
        case .rejected, .blacklisted: .rejected
        }
    }

    /// The receipt's `ResultText`.
    var text: String {
        switch self {
        case .delivered: "Delivered"
        case .failed: "Not delivered: the network reported a failure."
        case .expired: "Not delivered: the message expired before the handset could be reached."
        case .rejected: "Not delivered: rejected by the network."
        case .blockedCountry: "Not sent: the destination country or network is blocked."
        case .noOperator: "Not sent: no operator found for the destination."
        case .blacklisted: "Not delivered: the destination number is blacklisted."
        }
    }

    /// Whether the SMS did not reach the handset (what ReceiptFlag 2, "Receipt_On_Error", reports).
    var isError: Bool { self != .delivered }
}
