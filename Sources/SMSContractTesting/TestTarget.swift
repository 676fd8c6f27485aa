import Foundation
import Testing

/// Where a test body's requests go: a fake started for it, or a live endpoint configured by the
/// environment (`SMSCONTRACT_<P>_URL` and the provider's credential variables). Run one body on both
/// with `@Test(arguments: [TestTarget.fake, .live()])`.
public struct TestTarget: Sendable, CustomStringConvertible {
    enum Place: Sendable {
        case fake
        case live(LiveTarget)
    }

    let place: Place

    /// A fake on loopback port 0, started for the body and stopped after.
    public static let fake = TestTarget(place: .fake)

    /// The live endpoint `environment` names for the provider.
    public static func live(environment: [String: String] = ProcessInfo.processInfo.environment) -> TestTarget {
        TestTarget(place: .live(LiveTarget(environment: environment)))
    }

    /// The target's kind.
    public var kind: SpecTargetKind {
        switch place {
        case .fake: .fake
        case .live: .live
        }
    }

    /// Whether `provider` can run here: always on the fake; live when its URL and credentials are set.
    public func isAvailable(for provider: ProviderDescriptor) -> Bool {
        guard case .live(let live) = place else { return true }
        do {
            try live.open(provider).close()
            return true
        } catch {
            return false
        }
    }

    public var description: String { kind.rawValue }
}

/// What a test body talks to on either target: the base URL, the credentials, a way to send, and
/// (on the fake only) the fake itself.
public struct TargetClient: Sendable {
    /// The base URL requests go to.
    public let url: String
    /// Credentials by the names specs use: the fake's example values, or the live ones from the environment.
    public let credentials: [String: String]
    /// The fake, or nil on a live target: outbox, journal and clock exist only there.
    public let fake: RunningFake?
    let transport: any HTTPTransport

    /// Sends a request (its target relative to `url`).
    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try transport.send(request)
    }
}

/// A live target lacks what `provider` needs (a skip, not a failure).
public typealias TestTargetUnavailable = TargetUnavailable

/// Runs `body` against `provider` on `target`: a fake started and stopped around it, or the live
/// endpoint.
///
/// A live target without its variables (`SMSCONTRACT_LOX24_URL is not set`) skips: inside a Swift
/// Testing test the test case records a warning with the reason (at `sourceLocation`) and is
/// cancelled, so its body never runs and the fake case of `@Test(arguments: [TestTarget.fake, .live()])`
/// still does; elsewhere, or with `skipsWhenUnavailable: false`, `TargetUnavailable` is thrown.
/// A live URL that is not one is always an error.
@discardableResult
public func withTarget<Result>(
    _ target: TestTarget, _ provider: ProviderDescriptor, skipsWhenUnavailable: Bool = true,
    sourceLocation: Testing.SourceLocation = #_sourceLocation, isolation: isolated (any Actor)? = #isolation,
    _ body: (TargetClient) async throws -> Result
) async throws -> Result {
    switch target.place {
    case .fake:
        return try await withFake(provider) { fake in
            let transport = try HTTPTransports.forBaseURL(fake.url)
            return try await body(TargetClient(url: fake.url, credentials: fake.credentials, fake: fake, transport: transport))
        }
    case .live(let live):
        let session: TargetSession
        do {
            session = try live.open(provider)
        } catch {
            try skipTestCase(error, provider: provider, if: skipsWhenUnavailable, at: sourceLocation)
            throw error
        }
        defer { session.close() }
        guard let transport = session.transport else {
            let error = TargetUnavailable(reason: "\(provider.id) is reached over SMTP; a TargetClient sends HTTP only", isSkip: true)
            try skipTestCase(error, provider: provider, if: skipsWhenUnavailable, at: sourceLocation)
            throw error
        }
        return try await body(TargetClient(url: session.targetName, credentials: session.credentials, fake: nil, transport: transport))
    }
}

/// Cancels the running Swift Testing test case, saying why, when `unavailable` is a skip, `skips`
/// is set and a test is running; otherwise returns so the caller throws.
private func skipTestCase(_ unavailable: TargetUnavailable, provider: ProviderDescriptor, if skips: Bool, at location: Testing.SourceLocation) throws {
    guard skips, unavailable.isSkip, Test.current != nil else { return }
    #if compiler(>=6.3)
    // Swift Testing 6.3 reports a cancelled test case as passed, so the skip is also a warning:
    // visible in the output and in reports, never a failure.
    let reason = "live \(provider.id) skipped: \(unavailable.reason)"
    Issue.record(Comment(rawValue: reason), severity: .warning, sourceLocation: location)
    try Test.cancel(Comment(rawValue: reason), sourceLocation: location)
    #endif
}
