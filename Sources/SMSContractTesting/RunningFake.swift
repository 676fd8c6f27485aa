import Foundation

/// One provider's fake serving on a loopback port for the length of a test: where to send, what it
/// accepted, what it received and called back, and the handles that move its time and inject faults.
///
/// Get one from `withFake(_:)` or the `.fake(_:)` test trait; it is stopped when the body returns.
public final class RunningFake: Sendable {
    /// The provider faked.
    public let provider: ProviderDescriptor
    /// The fake server, for what this type does not wrap (its listeners, the in-process fake).
    public let server: FakeServer
    /// The fake's accounts: list them, add or change one.
    public let accounts: FakeAccounts
    /// The servers' clock when started with `clock: .manual`, moved by `advance(seconds:)`; nil on the system clock.
    public let manualClock: ManualClock?
    private let transport: any HTTPTransport

    /// Starts `provider`'s fake on 127.0.0.1 and a free port, its clock frozen at `start`, its servers on `clock`.
    init(_ provider: ProviderDescriptor, start: Date, clock: FakeServerClock = .system) throws(FakeStartError) {
        self.provider = provider
        let manualClock = clock == .manual ? ManualClock() : nil
        self.manualClock = manualClock
        server = FakeServer(descriptor: provider, environment: FakeEnvironment(clock: FakeClock(start: start, frozen: true)),
                            serverClock: manualClock ?? SystemClock())
        accounts = FakeAccounts(fake: server.fake)
        do {
            try server.start()
            transport = try HTTPTransports.forBaseURL(server.baseURL)
        } catch {
            server.shutdown()
            throw FakeStartError(provider: provider.id, reason: "\(error)")
        }
    }

    /// Stops the fake: closes its listeners and drops work not yet due.
    func stop() {
        server.shutdown()
    }

    /// The HTTP base URL, e.g. `http://127.0.0.1:49152`: the provider's API, or an email provider's control API.
    public var url: String { server.baseURL }

    /// The SMTP URL of an email provider, e.g. `smtp://127.0.0.1:49153`; nil for HTTP providers.
    public var smtpURL: String? { server.smtpURL }

    /// The default account's credentials by the names specs use (`token` → the document's example token).
    public var credentials: [String: String] {
        Dictionary(provider.credentials.map { ($0.name, $0.fakeValue) }, uniquingKeysWith: { first, _ in first })
    }

    /// The clock, outbox, scheduler, callbacks, faults and journal the fake shares with its control API.
    public var environment: FakeEnvironment { server.environment }

    /// The messages the fake accepted, oldest first.
    public func outbox() -> [OutboxEntry] {
        environment.outbox.entries
    }

    /// What clients sent the fake and what it answered, oldest first.
    public func requests() -> [JournalEntry] {
        environment.journal.entries
    }

    /// Every receipt, postback or webhook the fake tried to deliver, oldest first.
    public func callbacks() -> [CallbackAttempt] {
        environment.callbacks.attempts.arrayValue?.compactMap(CallbackAttempt.init(json:)) ?? []
    }

    /// The fake's current time.
    public var now: Date { environment.clock.now }

    /// Moves fake time forward and waits until the receipts and callbacks it made due have been attempted,
    /// so what they changed is visible as soon as this returns. On `clock: .manual` it moves the servers'
    /// clock too, so answers held by latency and slow-body faults that are now due are sent.
    public func advance(seconds: TimeInterval) {
        environment.clock.advance(seconds: seconds)
        if seconds > 0 {
            // To the nearest nanosecond, so 4.999 s and then 0.001 s add up to 5 s; at most about 31 years at once.
            manualClock?.advance(by: .nanoseconds(Int64((min(seconds, 1e9) * 1e9).rounded())))
        }
        environment.settle()
    }

    /// How many answers latency and slow-body faults have held for the clock since the fake started.
    public var heldAnswers: Int { environment.heldAnswers.count }

    /// Waits until at least `count` answers have been held by latency or slow-body faults since the fake
    /// started — the request arrived and its answer is timed — so `advance(seconds:)` after this releases it.
    /// Send the request from another task first: its answer waits for the clock. Throws
    /// ``HeldAnswerTimeout`` after `timeout` of real time.
    public func waitForHeldAnswers(_ count: Int = 1, timeout: Duration = .seconds(60)) async throws(HeldAnswerTimeout) {
        guard await environment.heldAnswers.wait(forCount: count, timeout: timeout) else {
            throw HeldAnswerTimeout(provider: provider.id, expected: count, held: heldAnswers, timeout: timeout)
        }
    }

    /// Makes the next `count` requests (to paths starting with `path`, or any provider path) meet `fault`.
    public func inject(_ fault: Fault, count: Int = 1, path: String? = nil) {
        environment.faults.add(fault, count: count, pathPrefix: path)
    }

    /// Returns accounts, messages, journal, callbacks and faults to their state at start.
    public func reset() {
        server.fake.reset()
        environment.outbox.reset()
        environment.journal.clear()
        environment.callbacks.reset()
        environment.faults.reset()
    }

    /// Sends a request to the fake over its socket, the way a client would.
    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try transport.send(request)
    }
}
