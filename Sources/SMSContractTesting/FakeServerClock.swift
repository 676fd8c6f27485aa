/// What a fake's servers measure time on: the delays of latency and slow-body faults, and their
/// connection time-outs (idle 60 s, request 30 s).
public enum FakeServerClock: Sendable, Equatable {
    /// Real time: an injected `.latency(ms: 200)` answers 200 ms later by itself.
    case system
    /// A ``ManualClock`` that `advance(seconds:)` moves together with fake time: an injected latency's
    /// answer and a slow body's pieces wait until the test advances past them, with no sleeping. Advancing
    /// past the idle time-out also closes idle keep-alive connections, as real time would.
    case manual
}
