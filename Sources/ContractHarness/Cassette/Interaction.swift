/// One exchange under the step's name: an HTTP request and its response, or an email and the SMTP replies.
public struct Interaction: Sendable, Equatable {
    /// The spec step that sent it.
    public var step: String
    /// What went over the wire. Credentials and captured values appear as their `{{placeholders}}`.
    public var exchange: Exchange

    /// Creates an interaction.
    public init(step: String, exchange: Exchange) {
        self.step = step
        self.exchange = exchange
    }

    /// An HTTP interaction.
    public init(step: String, request: RecordedRequest, response: RecordedResponse) {
        self.init(step: step, exchange: .http(request: request, response: response))
    }
}
