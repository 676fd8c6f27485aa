import Providers
import Testing

@Suite struct LOX24FakeWebInboxTests {
    @Test(arguments: [
        ("+491701234567", "Hi", "0.075 EUR"),
        ("+491701234567", String(repeating: "a", count: 161), "0.15 EUR"),
        ("+14155552671", "Hi", "0.056 EUR"),
        ("+447700900123", "Hi", "0.089 EUR"),
    ])
    func thePriceIsThePartsAtTheDestinationsRate(to: String, text: String, price: String) {
        let fake = LOX24Fake(environment: FakeEnvironment())
        #expect(fake.price(of: OutboxEntry(provider: "lox24", to: to, from: "Shop", text: text)) == price)
    }
}
