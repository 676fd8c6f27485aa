import Foundation
import Testing

/// A Swift Testing trait that starts a provider's fake around each test (each case of a
/// parameterized test) and stops it after: `@Test(.fake(.lox24))`, then `try RunningFake.current(.lox24)`.
public struct FakeTrait: TestTrait, TestScoping {
    /// The provider faked.
    public let provider: ProviderDescriptor
    /// The fake's time at start; nil for the time the test starts.
    public let start: Date?
    /// What the fake's servers time faults' delays and connection time-outs on.
    public var clock: FakeServerClock = .system

    /// Runs `function` with the fake started and reachable through `RunningFake.current(_:)`.
    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withFake(provider, startingAt: start ?? Date(), clock: clock) { fake in
            try await RunningFake.$inScope.withValue(RunningFake.inScope.merging([provider.id: fake]) { _, new in new }) {
                try await function()
            }
        }
    }
}

extension Trait where Self == FakeTrait {
    /// Starts `provider`'s fake on loopback port 0 around the test; the test reads it with `RunningFake.current(_:)`.
    /// `clock: .manual` holds faults' delays until the test calls `advance(seconds:)`.
    public static func fake(_ provider: ProviderDescriptor, startingAt start: Date? = nil, clock: FakeServerClock = .system) -> FakeTrait {
        FakeTrait(provider: provider, start: start, clock: clock)
    }
}

extension RunningFake {
    /// The fakes the `.fake(_:)` traits of the running test started, by provider id.
    @TaskLocal static var inScope: [String: RunningFake] = [:]

    /// The fake a `.fake(provider)` trait started for the running test.
    public static func current(_ provider: ProviderDescriptor) throws(FakeNotInScope) -> RunningFake {
        guard let fake = inScope[provider.id] else { throw FakeNotInScope(provider: provider.id, started: inScope.keys.sorted()) }
        return fake
    }
}

/// `RunningFake.current(_:)` was asked for a fake no trait of the running test started.
public struct FakeNotInScope: Error, Sendable, CustomStringConvertible {
    /// The provider asked for.
    public let provider: String
    /// The providers whose fakes the test's traits did start.
    public let started: [String]

    public var description: String {
        let have = started.isEmpty ? "no .fake trait" : "fakes of \(started.joined(separator: ", ")) only"
        return "no \(provider) fake in scope (the test has \(have)); add .fake(.\(provider)) to its @Test, or use withFake"
    }
}
