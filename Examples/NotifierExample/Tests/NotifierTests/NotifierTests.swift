import Notifier
import SMSContractTesting
import Testing

/// The app's notifier against the LOX24 fake: started on loopback port 0 for the test, stopped after.
@Suite struct NotifierTests {
    @Test func anOrderConfirmationIsTexted() async throws {
        try await withFake(.lox24) { fake in
            try await Notifier(baseURL: fake.url, token: fake.credentials["token"]!).text("+491701234567", "Your order shipped")
            #expect(fake.outbox().map(\.text) == ["Your order shipped"])
        }
    }

    @Test(.fake(.lox24)) func aFullAccountIsReportedAsRefused() async throws {
        let fake = try RunningFake.current(.lox24)
        try fake.accounts.add(["token": "7654321:0123456789abcdef0123456789abcdef", "balance": 0])
        let notifier = Notifier(baseURL: fake.url, token: "7654321:0123456789abcdef0123456789abcdef")
        await #expect(throws: Notifier.Refused(status: 402)) { try await notifier.text("+491701234567", "Hi") }
        #expect(fake.outbox().isEmpty)
    }

    @Test(.fake(.lox24)) func anOutageIsReportedAsRefused() async throws {
        let fake = try RunningFake.current(.lox24)
        fake.inject(.status(503))
        let notifier = Notifier(baseURL: fake.url, token: fake.credentials["token"]!)
        await #expect(throws: Notifier.Refused(status: 503)) { try await notifier.text("+491701234567", "Hi") }
    }

    /// On the manual clock a 5 s latency costs no time: the answer comes when the test advances past it.
    @Test func aSlowProviderIsWaitedFor() async throws {
        try await withFake(.lox24, clock: .manual) { fake in
            fake.inject(.latency(ms: 5000))
            async let id = Notifier(baseURL: fake.url, token: fake.credentials["token"]!).text("+491701234567", "Hi")
            try await fake.waitForHeldAnswers(1)
            fake.advance(seconds: 5)
            #expect(try await !id.isEmpty && fake.outbox().map(\.text) == ["Hi"])
        }
    }
}
