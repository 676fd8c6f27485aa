import StructuredData
import Wire

/// The documented behaviour of one provider's API, answering requests on the provider's own paths.
///
/// A fake owns its accounts and messages; the clock and outbox it shares with the control API
/// come from its `FakeEnvironment`.
public protocol ProviderFake: Sendable {
    /// Answers a request on the provider's own paths (never `/__fake/…`).
    func handle(_ request: HTTPRequest) -> HTTPResponse

    /// Returns accounts and messages to their initial state.
    func reset()

    /// The accounts as the control API shows them (secrets included: the control API is local).
    var accountsJSON: JSONValue { get }

    /// Adds or changes an account from its control-API description, returning the account as stored.
    func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue

    /// Answers a provider-specific control request under `/__fake/<route>` (e.g. `iovox/failures`),
    /// or nil when the route is not the provider's. The common routes never reach this.
    func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse?
}

extension ProviderFake {
    /// No provider-specific control routes.
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? { nil }
}

/// What a fake shares with the control API: its clock, outbox, scheduled work, callbacks, faults
/// and the journal of what it received.
public struct FakeEnvironment: Sendable {
    /// The fake's clock, moved by `POST /__fake/clock`.
    public let clock: FakeClock
    /// The SMS accepted, shown by `GET /__fake/outbox`.
    public let outbox: Outbox
    /// Work due at a fake time: receipts, postbacks, retries.
    public let scheduler: FakeScheduler
    /// Sends receipts and postbacks to the customer's server; `GET /__fake/callbacks` shows the attempts.
    public let callbacks: CallbackDispatcher
    /// Faults for the next requests, set by `POST /__fake/faults`.
    public let faults: FaultInjector
    /// What clients sent and what the fake answered, shown by `GET /__fake/requests`.
    public let journal: RequestJournal
    /// How many answers latency and slow-body faults have held for the server's clock.
    public let heldAnswers = HeldAnswers()

    /// Creates an environment; without an outbox, one stamping entries with `clock`'s time.
    public init(clock: FakeClock = FakeClock(), outbox: Outbox? = nil) {
        self.clock = clock
        self.outbox = outbox ?? Outbox(clock: clock)
        scheduler = FakeScheduler(clock: clock)
        callbacks = CallbackDispatcher(scheduler: scheduler, clock: clock)
        faults = FaultInjector()
        journal = RequestJournal(clock: clock)
    }

    /// Runs the work that is due and waits (at most 15 s) until the callbacks it queued have been attempted.
    public func settle() {
        scheduler.runDue()
        callbacks.drain(timeout: .seconds(15))
    }
}

/// A control-API request that cannot be carried out; answered as 400 with the message.
public struct ControlAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, naming the field.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
