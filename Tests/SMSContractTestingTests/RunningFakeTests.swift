import Foundation
import SMSContractTesting
import Testing

@Suite struct RunningFakeTests {
    @Test func theJournalHoldsEachRequestWithItsAnswer() async throws {
        try await withFake(.lox24) { fake throws in
            let client = LOX24Client(target: fake.send)
            _ = try client.send("Hi", to: "+491701234567")
            _ = try LOX24Client(target: fake.send, token: "1:wrong").send("Hi", to: "+491701234567")
            let answers = fake.requests().map { entry -> (String, Int?) in
                guard case .http(let request, let status, _) = entry.exchange else { return ("?", nil) }
                return (request.target, status)
            }
            #expect(answers.map(\.0) == ["/sms", "/sms"])
            #expect(answers.map(\.1) == [201, 401])
        }
    }

    @Test func advanceMovesTheClockAndSettlesTheCallbacksItMadeDue() async throws {
        try await withCallbackReceiver { receiver throws in
            try await withFake(.lox24) { fake throws in
                try fake.accounts.add(["token": .string(LOX24Provider.exampleToken), "webhook_url": .string(receiver.url("/lox24"))])
                _ = try LOX24Client(target: fake.send).send("Hi", to: "+491701999001")
                fake.advance(seconds: 2)
                #expect(fake.callbacks().isEmpty)
                fake.advance(seconds: 3)
                let attempt = try #require(fake.callbacks().first)
                #expect(fake.callbacks().count == 1)
                #expect(attempt.url == receiver.url("/lox24") && attempt.attempt == 1 && attempt.accepted && attempt.status == 200)
            }
        }
    }

    @Test(arguments: [400, 429, 500, 503])
    func anInjectedStatusAnswersTheNextRequestOnly(status: Int) async throws {
        try await withFake(.lox24) { fake throws in
            let client = LOX24Client(target: fake.send)
            fake.inject(.status(status))
            #expect(try client.send("Hi", to: "+491701234567").status == status)
            #expect(try client.send("Hi", to: "+491701234567").status == 201)
            #expect(fake.outbox().count == 1)
        }
    }

    @Test func anInjectedFaultCountsAndMatchesItsPath() async throws {
        try await withFake(.lox24) { fake throws in
            let client = LOX24Client(target: fake.send)
            fake.inject(.status(503), count: 2, path: "/sms")
            fake.inject(.status(500), path: "/elsewhere")
            #expect(try [client.send("a", to: "+491701234567"), client.send("b", to: "+491701234567"), client.send("c", to: "+491701234567")]
                .map(\.status) == [503, 503, 201])
        }
    }

    @Test func anInjectedResetDropsTheConnection() async throws {
        try await withFake(.lox24) { fake throws in
            fake.inject(.reset)
            #expect(throws: (any Error).self) { try LOX24Client(target: fake.send).send("Hi", to: "+491701234567") }
            #expect(fake.outbox().isEmpty)
        }
    }

    @Test func anInjectedLatencyStillAnswers() async throws {
        try await withFake(.lox24) { fake throws in
            fake.inject(.latency(ms: 1))
            #expect(try LOX24Client(target: fake.send).send("Hi", to: "+491701234567").status == 201)
        }
    }

    @Test func resetEmptiesOutboxJournalAndFaults() async throws {
        try await withFake(.lox24) { fake throws in
            let client = LOX24Client(target: fake.send)
            _ = try client.send("Hi", to: "+491701234567")
            fake.inject(.status(503))
            fake.reset()
            #expect(fake.outbox().isEmpty && fake.requests().isEmpty)
            #expect(try client.send("Hi", to: "+491701234567").status == 201)
        }
    }

    @Test(arguments: [ProviderDescriptor.rox, .roxEmail, .skycore, .lox24, .iovox])
    func theCredentialsAreTheDefaultAccounts(provider: ProviderDescriptor) async throws {
        try await withFake(provider) { fake throws in
            #expect(fake.credentials == Dictionary(uniqueKeysWithValues: provider.credentials.map { ($0.name, $0.fakeValue) }))
            #expect(!fake.credentials.isEmpty)
        }
    }

    // MARK: The manual clock

    @Test func onTheManualClockALatencyIsAnsweredOnceTheTestAdvancesPastIt() async throws {
        try await withFake(.lox24, clock: .manual) { fake throws in
            fake.inject(.latency(ms: 5000))
            let answer = try fake.sendOnItsOwnThread("Hi")
            try await fake.waitForHeldAnswers(1)
            fake.advance(seconds: 4.999)
            #expect(fake.outbox().count == 1) // Accepted already; only the answer waits.
            fake.advance(seconds: 0.001)
            #expect(try await answer.value.status == 201)
            #expect(fake.heldAnswers == 1)
        }
    }

    @Test func onTheManualClockASlowBodyIsWholeOnceTheTestAdvancesPastItsLastPiece() async throws {
        try await withFake(.lox24, clock: .manual) { fake throws in
            fake.inject(.slowBody(parts: 4, intervalMilliseconds: 1000))
            let answer = try fake.sendOnItsOwnThread("Hi")
            try await fake.waitForHeldAnswers()
            fake.advance(seconds: 3)
            let (status, body) = try await answer.value
            #expect(status == 201 && body["phone"] == "+491701234567")
        }
    }

    @Test func waitingForAnAnswerNoFaultHoldsSaysWhatToCheck() async throws {
        try await withFake(.lox24, clock: .manual) { fake throws in
            #expect(try LOX24Client(target: fake.send).send("Hi", to: "+491701234567").status == 201) // No fault: not held.
            let error = await #expect(throws: HeldAnswerTimeout.self) { try await fake.waitForHeldAnswers(1, timeout: .milliseconds(20)) }
            #expect(error?.held == 0 && error?.expected == 1)
        }
    }

    @Test(arguments: [FakeServerClock.system, .manual])
    func theServersRunOnTheClockAsked(clock: FakeServerClock) async throws {
        try await withFake(.lox24, clock: clock) { fake throws in
            #expect((fake.manualClock != nil) == (clock == .manual))
            #expect((fake.server.serverClock is ManualClock) == (clock == .manual))
        }
    }
}
