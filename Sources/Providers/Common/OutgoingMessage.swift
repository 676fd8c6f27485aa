import Wire

/// A message about to be sent to a live provider, as the send guard sees it.
public enum OutgoingMessage: Sendable {
    /// An HTTP request.
    case http(HTTPRequest)
    /// An email: its recipients, plain-text body and the text of its attachments.
    case email(recipients: [String], body: String, attachments: [String])
}

/// Reads the destination phone numbers out of a provider's outgoing messages.
public struct DestinationNumbers: Sendable {
    /// The numbers a message would send an SMS to; empty when it names none.
    public let extract: @Sendable (OutgoingMessage) -> [String]

    /// Creates an extractor.
    public init(_ extract: @escaping @Sendable (OutgoingMessage) -> [String]) {
        self.extract = extract
    }

    /// Numbers are not known: the send guard then allows the message only when every number is allowed (`*`).
    public static let unknown = DestinationNumbers { _ in [] }
}
