import Foundation

/// Starts `provider`'s fake on 127.0.0.1 and a free port, runs `body` with it, and stops it after,
/// whether `body` returns or throws.
///
/// ```swift
/// try await withFake(.lox24) { fake in
///     try await notifier(baseURL: fake.url).send("Hi", to: "+491701234567")
///     #expect(fake.outbox().map(\.text) == ["Hi"])
/// }
/// ```
///
/// On `clock: .manual` an injected latency waits for the test instead of real time:
///
/// ```swift
/// try await withFake(.lox24, clock: .manual) { fake in
///     fake.inject(.latency(ms: 5000))
///     async let answer = notifier(baseURL: fake.url).send("Hi", to: "+491701234567")
///     try await fake.waitForHeldAnswers(1)
///     fake.advance(seconds: 5)
///     #expect(try await answer.accepted)
/// }
/// ```
/// - Parameters:
///   - provider: which fake, e.g. `.lox24` or a descriptor of one's own.
///   - start: the fake's time at start; it stays there until `advance(seconds:)` moves it.
///   - clock: what the fake's servers time faults' delays and connection time-outs on: real time, or
///     `.manual`, moved only by `advance(seconds:)`.
public func withFake<Result>(
    _ provider: ProviderDescriptor, startingAt start: Date = Date(), clock: FakeServerClock = .system,
    isolation: isolated (any Actor)? = #isolation, _ body: (RunningFake) async throws -> Result
) async throws -> Result {
    let fake = try RunningFake(provider, start: start, clock: clock)
    defer { fake.stop() }
    return try await body(fake)
}


/// Starts a loopback receiver standing in for the customer's webhook endpoint, runs `body` with it,
/// and stops it after. Point the fake's callback URL at `receiver.url("/hook")`; after
/// `fake.advance(seconds:)` what the fake sent has arrived.
public func withCallbackReceiver<Result>(
    isolation: isolated (any Actor)? = #isolation, _ body: (CallbackReceiver) async throws -> Result
) async throws -> Result {
    let receiver = try CallbackReceiver()
    defer { receiver.shutdown() }
    return try await body(receiver)
}
