import Foundation
import Providers
import StructuredData
import Synchronization
import Testing
import Wire

@Suite struct CallbackDispatcherTests {
    /// A receiver on a free loopback port answering with `status`, counting what arrives.
    final class Receiver: Sendable {
        let server: HTTPServer
        let received = Mutex<[HTTPRequest]>([])
        let status = Atomic<Int>(200)

        init() throws {
            let box = Box()
            server = HTTPServer(configuration: HTTPServerConfiguration()) { request in box.handle(request) }
            try server.start()
            box.receiver.withLock { $0 = self }
        }

        var url: String { "http://127.0.0.1:\(server.port)/hook?x=1" }
    }

    final class Box: Sendable {
        let receiver = Mutex<Receiver?>(nil)
        func handle(_ request: HTTPRequest) -> HTTPResponse {
            guard let receiver = receiver.withLock({ $0 }) else { return HTTPResponse(status: 503) }
            receiver.received.withLock { $0.append(request) }
            return HTTPResponse(status: receiver.status.load(ordering: .relaxed))
        }
    }

    @Test func aCallbackArrivesWithItsHeadersAndIsLogged() throws {
        let receiver = try Receiver()
        defer { receiver.server.shutdown() }
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        environment.callbacks.send(.json(receiver.url, ["status": "DELIVERED"], headers: ["X-Custom-Header": "iovox"]))
        environment.settle()
        let request = try #require(receiver.received.withLock { $0.first })
        #expect(request.target == "/hook?x=1")
        #expect(request.headers["X-Custom-Header"] == "iovox")
        #expect(try JSONParser.parse(request.body) == ["status": "DELIVERED"])
        #expect(environment.callbacks.attempts.arrayValue?.first?["accepted"] == true)
    }

    @Test func aRefusedCallbackIsRetriedInFakeTimeUpToItsPolicy() throws {
        let receiver = try Receiver()
        defer { receiver.server.shutdown() }
        receiver.status.store(500, ordering: .relaxed)
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        environment.callbacks.send(.json(receiver.url, ["code": "N202"], retry: RetryPolicy(retries: 2, interval: 300)))
        environment.settle()
        #expect(receiver.received.withLock { $0.count } == 1)
        environment.clock.advance(seconds: 299)
        environment.settle()
        #expect(receiver.received.withLock { $0.count } == 1)
        environment.clock.advance(seconds: 1)
        environment.settle()
        #expect(receiver.received.withLock { $0.count } == 2)
        receiver.status.store(200, ordering: .relaxed)
        environment.clock.advance(seconds: 300)
        environment.settle()
        environment.clock.advance(seconds: 3_000)
        environment.settle()
        #expect(receiver.received.withLock { $0.count } == 3)
        #expect(environment.callbacks.attempts.arrayValue?.map { $0["accepted"] } == [false, false, true])
    }

    @Test func anUnreachableReceiverIsLoggedNotThrown() {
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        environment.callbacks.send(.json("http://127.0.0.1:1/nowhere", [:]))
        environment.settle()
        let attempt = environment.callbacks.attempts.arrayValue?.first
        #expect(attempt?["accepted"] == false)
        #expect(attempt?["error"] != nil)
    }
}
