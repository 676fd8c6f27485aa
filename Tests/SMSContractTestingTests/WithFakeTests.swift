import Foundation
import SMSContractTesting
import Testing

@Suite struct WithFakeTests {
    @Test func theOutboxShowsWhatWasSentOverTheSocket() async throws {
        try await withFake(.lox24) { fake throws in
            _ = try LOX24Client(target: fake.send).send("Hi", to: "+491701234567")
            #expect(fake.outbox().map(\.text) == ["Hi"])
            #expect(fake.outbox().map(\.to) == ["+491701234567"])
        }
    }

    @Test func theFakeListensOnLoopbackAndAFreePort() async throws {
        let url = try await withFake(.lox24) { fake in fake.url }
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(url != "http://127.0.0.1:0")
    }

    @Test func theFakeIsStoppedAfterTheBody() async throws {
        let url = try await withFake(.skycore) { fake in fake.url }
        let client = try HTTPClient(url: url, timeout: .seconds(5))
        #expect(throws: HTTPClientError.self) { try client.send(HTTPRequest(method: "POST", target: "/")) }
    }

    struct Planned: Error {}

    @Test func theFakeIsStoppedWhenTheBodyThrows() async throws {
        var url = ""
        var thrown: (any Error)?
        do {
            try await withFake(.lox24) { fake throws in
                url = fake.url
                throw Planned()
            }
        } catch {
            thrown = error
        }
        #expect(thrown is Planned)
        let client = try HTTPClient(url: url, timeout: .seconds(5))
        #expect(throws: HTTPClientError.self) { try client.send(HTTPRequest(method: "GET", target: "/sms")) }
    }

    @Test func eachFakeStartsEmptyWithItsOwnPort() async throws {
        try await withFake(.lox24) { first in
            _ = try LOX24Client(target: first.send).send("one", to: "+491701234567")
            try await withFake(.lox24) { second in
                #expect(second.url != first.url)
                #expect(second.outbox().isEmpty && first.outbox().count == 1)
            }
        }
    }

    @Test func theFakeTimeStartsWhereItIsToldAndStaysThere() async throws {
        let start = Date(timeIntervalSince1970: 1_755_868_416)
        try await withFake(.lox24, startingAt: start) { fake throws in
            #expect(fake.now == start)
            fake.advance(seconds: 90)
            #expect(fake.now == start.addingTimeInterval(90))
        }
    }

    @Test func anEmailProviderHasAnSMTPListenerBesideItsControlAPI() async throws {
        try await withFake(.roxEmail) { fake throws in
            #expect(fake.smtpURL?.hasPrefix("smtp://127.0.0.1:") == true)
            #expect(fake.url.hasPrefix("http://127.0.0.1:"))
        }
    }

    @Test func aCallbackReceiverGetsTheWebhookOnceTimeHasMoved() async throws {
        try await withCallbackReceiver { receiver throws in
            try await withFake(.lox24) { fake throws in
                try fake.accounts.add(["token": .string(LOX24Provider.exampleToken), "webhook_url": .string(receiver.url("/hook"))])
                _ = try LOX24Client(target: fake.send).send("Hi", to: "+491701999001")
                #expect(receiver.requests.isEmpty)
                fake.advance(seconds: 5)
                #expect(receiver.requests.map(\.target) == ["/hook"])
                #expect(receiver.bodies.first?["name"] == "sms.delivery")
            }
        }
    }
}
