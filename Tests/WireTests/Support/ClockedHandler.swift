import Dispatch
import Synchronization
@testable import Wire

/// A handler that answers on the server's clock: `/late/<ms>` `ms` after the request arrived, `/slow/<parts>/<ms>`
/// with a slow body (`aaaa…bbbb…`, four letters a part) a part every `ms`, anything else at once. It notes each
/// timed answer after fixing its instant, so a test that waited for it can advance the clock without a race.
final class ClockedHandler: HTTPHandler {
    let clock: any MonotonicClock
    private let held = Mutex(0)
    private let signal = DispatchSemaphore(value: 0)

    init(clock: any MonotonicClock) {
        self.clock = clock
    }

    /// The slow body of `parts` parts: four of each letter from `a`.
    static func slowBody(parts: Int) -> String {
        (0..<parts).map { String(repeating: String(UnicodeScalar(UInt8(97 + $0))), count: 4) }.joined()
    }

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        let arrived = clock.now
        let parts = request.path.split(separator: "/").map(String.init)
        switch (parts.first, parts.dropFirst().compactMap { Int($0) }) {
        case ("late"?, let numbers) where numbers.count == 1:
            responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: "late \(numbers[0])"), at: arrived + .milliseconds(numbers[0]))
            noteHeld()
        case ("slow"?, let numbers) where numbers.count == 2:
            let response = HTTPResponse(status: 200, contentType: "text/plain", text: Self.slowBody(parts: numbers[0]))
            responder.sendSlowly(response, parts: numbers[0], interval: .milliseconds(numbers[1]), from: arrived)
            noteHeld()
        default:
            responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: "now"))
        }
    }

    private func noteHeld() {
        held.withLock { $0 += 1 }
        signal.signal()
    }

    /// Blocks until `count` timed answers have been set up (5 s safety net); false if they were not.
    @discardableResult
    func waitForHeld(_ count: Int) -> Bool {
        while held.withLock({ $0 }) < count {
            if signal.wait(timeout: .now() + .seconds(5)) == .timedOut { return held.withLock { $0 } >= count }
        }
        return true
    }
}

/// Starts a server on `backend` whose clock is `clock`, answering with a ``ClockedHandler``.
func startClockedServer(backend: EventBackend, clock: any MonotonicClock, recorder: EventRecorder? = nil) throws -> (HTTPServer, ClockedHandler) {
    let handler = ClockedHandler(clock: clock)
    let server = try startServer(handler: handler, recorder: recorder) {
        $0.clock = clock
        $0.eventBackend = backend
    }
    return (server, handler)
}
