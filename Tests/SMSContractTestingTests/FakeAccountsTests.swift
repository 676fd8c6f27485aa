import SMSContractTesting
import Testing

@Suite struct FakeAccountsTests {
    @Test func anAddedAccountIsStoredAndUsable() async throws {
        try await withFake(.lox24) { fake throws in
            let stored = try fake.accounts.add(["token": "42:0123456789abcdef0123456789abcdef", "balance": 0])
            #expect(stored["balance"] == 0)
            #expect(fake.accounts.all.arrayValue?.contains { $0["token"] == "42:0123456789abcdef0123456789abcdef" } == true)
            let poor = LOX24Client(target: fake.send, token: "42:0123456789abcdef0123456789abcdef")
            #expect(try poor.send("Hi", to: "+491701234567").status == 402)
        }
    }

    @Test(arguments: [JSONValue.null, ["balance": 5], ["token": "1:x", "state": "asleep"]])
    func aDescriptionTheFakeCannotUseIsRefusedWithAReason(description: JSONValue) async throws {
        try await withFake(.lox24) { fake throws in
            let error = #expect(throws: ControlAPIError.self) { try fake.accounts.add(description) }
            #expect(error?.message.isEmpty == false)
        }
    }
}
