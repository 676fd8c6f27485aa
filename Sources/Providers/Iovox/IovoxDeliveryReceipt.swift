import Foundation

/// A receipt due a number of fake seconds after the SMS was accepted.
struct IovoxDeliveryReceipt: Sendable, Equatable {
    /// Fake seconds after acceptance.
    var offset: TimeInterval
    var state: IovoxReceiptStatus
}
