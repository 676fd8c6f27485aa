import Foundation

/// One attempt at a callback as the dispatcher made it, with what was sent: the web inbox finds each
/// SMS's receipts and webhooks among these by the message's id in the body.
public struct CallbackRecord: Sendable, Equatable {
    /// Bodies are kept up to this many bytes.
    public static let maxBodyBytes = 4 * 1024

    /// Where it was sent.
    public var url: String
    /// The method, usually POST.
    public var method: String
    /// The body as text (invalid UTF-8 replaced), cut to ``maxBodyBytes``.
    public var body: String
    /// 1 for the first attempt.
    public var attempt: Int
    /// Whether the receiver's answer counted as received.
    public var accepted: Bool
    /// The receiver's status, when it answered.
    public var status: Int?
    /// Why no answer came, when none did.
    public var error: String?
    /// The fake time of the attempt.
    public var at: Date

    /// A record of `callback`'s attempt.
    public init(_ callback: Callback, attempt: Int, accepted: Bool, status: Int?, error: String?, at: Date) {
        url = callback.url
        method = callback.method
        body = String(decoding: callback.body.prefix(Self.maxBodyBytes), as: UTF8.self)
        self.attempt = attempt
        self.accepted = accepted
        self.status = status
        self.error = error
        self.at = at
    }
}
