import ContractHarness
import Testing
import Wire

@Suite struct CallbackReceiverTests {
    @Test func waitingReturnsAsSoonAsTheCallbacksArrive() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        let client = try HTTPClient(url: receiver.baseURL)
        let first = try client.send(HTTPRequest(method: "POST", target: "/dlr", headers: ["Content-Type": "application/json"], body: Array("{}".utf8)))
        #expect(first.status == 200)
        receiver.answer(with: 503)
        #expect(try client.send(HTTPRequest(method: "POST", target: "/dlr")).status == 503)
        let arrived = receiver.wait(forTotal: 2, timeout: .seconds(30))
        #expect(arrived.map(\.target) == ["/dlr", "/dlr"])
    }

    @Test func waitingForMoreThanArrivesGivesUpAfterTheTimeout() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        #expect(receiver.wait(forTotal: 1, timeout: .milliseconds(20)).isEmpty)
    }
}
