@testable import ContractHarness
import StructuredData
import Testing

/// The ledger file's contents: expiry and the JSON round trip.
@Suite struct LiveLedgerStateTests {
    static let state = LiveLedgerState(
        requests: [
            .init(provider: "lox24", target: "t", spec: "a", id: "1", at: 100, expires: 160),
            .init(provider: "lox24", target: "t", spec: "b", id: "2", at: 130, expires: 190),
            .init(provider: "iovox", target: "t", spec: "c", id: "3", at: 130, expires: 190),
        ],
        blocks: [.init(provider: "lox24", target: "t", spec: "a", text: "blocked", at: 100, until: 700)])

    @Test(arguments: [(100.0, 3, true), (160, 2, true), (190, 0, true), (700, 0, false)])
    func pruningDropsWhatExpired(now: Double, requests: Int, blocked: Bool) {
        var state = Self.state
        state.prune(now: now)
        #expect(state.requests.count == requests)
        #expect((state.block(provider: "lox24", target: "t") != nil) == blocked)
    }

    @Test func requestsAreKeptPerProviderAndTarget() {
        #expect(Self.state.requests(provider: "lox24", target: "t").map(\.id) == ["1", "2"])
        #expect(Self.state.requests(provider: "lox24", target: "other").isEmpty)
    }

    @Test func theFileRoundTrips() throws {
        let bytes = JSONWriter.bytes(Self.state.json, style: .pretty)
        #expect(try LiveLedgerState.decode(bytes, path: "ledger.json") == Self.state)
        #expect(try LiveLedgerState.decode(Array(" \n".utf8), path: "ledger.json") == LiveLedgerState())
    }
}
