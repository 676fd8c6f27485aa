import Foundation
import Providers
import StructuredData
import Synchronization
import SMSContractTesting
import Testing
import Wire

@Suite struct CallbackDispatcherTests {
    @Test func aCallbackArrivesWithItsHeadersAndIsLogged() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        environment.callbacks.send(.json(receiver.url("/hook?x=1"), ["status": "DELIVERED"], headers: ["X-Custom-Header": "iovox"]))
        environment.settle()
        let request = try #require(receiver.requests.first)
        #expect(request.target == "/hook?x=1")
        #expect(request.headers["X-Custom-Header"] == "iovox")
        #expect(try JSONParser.parse(request.body) == ["status": "DELIVERED"])
        #expect(environment.callbacks.attempts.arrayValue?.first?["accepted"] == true)
    }

    @Test func aRefusedCallbackIsRetriedInFakeTimeUpToItsPolicy() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        receiver.answer(with: 500)
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        environment.callbacks.send(.json(receiver.url("/hook"), ["code": "N202"], retry: RetryPolicy(retries: 2, interval: 300)))
        environment.settle()
        #expect(receiver.requests.count == 1)
        environment.advance(seconds: 299)
        #expect(receiver.requests.count == 1)
        environment.advance(seconds: 1)
        #expect(receiver.requests.count == 2)
        receiver.answer(with: 200)
        environment.advance(seconds: 300)
        environment.advance(seconds: 3_000)
        #expect(receiver.requests.count == 3)
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

    @Test func callbacksBeyondTheBacklogAreLoggedAsNotSentInsteadOfQueued() throws {
        let arrived = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let receiver = HTTPServer(configuration: HTTPServerConfiguration()) { _ in
            arrived.signal()
            _ = release.wait(timeout: .now() + 10)
            return HTTPResponse(status: 200)
        }
        try receiver.start()
        defer { receiver.shutdown() }
        let clock = FakeClock(frozen: true)
        let dispatcher = CallbackDispatcher(scheduler: FakeScheduler(clock: clock), clock: clock, maxPending: 2)
        let callback = Callback(url: "http://127.0.0.1:\(receiver.port)/hook", headers: [:], body: [])
        dispatcher.send(callback)
        #expect(arrived.wait(timeout: .now() + 10) == .success) // The first is being delivered: 1 waiting.
        for _ in 0..<4 { dispatcher.send(callback) } // The next waits behind it; three find the backlog full.
        release.signal()
        release.signal()
        dispatcher.drain(timeout: .seconds(15))
        let log = dispatcher.attempts.arrayValue ?? []
        #expect(log.count == 5)
        #expect(log.prefix(3).allSatisfy { $0["error"] == "not sent: 2 callbacks were already waiting to be sent" && $0["accepted"] == false })
        #expect(log.suffix(2).allSatisfy { $0["accepted"] == true && $0["status"] == 200 })
    }
}
