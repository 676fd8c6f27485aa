import Synchronization

/// A clock that only moves when told to, so tests can drive time-outs without sleeping.
///
/// Servers started with a manual clock are told whenever it advances and re-check their deadlines then;
/// a test advances the clock past a time-out and then blocks reading its socket to observe the effect.
public final class ManualClock: MonotonicClock {
    private struct State {
        var now: MonotonicInstant
        var nextToken: UInt64 = 0
        var observers: [UInt64: @Sendable () -> Void] = [:]
    }

    private let state: Mutex<State>

    /// Creates a clock standing at `start` (by default one hour after the origin, so instants never underflow).
    public init(start: MonotonicInstant = MonotonicInstant(nanoseconds: 3_600_000_000_000)) {
        state = Mutex(State(now: start))
    }

    /// The instant the clock stands at.
    public var now: MonotonicInstant {
        state.withLock { $0.now }
    }

    /// Moves the clock forward by `duration` and tells every observing server to re-check its deadlines.
    public func advance(by duration: Duration) {
        let observers = state.withLock { state -> [@Sendable () -> Void] in
            state.now = state.now + max(duration, .zero)
            return Array(state.observers.values)
        }
        for observer in observers { observer() }
    }

    /// Registers `observer` to be called after each advance; returns a token for ``removeObserver(_:)``.
    func addObserver(_ observer: @escaping @Sendable () -> Void) -> UInt64 {
        state.withLock { state in
            state.nextToken += 1
            state.observers[state.nextToken] = observer
            return state.nextToken
        }
    }

    /// Stops calling the observer registered under `token`.
    func removeObserver(_ token: UInt64) {
        _ = state.withLock { $0.observers.removeValue(forKey: token) }
    }
}
