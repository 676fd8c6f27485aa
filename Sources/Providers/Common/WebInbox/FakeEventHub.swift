import Dispatch
import Foundation
import StructuredData
import Synchronization
import Wire

/// The fake's Server-Sent Events (`GET /__fake/events`): tells each connected browser what changed so
/// it can fetch it, without a reload.
///
/// | event | data | when |
/// |---|---|---|
/// | `hello` | `{"now", "unix", "outbox", "journal", "callbacks"}` | on connecting (`unix`: fake seconds since 1970, with fraction) |
/// | `outbox` | `{"recorded": N}` | SMS were accepted (N: recorded since start) |
/// | `journal` | `{"sequence": N}` | requests arrived (N: the newest entry's number) |
/// | `callbacks` | `{"count": N}` | receipts or webhooks were attempted |
/// | `control` | `{"method", "route", "now", "unix"}` | a control request changed something: reset, clock, faults, accounts |
///
/// Changes are looked for every ``pollInterval`` while a browser listens — nothing is watched and the
/// provider's paths pay nothing otherwise — so a fake under load sends a few events a second, not one
/// per request. A comment every ``heartbeatInterval`` keeps idle connections open.
public final class FakeEventHub: Sendable {
    /// How often changes are looked for while someone listens.
    public static let pollInterval: DispatchTimeInterval = .milliseconds(200)
    /// How often an idle stream gets a comment.
    public static let heartbeatInterval: TimeInterval = 15
    /// The most browsers listening at once; more get 503.
    public static let maxSubscribers = 64

    /// What was last seen of the fake's state.
    struct Signature: Equatable {
        var recorded = 0
        var sequence = 0
        var callbacks = 0
        var lastCallbackAt: Date?
    }

    private struct State {
        var subscribers: [Int: HTTPResponseStream] = [:]
        var nextID = 0
        var timer: DispatchSourceTimer?
        var seen = Signature()
        var lastWrite = Date()
    }

    private let environment: FakeEnvironment
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "smscontract.fake-events")

    /// A hub reporting the changes of `environment`.
    public init(environment: FakeEnvironment) {
        self.environment = environment
    }

    /// How many browsers are listening.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Answers `GET /__fake/events` with a stream that lasts until the client goes away or the fake stops.
    public func subscribe(_ responder: HTTPResponder) {
        guard subscriberCount < Self.maxSubscribers else {
            responder.send(.json(503, ["error": .string("\(Self.maxSubscribers) clients already listen to /__fake/events; close one")]))
            return
        }
        let head = HTTPResponse(status: 200, headers: [
            "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no",
        ])
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        let stream = responder.stream(head) { [weak self] in self?.unsubscribe(id) }
        guard stream.isOpen else { return }
        let signature = current()
        stream.write(ServerSentEvent.retry(milliseconds: 1_000) + ServerSentEvent(name: "hello", json: hello(signature)).bytes)
        state.withLock { state in
            if state.subscribers.isEmpty { state.seen = signature }
            state.subscribers[id] = stream
        }
        // Closed meanwhile (a HEAD request, a client gone at once): its onClose may have run before it was added.
        guard stream.isOpen else { return unsubscribe(id) }
        startPolling()
    }

    /// Notes a control request that may have changed what the page shows; sends `control` at once.
    public func controlRequestAnswered(_ request: HTTPRequest, status: Int) {
        guard request.method != "GET", request.method != "HEAD", subscriberCount > 0 else { return }
        let route = String(request.path.dropFirst(ControlAPI.prefix.count))
        broadcast([ServerSentEvent(name: "control", json: [
            "method": .string(request.method), "route": .string(route), "status": .integer(status),
            "now": .string(environment.clock.now.formatted(.iso8601)), "unix": .number(environment.clock.now.timeIntervalSince1970),
        ])])
        queue.async { [self] in poll() }
    }

    /// Looks for changes now and sends an event for each (the timer calls it; tests may too).
    func poll() {
        let signature = current()
        let (previous, idle) = state.withLock { state -> (Signature, Bool) in
            defer { state.seen = signature }
            return (state.seen, Date().timeIntervalSince(state.lastWrite) >= Self.heartbeatInterval)
        }
        let events = Self.events(from: previous, to: signature)
        if !events.isEmpty {
            broadcast(events)
        } else if idle {
            send(ServerSentEvent.comment("still here"))
        }
    }

    /// The events that tell a browser how the state moved from `previous` to `signature`.
    static func events(from previous: Signature, to signature: Signature) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if signature.recorded != previous.recorded { events.append(ServerSentEvent(name: "outbox", json: ["recorded": .integer(signature.recorded)])) }
        if signature.sequence != previous.sequence { events.append(ServerSentEvent(name: "journal", json: ["sequence": .integer(signature.sequence)])) }
        if signature.callbacks != previous.callbacks || signature.lastCallbackAt != previous.lastCallbackAt {
            events.append(ServerSentEvent(name: "callbacks", json: ["count": .integer(signature.callbacks)]))
        }
        return events
    }

    /// Ends every stream (the fake is stopping).
    public func closeAll() {
        let streams = state.withLock { state -> [HTTPResponseStream] in
            state.timer?.cancel()
            state.timer = nil
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        streams.forEach { $0.finish() }
    }

    private func current() -> Signature {
        let records = environment.callbacks.records
        return Signature(recorded: environment.outbox.recordedCount, sequence: environment.journal.lastSequence,
                         callbacks: records.count, lastCallbackAt: records.last?.at)
    }

    private func hello(_ signature: Signature) -> JSONValue {
        [
            "now": .string(environment.clock.now.formatted(.iso8601)), "unix": .number(environment.clock.now.timeIntervalSince1970),
            "outbox": .integer(signature.recorded), "journal": .integer(signature.sequence), "callbacks": .integer(signature.callbacks),
        ]
    }

    private func broadcast(_ events: [ServerSentEvent]) {
        send(events.flatMap(\.bytes))
    }

    private func send(_ bytes: [UInt8]) {
        let streams = state.withLock { state -> [HTTPResponseStream] in
            state.lastWrite = Date()
            return Array(state.subscribers.values)
        }
        streams.forEach { $0.write(bytes) }
    }

    private func startPolling() {
        state.withLock { state in
            guard state.timer == nil, !state.subscribers.isEmpty else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + Self.pollInterval, repeating: Self.pollInterval)
            timer.setEventHandler { [weak self] in self?.poll() }
            timer.resume()
            state.timer = timer
        }
    }

    private func unsubscribe(_ id: Int) {
        state.withLock { state in
            state.subscribers[id] = nil
            guard state.subscribers.isEmpty else { return }
            state.timer?.cancel()
            state.timer = nil
        }
    }
}
