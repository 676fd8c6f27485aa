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
