/// One step of a spec: optional fake-only actions, then optionally a request and what must come back.
public struct SpecStep: Sendable {
    /// The step's name, used in differences and cassettes (`send`, `lookup`).
    public var name: String
    /// Actions on the fake before the request (accounts, clock); a live target cannot perform them.
    public var fakeActions: [FakeAction]
    /// The request to send, if any.
    public var request: RequestTemplate?
    /// The email to send over SMTP, if any (instead of a request).
    public var email: EmailTemplate?
    /// What the response must be, if a request is sent.
    public var expectation: ResponseExpectation?
    /// Values taken from the response for later steps: name → where (body path or header).
    public var captures: [Capture]
    /// Callbacks (receipts, postbacks) that must reach the spec's receiver, awaited after the rest of the step.
    public var callbacks: CallbacksExpectation?
    /// The status the spec's receiver answers callbacks with from this step on (set before the step's actions).
    public var receiverStatus: Int?
    /// The body text the receiver answers with from this step on (e.g. `<HTML><BODY><RESULT>000</RESULT></BODY></HTML>`).
    public var receiverText: String?

    /// Creates a step.
    public init(name: String, fakeActions: [FakeAction] = [], request: RequestTemplate?, email: EmailTemplate? = nil,
                expectation: ResponseExpectation?, captures: [Capture] = []) {
        self.name = name
        self.fakeActions = fakeActions
        self.request = request
        self.email = email
        self.expectation = expectation
        self.captures = captures
    }
}
