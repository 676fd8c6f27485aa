import Dispatch
import Foundation
import StructuredData
import Synchronization
import Wire

/// Sends callbacks off the event loop, one at a time in order, retrying per policy in fake time, and
/// keeps a log of every attempt (`GET /__fake/callbacks`).
///
/// At most `maxPending` callbacks wait to be sent: a fake accepting thousands of SMS a second with
/// receipts to a slow receiver would otherwise queue them without bound. One over the bound is not
/// sent, and the log says so.
public final class CallbackDispatcher: Sendable {
    /// How many callbacks may wait to be sent unless told otherwise.
    public static let defaultMaxPending = 10_000
    /// How many callbacks may wait to be sent; more are logged as not sent.
    public let maxPending: Int
    private let queue = DispatchQueue(label: "smscontract.fake-callbacks")
    private let scheduler: FakeScheduler
    private let clock: FakeClock
    private let log = Mutex(BoundedRing<JSONValue>(capacity: 1_000))
    private let recordLog = Mutex(BoundedRing<CallbackRecord>(capacity: 1_000))
    private let generation = Atomic<Int>(0)
    private let pending = Atomic<Int>(0)

    /// Creates a dispatcher retrying through `scheduler`.
    public init(scheduler: FakeScheduler, clock: FakeClock, maxPending: Int = CallbackDispatcher.defaultMaxPending) {
        self.scheduler = scheduler
        self.clock = clock
        self.maxPending = max(1, maxPending)
    }

    /// Sends a callback now (asynchronously); a refused or failed attempt is retried per its policy.
    public func send(_ callback: Callback, attempt: Int = 1) {
        guard pending.add(1, ordering: .relaxed).newValue <= maxPending else {
            pending.subtract(1, ordering: .relaxed)
            note(callback, attempt: attempt, accepted: false, response: nil,
                 error: "not sent: \(maxPending) callbacks were already waiting to be sent")
            return
        }
        let generation = self.generation.load(ordering: .relaxed)
        queue.async { [self] in
            defer { pending.subtract(1, ordering: .relaxed) }
            guard generation == self.generation.load(ordering: .relaxed) else { return }
            let outcome = deliver(callback)
            let accepted = outcome.response.map(callback.accepts) ?? false
            note(callback, attempt: attempt, accepted: accepted, response: outcome.response, error: outcome.error)
            guard !accepted, attempt <= callback.retry.retries else { return }
            scheduler.schedule(after: callback.retry.interval) { [self] in send(callback, attempt: attempt + 1) }
        }
    }

    private func note(_ callback: Callback, attempt: Int, accepted: Bool, response: HTTPResponse?, error: String?) {
        var entry: JSONObject = [
            "url": .string(callback.url), "attempt": .integer(attempt), "accepted": .bool(accepted),
            "at": .string(clock.now.formatted(.iso8601)),
        ]
        if let response { entry["status"] = .integer(response.status) }
        if let error { entry["error"] = .string(error) }
        log.withLock { _ = $0.append(.object(entry)) }
        let record = CallbackRecord(callback, attempt: attempt, accepted: accepted, status: response?.status, error: error, at: clock.now)
        recordLog.withLock { _ = $0.append(record) }
    }

    /// Every attempt so far with the callback's body, oldest first (at most the last 1000): for the web inbox.
    public var records: [CallbackRecord] { recordLog.withLock { $0.elements } }

    /// Every attempt so far, oldest first (at most the last 1000).
    public var attempts: JSONValue { .array(log.withLock { $0.elements }) }

    /// Waits until every callback queued so far has been attempted, or `timeout` has passed.
    public func drain(timeout: DispatchTimeInterval) {
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        _ = done.wait(timeout: .now() + timeout)
    }

    /// Forgets the log and drops callbacks not yet sent.
    public func reset() {
        generation.add(1, ordering: .relaxed)
        log.withLock { $0.removeAll() }
        recordLog.withLock { $0.removeAll() }
    }

    private func deliver(_ callback: Callback) -> (response: HTTPResponse?, error: String?) {
        do {
            let parts = callback.url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let endpoint = try HTTPEndpoint(url: String(parts[0]))
            // The whole path goes in the request target; the client would otherwise prefix the base path again.
            let client = HTTPClient(endpoint: HTTPEndpoint(host: endpoint.host, port: endpoint.port), timeout: .seconds(10))
            defer { client.closeIdleConnections() }
            let target = (endpoint.basePath.isEmpty ? "/" : endpoint.basePath) + (parts.count > 1 ? "?" + parts[1] : "")
            let request = HTTPRequest(method: callback.method, target: target, headers: callback.headers, body: callback.body)
            return (try client.send(request), nil)
        } catch {
            return (nil, "\(error)")
        }
    }
}
