import Dispatch
import Foundation
import Synchronization
import Wire

/// Runs actions when the fake clock reaches their time: delivery receipts, postbacks and their retries.
///
/// Due actions run when the clock is advanced (`POST /__fake/clock`) and, as real time passes, on a
/// ticker every 100 ms — so a fake under `serve` sends receipts by itself and a test moves time instead of waiting.
public final class FakeScheduler: Sendable {
    /// A pending action; ordered by due time, then by when it was scheduled.
    private struct Event: Comparable {
        var due: Date
        var sequence: Int
        var action: @Sendable () -> Void

        static func < (left: Event, right: Event) -> Bool { (left.due, left.sequence) < (right.due, right.sequence) }
        static func == (left: Event, right: Event) -> Bool { left.sequence == right.sequence }
    }

    private struct State {
        /// Earliest first, so a run costs O(log n) per due action however many wait.
        var events = MinHeap<Event>()
        var sequence = 0
    }

    private let clock: FakeClock
    private let state = Mutex(State())
    private let ticker = Mutex<DispatchSourceTimer?>(nil)

    /// Creates a scheduler on `clock`.
    public init(clock: FakeClock) {
        self.clock = clock
    }

    /// Runs `action` once the clock reaches `due` (at once on the next run if it already has).
    public func schedule(at due: Date, _ action: @escaping @Sendable () -> Void) {
        state.withLock { state in
            state.sequence += 1
            state.events.insert(Event(due: due, sequence: state.sequence, action: action))
        }
    }

    /// Runs `action` `seconds` of fake time from now.
    public func schedule(after seconds: TimeInterval, _ action: @escaping @Sendable () -> Void) {
        schedule(at: clock.now.addingTimeInterval(seconds), action)
    }

    /// Runs every action that is due, earliest first, including actions that due actions schedule for a time already past.
    public func runDue() {
        while true {
            let now = clock.now
            let next: Event? = state.withLock { state in
                guard let first = state.events.first, first.due <= now else { return nil }
                return state.events.removeFirst()
            }
            guard let next else { return }
            next.action()
        }
    }

    /// How many actions are waiting.
    public var pendingCount: Int { state.withLock { $0.events.count } }

    /// Forgets every pending action.
    public func reset() {
        state.withLock { $0.events.removeAll() }
    }

    /// Starts the real-time ticker (idempotent).
    public func start() {
        ticker.withLock { ticker in
            guard ticker == nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "smscontract.fake-scheduler"))
            timer.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
            timer.setEventHandler { [weak self] in self?.runDue() }
            timer.resume()
            ticker = timer
        }
    }

    /// Stops the ticker.
    public func stop() {
        ticker.withLock { ticker in
            ticker?.cancel()
            ticker = nil
        }
    }
}
