/// A code of Skycore's SMS MT postback (provider-facts.md § skycore, skycore.com/help/sms-mt-postback-v2/).
/// What each code means is read from the v1 page (skycore.com/help/delivery-status-postbacks-v1/).
struct SkycorePostbackCode: Sendable, Equatable {
    var code: String
    var status: String

    /// Submitted to the carrier.
    static let sent = SkycorePostbackCode(code: "N201", status: "Sent")
    /// The carrier's receipt says delivered.
    static let delivered = SkycorePostbackCode(code: "N202", status: "Delivered")
    /// Submission failed: never handed to a carrier (the v1 postback page: "E201 is submission failed").
    static let failed = SkycorePostbackCode(code: "E201", status: "Failed")
    /// Sent, then the carrier's receipt says not delivered (v1: "Message Sent/Failed, Message Sent/Expired or
    /// Message Sent/NotSupported"; v2 names it Rejected).
    static let rejected = SkycorePostbackCode(code: "E202", status: "Rejected")
}
