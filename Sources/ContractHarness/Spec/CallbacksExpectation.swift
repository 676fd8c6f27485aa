/// An await step: the callbacks (receipts, postbacks) that must reach the spec's receiver, in order,
/// within a time. With none expected, it checks that nothing more has arrived.
public struct CallbacksExpectation: Sendable {
    /// How long to wait, in real seconds, for the expected callbacks (fake-time receipts usually
    /// arrive before the clock advance that causes them returns).
    public var withinSeconds: Double
    /// The callbacks, in arrival order.
    public var expected: [ExpectedCallback]

    /// Creates an await expectation.
    public init(withinSeconds: Double, expected: [ExpectedCallback]) {
        self.withinSeconds = withinSeconds
        self.expected = expected
    }
}
