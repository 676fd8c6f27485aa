import StructuredData

/// What one step exchanged with the target.
public enum Exchange: Sendable, Equatable {
    /// An HTTP request as sent and its response as received.
    case http(request: RecordedRequest, response: RecordedResponse)
    /// An email (as the spec described it, expanded) and the SMTP dialogue's replies.
    case email(message: JSONValue, replies: [RecordedSMTPReply])
    /// Callbacks the target made to the spec's receiver (receipts, postbacks), in arrival order.
    case callbacks([RecordedRequest])
}
